import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeOf, clearStorage, dispatchCommand, dispatchMenuClick, openExtensionPage, readClipboard, setSyncStorage } from './extension-pages';
import { loadFixture, loadSeedFixture } from './fixtures';
import type { FixtureCase } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The keyboard command and the three context-menu items, run through the
 * listeners the background registered (`dispatch` on Chromium's event
 * objects; see extension-pages.ts). What a reader gets: the clipboard's
 * content, the reader tab that opens, the badge that confirms.
 */

let harness: Harness;
let seed: FixtureCase;
let seedTab: { page: Page; tabId: number };
/** An extension page that reads the clipboard back (web pages may not). */
let clipboardReader: Page;

const SEED_APA =
  'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. (2025, June 6). Business Insider. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';

async function emptyClipboard(): Promise<void> {
  await clipboardReader.evaluate(() => navigator.clipboard.writeText(''));
}

/** Waits for the next reader tab the extension opens and returns it loaded. */
async function nextReaderTab(action: () => Promise<void>): Promise<Page> {
  const opened = harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html'), timeout: 20_000 });
  await action();
  const reader = await opened;
  await reader.waitForSelector('[data-testid=article-body], [data-testid=status]');
  return reader;
}

beforeAll(async () => {
  harness = await startHarness();
  seed = loadSeedFixture();
  harness.servePage({ url: seed.url, body: seed.html });
  seedTab = await harness.openTab(seed.url);
  clipboardReader = await openExtensionPage(harness, '/options.html');
});

beforeEach(async () => {
  await clearStorage(harness);
  await emptyClipboard();
  // The copy is written by the page the reader acted in, which has the focus then.
  await seedTab.page.bringToFront();
});

afterAll(async () => {
  await harness?.close();
});

describe('the copy-markdown keyboard command', () => {
  it('copies the clean article as Markdown from the tab, and confirms on the badge', async () => {
    await dispatchCommand(harness, 'copy-markdown', seedTab.tabId);
    await expect.poll(() => readClipboard(clipboardReader), { timeout: 20_000 }).not.toBe('');
    const markdown = await readClipboard(clipboardReader);
    expect(markdown.split('\n')[0]).toBe(`# ${seed.expected.title}`);
    expect(markdown).toContain(seed.expected.source!.url!);
    expect(normalizeText(markdown)).toContain(normalizeText(seed.expected.paragraphs![0]));
    for (const probe of seed.expected.leakProbes ?? []) expect(markdown).not.toContain(probe);
    const badge = await badgeOf(harness, seedTab.tabId);
    expect(badge.text).toBe('✓');
    expect(badge.title).toMatch(/copied as Markdown/);
  });

  it('on a page without an article opens the reader view, which says why, instead of copying nothing', async () => {
    const front = loadFixture('no-article--daily8.com--front-page');
    harness.servePage({ url: front.url, body: front.html });
    const { page, tabId } = await harness.openTab(front.url);
    await page.bringToFront();
    const reader = await nextReaderTab(() => dispatchCommand(harness, 'copy-markdown', tabId));
    expect(new URL(reader.url()).searchParams.get('tabId')).toBe(String(tabId));
    await expect(reader.locator('[data-testid=reader-notice]').innerText()).resolves.toMatch(/could not copy/);
    await expect(reader.locator('[data-testid=status]').getAttribute('data-code')).resolves.toBe('NO_ARTICLE');
    expect(await readClipboard(clipboardReader)).toBe('');
    await reader.close();
    await page.close();
  });

  it('on an http page (no clipboard outside secure pages) opens the reader view with its copy buttons', async () => {
    const publisher = loadFixture('publisher--harborledger.com--port-authority-overtime-audit');
    const httpUrl = publisher.url.replace(/^https:/, 'http:');
    harness.servePage({ url: httpUrl, body: publisher.html });
    const { page, tabId } = await harness.openTab(httpUrl);
    await page.bringToFront();
    const reader = await nextReaderTab(() => dispatchCommand(harness, 'copy-markdown', tabId));
    await expect(reader.locator('[data-testid=reader-notice]').innerText()).resolves.toMatch(/could not copy/);
    await expect(reader.locator('[data-testid=article-title]').innerText()).resolves.toBe(publisher.expected.title);
    await expect(reader.locator('[data-testid=copy-markdown]').isVisible()).resolves.toBe(true);
    await reader.close();
    await page.close();
  });
});

describe('the context menu', () => {
  it('is installed with its three items', async () => {
    // There is no API to list menu items; update() of an unknown id fails, so it tells which exist.
    const exists = (id: string) =>
      harness.serviceWorker.evaluate(
        (id) => new Promise<boolean>((resolve) => chrome.contextMenus.update(id, {}, () => resolve(!chrome.runtime.lastError))),
        id,
      );
    await expect.poll(() => exists('read-clean-article')).toBe(true);
    expect(await exists('copy-clean-markdown')).toBe(true);
    expect(await exists('copy-with-citation')).toBe(true);
    expect(await exists('no-such-item')).toBe(false);
  });

  it('“Read clean article” opens the full-tab reader view for that tab', async () => {
    const reader = await nextReaderTab(() => dispatchMenuClick(harness, seedTab.tabId, { menuItemId: 'read-clean-article' }));
    expect(new URL(reader.url()).searchParams.get('tabId')).toBe(String(seedTab.tabId));
    await expect(reader.locator('[data-testid=article-title]').innerText()).resolves.toBe(seed.expected.title);
    await expect(reader.locator('[data-testid=source-name]').innerText()).resolves.toBe('Business Insider');
    expect(await reader.locator('[data-testid=reader-notice]').count()).toBe(0);
    await expect(reader.title()).resolves.toBe(seed.expected.title);
    await reader.close();
  });

  it('“Copy clean article as Markdown” copies the article', async () => {
    await dispatchMenuClick(harness, seedTab.tabId, { menuItemId: 'copy-clean-markdown' });
    await expect.poll(() => readClipboard(clipboardReader), { timeout: 20_000 }).toMatch(/^# Ukraine has accused China/);
    expect(await readClipboard(clipboardReader)).toContain('via Daily8');
  });

  it('“Copy with citation” on a selection copies the quote in quotation marks, then the citation in the chosen style', async () => {
    const sentence = seed.expected.paragraphs![0];
    // Select the first paragraph on the page, as a reader would before right-clicking.
    await seedTab.page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(text.slice(0, 40));
        if (at < 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node.parentElement!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error('paragraph not found on the page');
    }, sentence);
    const selected = await seedTab.page.evaluate(() => getSelection()!.toString());
    await dispatchMenuClick(harness, seedTab.tabId, { menuItemId: 'copy-with-citation', selectionText: normalizeSpaces(selected) });
    await expect.poll(() => readClipboard(clipboardReader), { timeout: 20_000 }).not.toBe('');
    const copied = await readClipboard(clipboardReader);
    const [quote, citation] = copied.split('\n\n');
    expect(quote).toBe(`“${normalizeSpaces(selected)}”`);
    expect(citation).toBe(SEED_APA);
    const badge = await badgeOf(harness, seedTab.tabId);
    expect(badge.title).toMatch(/quote copied/);

    // The style chosen in the popup or options page is the one used.
    await setSyncStorage(harness, { citationStyle: 'bibtex' });
    await emptyClipboard();
    await dispatchMenuClick(harness, seedTab.tabId, { menuItemId: 'copy-with-citation', selectionText: normalizeSpaces(selected) });
    await expect.poll(() => readClipboard(clipboardReader), { timeout: 20_000 }).toMatch(/\n\n@article\{[^]*journaltitle = \{Business Insider\}/);
  });
});

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
