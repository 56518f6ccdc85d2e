import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, openExtensionPage } from './extension-pages';
import { loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The options page in real Chromium: each change is saved at once and
 * reaches a popup that is already open (its storage watch), the shortcuts
 * come from `commands.getAll()`, and the detection switch registers and
 * unregisters the on-load detector.
 */

let harness: Harness;
let tabId: number;
let popup: Page;
let options: Page;

/** The popup's root styles that the options change. */
async function popupLook(page: Page) {
  return page.evaluate(() => {
    const html = document.documentElement;
    const body = document.querySelector('[data-testid=article-body]');
    return {
      theme: html.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      bodyFontSize: body ? parseFloat(getComputedStyle(body).fontSize) : 0,
      bodyFont: body ? getComputedStyle(body).fontFamily : '',
      images: document.querySelectorAll('[data-testid=article-body] img').length,
    };
  });
}

beforeAll(async () => {
  harness = await startHarness();
  const seed = loadSeedFixture();
  harness.servePage({ url: seed.url, body: seed.html });
  ({ tabId } = await harness.openTab(seed.url));
});

beforeEach(async () => {
  await popup?.close();
  await options?.close();
  await clearStorage(harness);
  popup = await harness.openPopupFor(tabId);
  await popup.waitForSelector('[data-testid=article-body]');
  options = await openExtensionPage(harness, '/options.html');
  await options.waitForSelector('[data-testid=option-theme-dark]');
});

afterAll(async () => {
  await harness?.close();
});

describe('the options page', () => {
  it('switches an open popup to the dark theme, then sepia, at once', async () => {
    const before = await popupLook(popup);
    expect(before.theme).toBe('system');

    await options.locator('[data-testid=option-theme-dark]').check();
    await expect.poll(async () => (await popupLook(popup)).theme).toBe('dark');
    const dark = await popupLook(popup);
    expect(dark.background).not.toBe(before.background);
    expect(dark.background).toBe('rgb(23, 25, 28)');

    await options.locator('[data-testid=option-theme-sepia]').check();
    await expect.poll(async () => (await popupLook(popup)).background).toBe('rgb(244, 236, 216)');
    // The options page itself follows too.
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    await expect(harness.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('theme')).theme)).resolves.toBe('sepia');
  });

  it('changes the text size and the font of the open popup', async () => {
    const before = await popupLook(popup);
    await options.locator('[data-testid=option-textSize-xlarge]').check();
    await expect.poll(async () => (await popupLook(popup)).bodyFontSize).toBeCloseTo(before.bodyFontSize * 1.3, 0);
    await options.locator('[data-testid=option-font-sans]').check();
    await expect.poll(async () => (await popupLook(popup)).bodyFont).not.toBe(before.bodyFont);
    expect((await popupLook(popup)).bodyFont).toMatch(/system-ui|sans/i);
  });

  it('hides the article’s images in the open popup and keeps them off in a new one', async () => {
    expect((await popupLook(popup)).images).toBeGreaterThan(0);
    await options.locator('[data-testid=option-images]').uncheck();
    await expect.poll(async () => (await popupLook(popup)).images).toBe(0);
    const fresh = await harness.openPopupFor(tabId);
    await fresh.waitForSelector('[data-testid=article-body]');
    expect((await popupLook(fresh)).images).toBe(0);
    await fresh.close();
  });

  it('sets the default citation style the popup’s menu shows', async () => {
    await expect(popup.locator('[data-testid=citation-style]').inputValue()).resolves.toBe('apa');
    await options.locator('[data-testid=option-citation-style]').selectOption('chicago');
    await expect.poll(() => popup.locator('[data-testid=citation-style]').inputValue()).toBe('chicago');
  });

  it('lists both keyboard commands from the browser, with the copy shortcut’s keys', async () => {
    const rows = options.locator('[data-testid=shortcuts] tr[data-command]');
    await expect.poll(() => rows.count()).toBe(2);
    const byName = Object.fromEntries(
      await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-command'), (tr as HTMLElement).innerText])),
    ) as Record<string, string>;
    expect(byName._execute_action).toMatch(/Open Sourced Reader for this page/);
    expect(byName['copy-markdown']).toMatch(/Copy the clean article as Markdown\s+Alt\+Shift\+M/);
    // What the page shows is what the browser says: compare with commands.getAll() itself.
    const browserSays = await harness.serviceWorker.evaluate(() => chrome.commands.getAll());
    const copy = browserSays.find((c) => c.name === 'copy-markdown');
    expect(copy?.shortcut).toBe('Alt+Shift+M');
  });

  it('turns on-load detection on (registering the detector) and off again', async () => {
    const registered = () => harness.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    const toggle = options.locator('[data-testid=option-detect-everywhere]');
    await expect.poll(() => toggle.isDisabled()).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    expect(await registered()).toEqual([]);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(registered).toEqual(['sourced-reader-aggregator-detector']);
    await expect(harness.serviceWorker.evaluate(async () => (await chrome.storage.local.get('aggregatorDetection')).aggregatorDetection)).resolves.toBe(true);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(registered).toEqual([]);
    // The e2e build requires host access, so the browser keeps it; the shipped build drops it (optional).
    await expect(options.locator('[data-testid=detect-note]').innerText()).resolves.toMatch(/kept the access/);
  });
});
