import { defineConfig } from 'vitest/config';

/**
 * The browser suite: real Chromium with the e2e build (`npm run test:e2e`
 * builds it first). One file at a time, since each launches a browser;
 * timeouts are generous because a cold browser start on a small machine is slow,
 * and no test asserts on elapsed time.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
