import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticlePage } from '../helpers/article-page';
import { openAnyTab, popupOutcome, RSS_FEED, startEndlessServer, TINY_PDF, TINY_PNG, VECTOR_PAGE_TITLE, watchPage } from './attack-pages';
import type { PopupOutcome } from './attack-pages';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * Pages the extension cannot or should not read, opened in real Chromium:
 * each must end in a clear status (never an article of junk, a blank popup
 * or endless loading), and nothing may throw in the popup.
 *
 * The e2e build has host access to http(s) pages but not `activeTab`, so the
 * browser hides the address of chrome://, about:, view-source: and file://
 * tabs from it; the popup then learns from the browser's refusal (NO_ACCESS)
 * or from its own deadline (NO_RESPONSE), where a real click, which grants
 * `activeTab`, would show the address and RESTRICTED. Each case lists what is
 * acceptable for that reason.
 */

let harness: Harness;
let endless: Awaited<ReturnType<typeof startEndlessServer>>;
let fileDir: string;

beforeAll(async () => {
  harness = await startHarness();
  endless = await startEndlessServer();
  fileDir = await mkdtemp(join(tmpdir(), 'sourced-reader-file-'));
});

afterAll(async () => {
  await harness?.close();
  await endless?.close();
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

/** A status worded for people: a title, and a message that is a sentence, not a catalog key. */
function expectClearStatus(outcome: PopupOutcome, codes: string[]): void {
  expect(outcome.kind === 'status' ? outcome.code : `an article: ${outcome.title}`).toBeOneOf(codes);
  if (outcome.kind !== 'status') return;
  expect(outcome.title).not.toBe('');
  expect(outcome.message).toMatch(/\s/);
  expect(outcome.message).not.toMatch(/^[a-z]+[A-Z]\w*$/);
}

async function readWithPopup(tabId: number): Promise<{ outcome: PopupOutcome; errors: string[] }> {
  const popup = await harness.context.newPage();
  const watch = watchPage(popup);
  await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);
  const outcome = await popupOutcome(popup);
  expect(await popup.locator('[data-testid=article-body]').count()).toBe(outcome.kind === 'article' ? 1 : 0);
  await popup.close();
  return { outcome, errors: [...watch.pageErrors, ...watch.consoleErrors] };
}

describe('browser pages and stores', () => {
  it.each([
    ['chrome://extensions/', ['RESTRICTED', 'NO_ACCESS']],
    ['chrome://settings/', ['RESTRICTED', 'NO_ACCESS']],
    // Chromium does not open edge:// at all (unknown scheme): the tab stays blank, and is a browser page.
    ['edge://settings', ['RESTRICTED', 'NO_ACCESS']],
    ['about:blank', ['RESTRICTED', 'NO_ACCESS']],
    ['https://chromewebstore.google.com/detail/sourced-reader/abcdefghijklmnopabcdefghijklmnop', ['RESTRICTED']],
    ['https://chrome.google.com/webstore/detail/sourced-reader/abcdefghijklmnopabcdefghijklmnop', ['RESTRICTED']],
  ])('%s: a clear status', async (url, codes) => {
    if (url.startsWith('https:')) {
      // The local server stands in for the store: the browser refuses scripts there by address alone.
      harness.servePage({ url, body: buildArticlePage() });
    }
    const { page, tabId } = await openAnyTab(harness, url);
    const { outcome, errors } = await readWithPopup(tabId);
    expectClearStatus(outcome, codes);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('view-source: a clear status, not endless loading', async () => {
    const url = 'https://www.harbour-gazette.example/news/2025/06/06/viewed-as-source';
    harness.servePage({ url, body: buildArticlePage() });
    // Chromium 156 never settles an injection into a view-source: tab: the popup's deadline answers.
    const { page, tabId } = await openAnyTab(harness, `view-source:${url}`);
    const { outcome, errors } = await readWithPopup(tabId);
    expectClearStatus(outcome, ['RESTRICTED', 'NO_ACCESS', 'NO_RESPONSE']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a file:// page without file access: a clear status', async () => {
    const file = join(fileDir, 'saved-article.html');
    await writeFile(file, buildArticlePage());
    const { page, tabId } = await openAnyTab(harness, pathToFileURL(file).href);
    const { outcome, errors } = await readWithPopup(tabId);
    expectClearStatus(outcome, ['RESTRICTED', 'NO_ACCESS']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('documents that are not web pages', () => {
  it.each([
    ['a PDF at a .pdf address', 'https://docs.harbour-gazette.example/reports/dredging.pdf', TINY_PDF, 'application/pdf'],
    // The address says nothing: only the page itself knows it is a PDF.
    ['a PDF at an address without extension', 'https://docs.harbour-gazette.example/download', TINY_PDF, 'application/pdf'],
    // Chromium shows the one as its XML tree, the other as plain text.
    ['an XML document', 'https://www.harbour-gazette.example/feed.xml', RSS_FEED, 'application/xml'],
    ['an RSS feed', 'https://www.harbour-gazette.example/feed', RSS_FEED, 'application/rss+xml'],
    ['an image', 'https://cdn.harbour-gazette.example/photo', TINY_PNG, 'image/png'],
  ])('%s: a clear status, no article of junk', async (_label, url, body, contentType) => {
    harness.servePage({ url, body, contentType });
    // The PDF viewer keeps its tab loading: do not wait for `load`.
    const { page, tabId } = await openAnyTab(harness, url, 'commit');
    await page.waitForLoadState('domcontentloaded').catch(() => {});
    const { outcome, errors } = await readWithPopup(tabId);
    expectClearStatus(outcome, ['RESTRICTED']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page still loading', () => {
  it('shows what has arrived, instead of waiting for the rest for ever', async () => {
    const { page, tabId } = await openAnyTab(harness, endless.url, 'commit');
    await page.waitForSelector('article p');
    const { outcome, errors } = await readWithPopup(tabId);
    // Injected at once, the extractor reads the four paragraphs already there. (Left to the
    // browser's default timing it would wait for a load that never comes, and the popup's
    // deadline would end on a status instead.)
    expect(outcome.kind === 'article' ? outcome.title : `${outcome.code}: ${outcome.message}`).toBe(VECTOR_PAGE_TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });
});
