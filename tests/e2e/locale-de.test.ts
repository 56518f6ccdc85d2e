import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from './extension-pages';
import { loadSeedFixture } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The interface in German, from public/_locales/de, in a Chromium whose
 * language is German; the article keeps its own language.
 */

let harness: Harness;
let tabId: number;

beforeAll(async () => {
  // On Linux, Chromium takes its interface language from LANGUAGE.
  harness = await startHarness({ args: ['--lang=de'], env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' } });
  const seed = loadSeedFixture();
  harness.servePage({ url: seed.url, body: seed.html });
  ({ tabId } = await harness.openTab(seed.url));
});

afterAll(async () => {
  await harness?.close();
});

describe('a German browser', () => {
  it('gets the popup in German, while the article stays English', async () => {
    const popup = await harness.openPopupFor(tabId);
    await popup.waitForSelector('[data-testid=article-body]');
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await expect(popup.locator('[data-testid=copy-text]').innerText()).resolves.toBe('Text kopieren');
    await expect(popup.locator('[data-testid=open-in-tab]').innerText()).resolves.toBe('In Tab öffnen');
    expect(normalizeText(await popup.locator('[data-testid=source-line]').innerText())).toMatch(
      /^Business Insider, via Daily8, 6\. Juni 2025, \d+ Min\. Lesezeit$/,
    );
    await expect(popup.locator('[data-testid=article-body]').getAttribute('lang')).resolves.toBe('en');
    await expect(popup.locator('[data-testid=article-title]').getAttribute('lang')).resolves.toBe('en');
    await popup.close();
  });

  it('gets the options page and the command names in German', async () => {
    const options = await openExtensionPage(harness, '/options.html');
    await options.waitForSelector('[data-testid=shortcuts] tr[data-command]');
    await expect(options.title()).resolves.toBe('Sourced Reader – Einstellungen');
    await expect(options.locator('[data-testid=shortcuts]').innerText()).resolves.toContain('Den aufgeräumten Artikel als Markdown kopieren');
    // The manifest's __MSG_ description is translated by the browser too.
    const described = await harness.serviceWorker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'copy-markdown')?.description);
    expect(described).toBe('Den aufgeräumten Artikel als Markdown kopieren');
    await options.close();
  });
});
