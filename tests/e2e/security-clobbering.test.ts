import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, buildArticlePage } from '../helpers/article-page';
import { CLOBBERING_NAMES } from '../helpers/hostile-html';
import { popupOutcome, watchPage } from './attack-pages';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * DOM clobbering in real Chromium, where it is real: elements named like the
 * document's API replace it on the page's `document`. The test first proves
 * the page is clobbered (in the page's own world), then reads it with the
 * popup. In Chromium 156 a content script's isolated world and a cloned
 * document do not see the names, so this guards the whole path (snapshot in
 * the isolated world, core on the copy) against a change that would read the
 * page through its main world; the unit test (tests/unit/clobbering.test.ts)
 * attacks the code itself with a document that clobbers everywhere.
 */

const TITLE = 'Council approves Carrow Harbour dredging plan';
/** `location` is left out: it is [LegacyUnforgeable], no element can take it. */
const NAMES = Array.from(
  new Set([
    ...CLOBBERING_NAMES.filter((n) => n !== 'location'),
    'getElementById',
    'implementation',
    'importNode',
    'createTreeWalker',
    'contains',
    'compareDocumentPosition',
    'ownerDocument',
    'readyState',
    'contentType',
    'doctype',
    'lastChild',
  ]),
);

/** Every name, by every kind of element the document exposes by name or id, inside and around the story. */
function clobberingMarkup(): { head: string; story: string; inline: string } {
  const kinds = [
    (n: string) => `<form name="${n}"><input name="submit"><input name="action"></form>`,
    (n: string) => `<img name="${n}" src="https://cdn.harbour-gazette.example/${n}.jpg" alt="">`,
    (n: string) => `<embed name="${n}">`,
    (n: string) => `<object name="${n}"></object>`,
    (n: string) => `<iframe name="${n}"></iframe>`,
    (n: string) => `<object id="${n}"></object>`,
  ];
  return {
    head: NAMES.map((n) => `<object id="${n}"></object>`).join(''),
    story: NAMES.map((n, i) => kinds[i % kinds.length](n)).join('\n'),
    inline: `<img name="body" alt=""><form name="documentElement"></form>`,
  };
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('a page that clobbers its document', () => {
  it('is really clobbered, and the popup still shows the whole article', async () => {
    const markup = clobberingMarkup();
    const url = 'https://www.harbour-gazette.example/news/2025/06/06/clobbered';
    harness.servePage({
      url,
      body: buildArticlePage({ inHead: markup.head, betweenParagraphs: markup.story, insideParagraph: markup.inline }),
    });
    const { page: tab, tabId } = await harness.openTab(url);

    // Clobbered: `document[name]` is no longer what the document's prototype defines (a method or
    // getter), but the named element or, with several, a collection of them.
    const seen = await tab.evaluate((names) => {
      const proto = Object.getPrototypeOf(document) as object;
      return names.filter((name) => (document as unknown as Record<string, unknown>)[name] !== Reflect.get(proto, name, document));
    }, NAMES);
    expect(seen).toEqual(NAMES);

    const popup = await harness.context.newPage();
    const watch = watchPage(popup);
    await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);
    const outcome = await popupOutcome(popup);
    expect(outcome.kind === 'status' ? `${outcome.code}: ${outcome.message}` : outcome.kind).toBe('article');
    if (outcome.kind !== 'article') return;
    expect(outcome.title).toBe(TITLE);
    const body = normalizeText(outcome.bodyText);
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(body).toContain(normalizeText(paragraph).slice(0, 80));
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('answers a big page behind a clobbered documentElement (no size refusal any more)', async () => {
    const url = 'https://www.harbour-gazette.example/news/2025/06/06/clobbered-and-huge';
    // 60,000 elements of comments (once over the core's element limit), with the one element a naive
    // `document.documentElement` would see: the article must come out whole, not the form's nothing.
    const filler = '<div class="comment"><span>reader</span> <span>agreed</span></div>'.repeat(20_000);
    harness.servePage({ url, body: buildArticlePage({ betweenParagraphs: `<form name="documentElement"></form>${filler}` }) });
    const { page: tab, tabId } = await harness.openTab(url);
    expect(await tab.evaluate(() => (document.documentElement as Element).tagName)).toBe('FORM');

    const popup = await harness.context.newPage();
    await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);
    const outcome = await popupOutcome(popup, 120_000);
    // Known gap (issue 11): in Chromium this page still runs out of the core's 5 s budget (TIMEOUT);
    // it must be answered, never refused for its size. When the gap is closed, expect 'article' only.
    expect(['article', 'TIMEOUT']).toContain(outcome.kind === 'status' ? outcome.code : 'article');
    if (outcome.kind !== 'article') return;
    const body = normalizeText(outcome.bodyText);
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(body).toContain(normalizeText(paragraph).slice(0, 80));
  });
});
