import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, openExtensionPage, setSyncStorage } from './extension-pages';
import { loadFixture, loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';
import { longArticle } from './test-pages';

/**
 * The full-tab reader view (`reader.html?tabId=N`): the popup's components
 * at reading width, contents for long articles, print styles, the copy menu,
 * and the popup's "Open in tab" button that leads there.
 */

let harness: Harness;
const long = longArticle();
let longTabId: number;
let seedTabId: number;

async function openReader(tabId: number): Promise<Page> {
  const page = await openExtensionPage(harness, `/reader.html?tabId=${tabId}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=article-body], [data-testid=status]');
  return page;
}

beforeAll(async () => {
  harness = await startHarness();
  await clearStorage(harness);
  harness.servePage({ url: long.url, body: long.html });
  ({ tabId: longTabId } = await harness.openTab(long.url));
  const seed = loadSeedFixture();
  harness.servePage({ url: seed.url, body: seed.html });
  ({ tabId: seedTabId } = await harness.openTab(seed.url));
});

afterAll(async () => {
  await harness?.close();
});

describe('the reader view', () => {
  it('shows a long article with a table of contents of its h2 and h3 sections, in order', async () => {
    const reader = await openReader(longTabId);
    await expect(reader.locator('[data-testid=article-title]').innerText()).resolves.toBe(long.title);
    const entries = await reader
      .locator('[data-testid=toc] li')
      .evaluateAll((lis) => lis.map((li) => ({ text: (li as HTMLElement).innerText.trim(), level: li.className.includes('h3') ? 3 : 2 })));
    expect(entries).toEqual(long.sections);
    await expect(reader.locator('nav[data-testid=toc]').getAttribute('aria-labelledby')).resolves.toBe('toc-heading');
    await reader.close();
  });

  it('moves to a section and gives it the focus when its contents entry is used by keyboard', async () => {
    const reader = await openReader(longTabId);
    const target = long.sections[6];
    const link = reader.locator('[data-testid=toc] a', { hasText: target.text });
    await link.focus();
    await reader.keyboard.press('Enter');
    await expect.poll(() => reader.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '')).toBe(target.text);
    const top = await reader.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await reader.close();
  });

  it('sets the text at reading width, following the line-width preference', async () => {
    const reader = await openReader(longTabId);
    const width = () => reader.locator('[data-testid=article-body]').evaluate((el) => el.getBoundingClientRect().width);
    const medium = await width();
    const rem = await reader.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(medium).toBeLessThanOrEqual(44 * rem + 1);
    expect(medium).toBeGreaterThan(30 * rem);
    await setSyncStorage(harness, { lineWidth: 'wide' });
    await expect.poll(width).toBeGreaterThan(medium + 100);
    await setSyncStorage(harness, { lineWidth: 'narrow' });
    await expect.poll(width).toBeLessThan(medium - 50);
    await clearStorage(harness);
    await reader.close();
  });

  it('prints the article alone: no bar, contents or copy menu, and links with their addresses', async () => {
    const reader = await openReader(seedTabId);
    await reader.emulateMedia({ media: 'print' });
    const hidden = await reader.evaluate(() =>
      ['.reader__bar', '.copy-menu', '[data-testid=related]'].map((selector) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display : 'absent';
      }),
    );
    expect(hidden.every((display) => display === 'none' || display === 'absent')).toBe(true);
    const linkSuffix = await reader.evaluate(() => {
      const link = document.querySelector('[data-testid=source-link]');
      return link ? getComputedStyle(link, '::after').content : null;
    });
    // The source line's link to the original prints its address (body links get the same rule).
    expect(linkSuffix).toBe('" (https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6)"');
    await expect(reader.locator('[data-testid=article-title]').isVisible()).resolves.toBe(true);
    await reader.emulateMedia({ media: 'screen' });
    await expect(reader.locator('.copy-menu').isVisible()).resolves.toBe(true);
    await reader.close();
  });

  it('has no contents for a short article, and its copy menu works there', async () => {
    const reader = await openReader(seedTabId);
    expect(await reader.locator('[data-testid=toc]').count()).toBe(0);
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await reader.locator('[data-testid=copy-citation]').click();
    await expect
      .poll(() => reader.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Ukraine has accused China .*\(2025, June 6\)\. Business Insider\./); // APA 7 without an author: the title leads
    await reader.close();
  });

  it('is what the popup’s “Open in tab” button opens, for the popup’s tab', async () => {
    const popup = await harness.openPopupFor(seedTabId);
    await popup.waitForSelector('[data-testid=article-body]');
    const opened = harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
    await popup.locator('[data-testid=open-in-tab]').click();
    const reader = await opened;
    expect(new URL(reader.url()).searchParams.get('tabId')).toBe(String(seedTabId));
    await reader.waitForSelector('[data-testid=article-body]');
    await expect(reader.locator('[data-testid=source-name]').innerText()).resolves.toBe('Business Insider');
    await reader.close();
    await popup.close();
  });

  it('renders a right-to-left article right to left, while the interface stays left to right', async () => {
    const rtl = loadFixture('layout--akhbar-mubashir.com--ras-sanawbar-old-port');
    harness.servePage({ url: rtl.url, body: rtl.html });
    const { tabId } = await harness.openTab(rtl.url);
    for (const page of [await openReader(tabId), await harness.openPopupFor(tabId)]) {
      await page.waitForSelector('[data-testid=article-body]');
      const dirs = await page.evaluate(() => {
        const dirOf = (selector: string) => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el).direction : null;
        };
        const body = document.querySelector('[data-testid=article-body]')!;
        const firstParagraph = body.querySelector('p')!;
        const bodyBox = body.getBoundingClientRect();
        const textBox = (() => {
          const range = document.createRange();
          range.selectNodeContents(firstParagraph);
          return range.getClientRects()[0];
        })();
        return {
          body: dirOf('[data-testid=article-body]'),
          title: dirOf('[data-testid=article-title]'),
          copyMenu: dirOf('.copy-menu'),
          lang: body.getAttribute('lang'),
          // Right-aligned: the first line of text ends at the body's right edge.
          rightGap: Math.round(bodyBox.right - textBox.right),
        };
      });
      expect(dirs).toMatchObject({ body: 'rtl', title: 'rtl', copyMenu: 'ltr', lang: 'ar' });
      expect(dirs.rightGap).toBeLessThanOrEqual(2);
      await page.close();
    }
  });
});
