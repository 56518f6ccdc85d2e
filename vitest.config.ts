import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**'],
    environment: 'node',
    // Answers browser.i18n from the English catalog (WXT's fake browser leaves it unimplemented).
    setupFiles: ['tests/setup/i18n.ts'],
    testTimeout: 30_000,
    // CI machines have two cores; vitest's default leaves one of them idle. Behaviour tests do not read the clock
    // (tests/helpers/untimed.ts), so running two files side by side cannot turn one red.
    maxWorkers: 2,
  },
});
