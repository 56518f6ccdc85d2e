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
  },
});
