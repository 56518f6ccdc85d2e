import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadFixture, loadSeedFixture } from '../e2e/fixtures';
import type { FixtureCase } from '../e2e/fixtures';
import { normalizeText } from '../e2e/harness';
import { startFirefoxHarness } from './harness';
import type { FirefoxHarness } from './harness';

/**
 * The core of the e2e suite in Firefox ESR: the popup on the seed page (an
 * aggregator story), on a page rendered in shadow roots, on a page with no
 * article, and the copy buttons with the clipboard read back. One browser for
 * the whole file, since a cold Firefox start is the slow part.
 */

let harness: FirefoxHarness;

beforeAll(async () => {
  harness = await startFirefoxHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

async function countOf(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (els) => els.length);
}

/** Fails unless every paragraph appears in `text`, in the given order. */
function expectInOrder(paragraphs: string[], text: string): void {
  const haystack = normalizeText(text);
  const positions = paragraphs.map((p) => haystack.indexOf(normalizeText(p)));
  expect(
    paragraphs.filter((_, i) => positions[i] < 0),
    'paragraphs missing',
  ).toEqual([]);
  expect(positions, 'paragraphs out of order').toEqual([...positions].sort((a, b) => a - b));
}

/** Serves the fixture, opens it in a tab, and opens the popup for that tab once it has settled. */
async function popupOn(fixture: FixtureCase): Promise<Page> {
  harness.servePage({ url: fixture.url, body: fixture.html });
  const { tabId } = await harness.openTab(fixture.url);
  const popup = await harness.openPopupFor(tabId);
  await popup.waitForSelector('[data-testid=article-body], [data-testid=status]');
  return popup;
}

/**
 * Reads the real clipboard back from the popup page itself (headless Firefox
 * keeps its own clipboard). No test-only pref or permission is added: Firefox
 * shows no paste prompt because what is on the clipboard was written by this
 * same extension origin.
 */
async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard, clicks a copy button, waits for the copy, and returns the popup's confirmation. */
async function copyWith(page: Page, testId: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.click(`[data-testid=${testId}]`);
  await expect.poll(() => clipboardText(page), { timeout: 20_000 }).not.toBe('');
  return normalizeText(await textOf(page, '[data-testid=copy-feedback]'));
}

describe('Firefox: the seed page in the popup', () => {
  let seed: FixtureCase;
  let popup: Page;

  beforeAll(async () => {
    seed = loadSeedFixture();
    popup = await popupOn(seed);
  });

  it('shows the article with every paragraph in order, and none of the feed', async () => {
    // The page came from the local server under its real address, through Firefox's proxy setting.
    expect(harness.served).toContain(`${new URL(seed.url).host}${new URL(seed.url).pathname}`);
    expect(await countOf(popup, '[data-testid=status]')).toBe(0);
    expect(await textOf(popup, '[data-testid=article-title]')).toBe(seed.expected.title);
    const body = await textOf(popup, '[data-testid=article-body]');
    expectInOrder(seed.expected.paragraphs ?? [], body);
    for (const probe of seed.expected.leakProbes ?? []) {
      expect(normalizeText(body), `article body leaks “${probe}”`).not.toContain(normalizeText(probe));
    }
  });

  it('credits the original outlet with its link, via the aggregator', async () => {
    expect(await textOf(popup, '[data-testid=source-name]')).toBe(seed.expected.source!.name);
    expect(await popup.$eval('[data-testid=source-link]', (a) => a.getAttribute('href'))).toBe(seed.expected.source!.url);
    expect(await textOf(popup, '[data-testid=aggregator-name]')).toBe(seed.expected.aggregator!.name);
  });

  it('Copy text puts the clean text on the clipboard, with the source line at the end', async () => {
    expect(await copyWith(popup, 'copy-text')).toMatch(/copied/i);
    const text = await clipboardText(popup);
    expect(text.startsWith(seed.expected.title!)).toBe(true);
    expectInOrder(seed.expected.paragraphs ?? [], text);
    for (const probe of seed.expected.leakProbes ?? []) expect(text).not.toContain(probe);
    const lastLine = text.trim().split('\n').pop() ?? '';
    expect(lastLine).toMatch(/^Source: /);
    expect(lastLine).toContain(seed.expected.source!.url!);
    expect(lastLine).toContain(`via ${seed.expected.aggregator!.name}`);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('Copy Markdown puts the article as Markdown on the clipboard', async () => {
    expect(await copyWith(popup, 'copy-markdown')).toMatch(/copied/i);
    const markdown = await clipboardText(popup);
    expect(markdown.split('\n')).toContain(`# ${seed.expected.title}`);
    // Markdown escapes some punctuation; compare words, not escapes.
    const unescaped = markdown.replace(/\\([\\`*_{}[\]()#+\-.!|>"'])/g, '$1');
    expectInOrder(seed.expected.paragraphs ?? [], unescaped);
    expect(markdown).toContain(seed.expected.source!.url!);
  });

  it('Copy citation copies an APA 7 citation of the original outlet', async () => {
    expect(await copyWith(popup, 'copy-citation')).toMatch(/APA 7 citation copied/);
    expect(await clipboardText(popup)).toBe(
      'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. (2025, June 6). Business Insider. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    );
  });

  it('Copy rich text puts HTML and plain text on the clipboard', async () => {
    expect(await copyWith(popup, 'copy-rich')).toMatch(/copied/i);
    const flavours = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
      const text = item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : null;
      return { types: item.types, html, text };
    });
    expect(flavours.types).toContain('text/html');
    expect(flavours.html).toContain('Ivashchenko');
    expect(flavours.html).not.toMatch(/<script|onerror=|javascript:/i);
    expect(flavours.text).toContain(seed.expected.paragraphs![0]);
  });
});

describe('Firefox: a page rendered in shadow roots', () => {
  it('shows the headline and paragraphs from inside the shadow trees, crediting the outlet via MSN', async () => {
    const fixture = loadFixture('aggregator--msn.com--old-mill-bridge-shadow');
    const popup = await popupOn(fixture);
    expect(await textOf(popup, '[data-testid=article-title]')).toBe(fixture.expected.title);
    expectInOrder(fixture.expected.paragraphs ?? [], await textOf(popup, '[data-testid=article-body]'));
    expect(await textOf(popup, '[data-testid=source-name]')).toBe(fixture.expected.source!.name);
    expect(await textOf(popup, '[data-testid=aggregator-name]')).toBe(fixture.expected.aggregator!.name);
  });
});

describe('Firefox: a page with no article', () => {
  it('shows a NO_ARTICLE status, not a pile of text', async () => {
    const front = loadFixture('no-article--daily8.com--front-page');
    expect(front.expected.noArticle).toBe(true);
    const popup = await popupOn(front);
    expect(await popup.$eval('[data-testid=status]', (el) => el.getAttribute('data-code'))).toBe('NO_ARTICLE');
    expect(normalizeText(await textOf(popup, '[data-testid=status]'))).toMatch(/no article/i);
    expect(await countOf(popup, '[data-testid=article-body]')).toBe(0);
  });
});
