import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { ALL_SITES } from './utils/host-access';

/**
 * The e2e build is the shipped bundle plus host access, because nothing
 * automated can grant `activeTab` (see README, "Testing"). It is switched by an
 * environment variable, not `--mode`, so that Vite still makes the production
 * bundle.
 */
const forEndToEndTests = process.env.SOURCED_READER_E2E === '1';

/**
 * What every extension page has in common, written once: the head that makes it render as the
 * browser's own pages do (UTF-8, the popup's width, light and dark), and the element the page's
 * script renders into. An entrypoint's `index.html` keeps only what is its own: the title, the
 * manifest options WXT reads from it, and its script.
 */
function extensionPageShell(): Plugin {
  return {
    name: 'sourced-reader:extension-page-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => ({
        html,
        tags: [
          { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' }, injectTo: 'head-prepend' },
          { tag: 'div', attrs: { id: 'app' }, injectTo: 'body-prepend' },
        ],
      }),
    },
  };
}

export default defineConfig({
  imports: false,
  outDirTemplate: forEndToEndTests ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    plugins: [preact(), extensionPageShell()],
    optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/jsx-dev-runtime'] },
  }),
  zip: {
    // The Firefox sources zip is for AMO reviewers rebuilding the add-on: code and build files, not
    // test corpora, benchmark reports or screenshots.
    excludeSources: ['bench-report*.json', 'tmp/**', 'docs/screenshots/**', 'tests/fixtures/**', 'tests/fixtures-xss/**', '.ci/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      // Firefox lets extension code write the clipboard without a click in the page only with this
      // permission; Chromium lets the focused tab do it, so its build does without.
      ...(browser === 'firefox' ? ['clipboardWrite'] : []),
    ],
    // Asked for only when the reader switches on aggregator detection on every site (options page).
    ...(manifestVersion === 3 ? { optional_host_permissions: ALL_SITES } : { optional_permissions: ALL_SITES }),
    ...(forEndToEndTests ? { host_permissions: ['http://*/*', 'https://*/*'] } : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Alt+Shift+R: not a reader shortcut in any browser (Firefox uses F9 / Ctrl+Alt+R, Edge F9).
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenPopup__',
      },
      'copy-markdown': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandCopyMarkdown__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourced-reader@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
