import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { startLocalServer } from '../e2e/harness';
import type { ServedPage } from '../e2e/harness';

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the
 * Firefox e2e build installed as a temporary add-on, and the same local server
 * as the Chromium suite, reached as Firefox's proxy so pages keep their real
 * https addresses (e.g. https://www.daily8.com/...).
 */

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2-e2e', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The add-on's internal UUID, fixed in the profile before start
 * (`extensions.webextensions.uuids` maps add-on id to UUID), so the test knows
 * its moz-extension:// origin without asking the browser. Any UUID will do.
 */
const EXTENSION_UUID = '5f0c2d7e-8a41-4b6e-9c3d-2e7f1a9b4c60';

export interface FirefoxHarness {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** Host + path of every request the local server answered. */
  served: string[];
  servePage(page: ServedPage): void;
  /** Opens `url` in a new tab and returns the page and its WebExtension tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens `popup.html?tabId=N` in a tab, as a test drives the popup. */
  openPopupFor(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The add-on id the Firefox build declares (`browser_specific_settings.gecko.id`). */
function addonIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Loads an extension page in `page`. Firefox 153 sends no BiDi navigation
 * events for moz-extension documents, so `page.goto` would wait for ever;
 * `browsingContext.navigate` with `wait: "complete"` answers once the document
 * has loaded. puppeteer-core has no public call for it, hence the cast.
 */
async function loadExtensionPage(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
    }
  ).browsingContext;
  await context.navigate(url, 'complete');
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:e2e:firefox\` first (npm run test:e2e:firefox does).`);
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  const addonId = addonIdOf(FIREFOX_EXTENSION_DIR);

  const workDir = await mkdtemp(join(tmpdir(), 'sourced-reader-e2e-firefox-'));
  const server = await startLocalServer(workDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The local server's certificate is self-signed; many news hosts are HSTS-preloaded.
    acceptInsecureCerts: true,
    // Lets BiDi navigate a tab to a moz-extension:// page (otherwise only http(s), file, blob, about:blank).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Every request goes to the local server: pages keep their real host names, nothing leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Remote Settings would poll its server (through the proxy) many times a minute; this dummy address
      // is the one Mozilla's own test profiles use. Release builds honour it only with the variable below.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });

  const close = async () => {
    await browser.close().catch(() => {});
    await server.close();
    await rm(workDir, { recursive: true, force: true }).catch(() => {});
  };

  try {
    const installedId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installedId !== addonId) throw new Error(`Firefox installed ${installedId}, expected ${addonId}`);
    const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

    // An extension page that asks the tabs API for tab ids (a moz-extension page has `browser.tabs`).
    const control = await browser.newPage();
    await loadExtensionPage(control, `${extensionOrigin}/options.html`);
    const controlOrigin = await control.evaluate(() => location.origin);
    if (controlOrigin !== extensionOrigin) throw new Error(`The add-on answered at ${controlOrigin}, not ${extensionOrigin}`);

    return {
      browser,
      extensionOrigin,
      served: server.served,
      servePage: server.servePage,
      async openTab(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const tabId = await control.evaluate(
          async (address) => {
            // The page's own `browser` global (WebExtension API), not the puppeteer Browser of this file.
            const api = (globalThis as unknown as { browser: typeof chrome }).browser;
            const tabs = await api.tabs.query({ url: address });
            return tabs[0]?.id ?? null;
          },
          url.replace(/#.*$/, ''),
        );
        if (typeof tabId !== 'number') throw new Error(`No tab id found for ${url}`);
        return { page, tabId };
      },
      async openPopupFor(tabId) {
        const popup = await browser.newPage();
        await loadExtensionPage(popup, `${extensionOrigin}/popup.html?tabId=${tabId}`);
        return popup;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
