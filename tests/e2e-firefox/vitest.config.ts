import { defineConfig } from 'vitest/config';

/**
 * The Firefox browser suite: Firefox ESR with the Firefox e2e build
 * (`npm run test:e2e:firefox` builds it first). One file, one browser;
 * timeouts are generous because a cold Firefox start on a small machine is
 * slow, and no test asserts on elapsed time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
