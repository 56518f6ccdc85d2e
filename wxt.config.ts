import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The e2e build is the shipped bundle plus host access, because nothing
 * automated can grant `activeTab` (see README, "Testing"). It is switched by an
 * environment variable, not `--mode`, so that Vite still makes the production
 * bundle.
 */
const forEndToEndTests = process.env.SOURCED_READER_E2E === '1';

export default defineConfig({
  imports: false,
  outDirTemplate: forEndToEndTests ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    plugins: [preact()],
    optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/jsx-dev-runtime'] },
  }),
  manifest: ({ browser }) => ({
    name: 'Sourced Reader',
    description: 'The article alone, with the outlet that really published it, ready to copy and cite.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(forEndToEndTests ? { host_permissions: ['http://*/*', 'https://*/*'] } : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    action: { default_title: 'Sourced Reader: read this article clean' },
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
