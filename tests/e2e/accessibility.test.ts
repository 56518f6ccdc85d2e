import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, openExtensionPage, runAxe, seriousOrCritical, setSyncStorage } from './extension-pages';
import type { AxeViolation } from './extension-pages';
import { loadFixture, loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';
import { longArticle } from './test-pages';

/**
 * axe-core (WCAG 2.x A/AA and best practices) on the popup, its status view,
 * the options page and the reader view, in every theme: no serious or
 * critical violation. Colour contrast is among the rules, so each theme's
 * palette is checked where it is used. Plus keyboard reach and a visible
 * focus ring, which axe cannot judge.
 */

let harness: Harness;
let seedTabId: number;
let frontTabId: number;
let longTabId: number;

const THEMES = [
  { theme: 'light', scheme: 'light' },
  { theme: 'dark', scheme: 'light' },
  { theme: 'sepia', scheme: 'light' },
  // "Same as the system" on a dark system.
  { theme: 'system', scheme: 'dark' },
] as const;

function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`).join('\n');
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = seriousOrCritical(await runAxe(page));
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  harness = await startHarness();
  await clearStorage(harness);
  const seed = loadSeedFixture();
  const front = loadFixture('no-article--daily8.com--front-page');
  const long = longArticle();
  for (const page of [seed, front]) harness.servePage({ url: page.url, body: page.html });
  harness.servePage({ url: long.url, body: long.html });
  ({ tabId: seedTabId } = await harness.openTab(seed.url));
  ({ tabId: frontTabId } = await harness.openTab(front.url));
  ({ tabId: longTabId } = await harness.openTab(long.url));
});

afterAll(async () => {
  await harness?.close();
});

describe('the axe check itself', () => {
  it('finds the violations of a page built to have them (so a clean result means something)', async () => {
    harness.servePage({
      url: 'https://axe-canary.example/broken',
      body: `<!doctype html><html><head><title>Broken</title></head><body>
        <img src="/x.png"><p style="color:#bbb;background:#fff">Faint text that nobody can read well.</p>
        <button></button></body></html>`,
    });
    const { page } = await harness.openTab('https://axe-canary.example/broken');
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'button-name', 'html-has-lang']));
    await page.close();
  });
});

describe.each(THEMES)('theme $theme (system $scheme)', ({ theme, scheme }) => {
  beforeAll(async () => {
    await setSyncStorage(harness, { theme });
  });

  async function open(path: string, viewport = { width: 400, height: 580 }): Promise<Page> {
    const page = await openExtensionPage(harness, path);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(viewport);
    return page;
  }

  it('the popup with an article', async () => {
    const popup = await open(`/popup.html?tabId=${seedTabId}`);
    await popup.waitForSelector('[data-testid=article-body]');
    await expect(popup.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
    // The related list folded open, so its links are checked too.
    await popup.locator('[data-testid=related] summary').click();
    await expectAccessible(popup);
    await popup.close();
  });

  it('the popup’s status view (no article)', async () => {
    const popup = await open(`/popup.html?tabId=${frontTabId}`);
    await popup.waitForSelector('[data-testid=status]');
    await expectAccessible(popup);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await open('/options.html', { width: 1024, height: 900 });
    await options.waitForSelector('[data-testid=shortcuts] tr[data-command]');
    await expectAccessible(options);
    await options.close();
  });

  it('the reader view with its contents', async () => {
    const reader = await open(`/reader.html?tabId=${longTabId}`, { width: 1280, height: 900 });
    await reader.waitForSelector('[data-testid=toc]');
    await expectAccessible(reader);
    await reader.close();
  });
});

describe('keyboard', () => {
  beforeAll(async () => {
    await clearStorage(harness);
  });

  it('reaches every control of the popup with Tab, each with a visible focus ring', async () => {
    const popup = await openExtensionPage(harness, `/popup.html?tabId=${seedTabId}`);
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.waitForSelector('[data-testid=article-body]');
    const reached = new Set<string>();
    const rings: string[] = [];
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          id: el.dataset.testid ?? el.tagName.toLowerCase(),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      reached.add(focus.id);
      if (!focus.ring) rings.push(focus.id);
    }
    for (const id of [
      'copy-text',
      'copy-markdown',
      'copy-rich',
      'copy-citation',
      'citation-style',
      'download-markdown',
      'open-in-tab',
      'source-link',
      'summary',
    ]) {
      expect(reached, `Tab never reached ${id}`).toContain(id);
    }
    expect(rings, 'focused without a visible ring').toEqual([]);

    // The folded related list opens from the keyboard, and its links come next in the Tab order.
    await popup.locator('[data-testid=related] summary').focus();
    await popup.keyboard.press('Enter');
    await expect(popup.locator('[data-testid=related]').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.closest('[data-testid=related]') !== null && document.activeElement?.tagName)).resolves.toBe('A');
    await popup.close();
  });

  it('operates the copy menu from the keyboard alone', async () => {
    const popup = await openExtensionPage(harness, `/popup.html?tabId=${seedTabId}`);
    await popup.waitForSelector('[data-testid=article-body]');
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.locator('[data-testid=copy-markdown]').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^# Ukraine/);
    await popup.locator('[data-testid=copy-feedback]').waitFor();
    await expect(popup.locator('[data-testid=copy-feedback]').getAttribute('aria-live')).resolves.toBe('polite');
    await popup.close();
  });

  it('reaches and switches every option of the options page', async () => {
    const options = await openExtensionPage(harness, '/options.html');
    await options.waitForSelector('[data-testid=option-theme-system]');
    await options.locator('[data-testid=option-theme-system]').focus();
    // Arrow keys move within a radio group and choose, as in every native form.
    await options.keyboard.press('ArrowRight');
    await expect.poll(() => options.locator('[data-testid=option-theme-light]').isChecked()).toBe(true);
    await expect.poll(() => harness.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('theme')).theme)).toBe('light');
    await options.locator('[data-testid=option-images]').focus();
    await options.keyboard.press('Space');
    await expect.poll(() => harness.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('images')).images)).toBe(false);
    await options.close();
    await clearStorage(harness);
  });
});
