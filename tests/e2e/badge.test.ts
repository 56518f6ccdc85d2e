import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, clearStorage } from './extension-pages';
import { loadFixture, loadSeedFixture } from './fixtures';
import type { FixtureCase } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The toolbar badge on aggregator pages. Without the opt-in, nothing runs on
 * page load and the popup sets the badge once it has read the page; with the
 * opt-in, the registered detector sets it as the page loads. The badge says
 * "via" and the tooltip names the original outlet.
 */

let harness: Harness;
let seed: FixtureCase;
let publisher: FixtureCase;
let frontPage: FixtureCase;

const registeredIds = () => harness.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

beforeAll(async () => {
  harness = await startHarness();
  await clearStorage(harness);
  seed = loadSeedFixture();
  publisher = loadFixture('publisher--harborledger.com--port-authority-overtime-audit');
  frontPage = loadFixture('no-article--daily8.com--front-page');
  for (const page of [seed, publisher, frontPage]) harness.servePage({ url: page.url, body: page.html });
});

afterAll(async () => {
  await harness?.close();
});

describe('without the opt-in', () => {
  it('runs nothing on load: an aggregator page gets no badge until the popup has read it', async () => {
    expect(await registeredIds()).toEqual([]);
    const { page, tabId } = await harness.openTab(seed.url);
    expect(await badgeOf(harness, tabId)).toEqual({ text: '', title: 'Sourced Reader: read this article clean' });

    const popup = await harness.openPopupFor(tabId);
    await popup.waitForSelector('[data-testid=article-body]');
    await expect
      .poll(() => badgeOf(harness, tabId))
      .toEqual({
        text: 'via',
        title: 'Aggregator page: the original is Business Insider',
      });
    await popup.close();

    // Browsers reset a tab's badge when it loads another page: a stale mark cannot outlive the page.
    await page.reload();
    await expect.poll(async () => (await badgeOf(harness, tabId)).text).toBe('');
    await page.close();
  });

  it('leaves a publisher’s own page unmarked after the popup read it', async () => {
    const { page, tabId } = await harness.openTab(publisher.url);
    const popup = await harness.openPopupFor(tabId);
    await popup.waitForSelector('[data-testid=article-body]');
    await expect(popup.locator('[data-testid=source-name]').innerText()).resolves.toBe(publisher.expected.source!.name);
    expect((await badgeOf(harness, tabId)).text).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('with the opt-in (detection on every site)', () => {
  beforeAll(async () => {
    // What the options page's switch stores; the e2e build already holds the host permission it would request.
    await harness.serviceWorker.evaluate(() => chrome.storage.local.set({ aggregatorDetection: true }));
    // expect.poll is for tests only; the hook waits by hand for the background to register the detector.
    for (let i = 0; i < 100 && (await registeredIds()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  });

  it('registers the detector for every http(s) page', async () => {
    const scripts = await harness.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts).toEqual([
      expect.objectContaining({
        id: 'sourced-reader-aggregator-detector',
        js: ['content-scripts/detector.js'],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_idle',
        allFrames: false,
      }),
    ]);
  });

  it('marks an aggregator page as it loads, naming the original outlet', async () => {
    const { page, tabId } = await harness.openTab(seed.url);
    await expect
      .poll(() => badgeOf(harness, tabId), { timeout: 15_000 })
      .toEqual({
        text: 'via',
        title: 'Aggregator page: the original is Business Insider',
      });
    await page.close();
  });

  it('marks neither a publisher’s page nor an aggregator’s front page', async () => {
    const pages = [await harness.openTab(publisher.url), await harness.openTab(frontPage.url)];
    // A marked page would be marked by now: the seed above was, within the same load cycle.
    const marked = await harness.openTab(seed.url);
    await expect.poll(async () => (await badgeOf(harness, marked.tabId)).text, { timeout: 15_000 }).toBe('via');
    for (const { tabId } of pages) expect((await badgeOf(harness, tabId)).text).toBe('');
    for (const { page } of [...pages, marked]) await page.close();
  });

  it('stops when the reader switches it off', async () => {
    await harness.serviceWorker.evaluate(() => chrome.storage.local.set({ aggregatorDetection: false }));
    await expect.poll(registeredIds).toEqual([]);
    const { page, tabId } = await harness.openTab(seed.url);
    // Load a second page that the detector would mark, to give a stray run time to show.
    const control = await harness.openTab(publisher.url);
    expect((await badgeOf(harness, tabId)).text).toBe('');
    await control.page.close();
    await page.close();
  });
});
