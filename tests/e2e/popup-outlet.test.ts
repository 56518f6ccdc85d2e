import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { extractArticle } from '../../utils/core/extract';
import { loadFixture } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The outlet as the popup shows it, in real Chromium, the same as the CLI
 * core says: a wire story on a newspaper's site ("Associated Press, via
 * Houston Chronicle"), an aggregator story that credits nobody ("Outlet not
 * stated"), a CJK aggregator page saved through Mercury's preprocessing
 * whose outlet only its meta line names, two real pages from Fundus's test
 * data (a publisher's own story, a wire story on a broadcaster's site), and a
 * front page refused with its story links.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const AGGREGATOR_STORY_URL = 'https://www.msn.com/en-us/news/us/harbour-plan-approved/ar-AA1xyz01';
const PARAGRAPHS = [
  'The county council approved a plan on Thursday to dredge the silted channel at Carrow Harbour, ending two years of argument over who pays.',
  'Contractors will remove roughly 180,000 cubic metres of sediment from the approach channel over three winters, when fewer birds nest nearby.',
  'Harbour master Ines Okafor said the channel had lost almost a metre of depth since the last survey, forcing the ferry to wait for high tide.',
];
/** An MSN story whose only "credits" are an ad label and an image's generic alt text. */
const UNCREDITED_STORY =
  '<!DOCTYPE html><html lang="en"><head><title>Council approves Carrow Harbour dredging plan</title><meta property="og:site_name" content="MSN"></head><body>' +
  '<main><article><header><h1>Council approves Carrow Harbour dredging plan</h1>' +
  '<div class="partner"><a class="adchoices" href="http://go.microsoft.com/fwlink/?LinkID=286759"><span>AdChoices</span></a>' +
  '<span class="provider-logo"><img src="/x.png" alt="Recommendation image"></span></div></header>' +
  `<div class="story">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;

describe('the outlet in the popup', () => {
  it('credits the wire, via the newspaper, on an AP story on a Hearst site, as the CLI does', async () => {
    const page = loadFixture('aggregator--chron.com--esper-vietnam-coast-guard');
    const cli = extractArticle(parseHtmlDocument(page.html.toString('utf8')), page.url);
    expect(cli.ok && cli.article.source?.name).toBe('Associated Press');
    harness.servePage({ url: page.url, body: page.html });
    const { tabId } = await harness.openTab(page.url);
    const popup = await harness.openPopupFor(tabId);
    await popup.locator('[data-testid=article-title]').waitFor();
    expect(normalizeText(await popup.locator('[data-testid=source-name]').innerText())).toBe('Associated Press');
    expect(normalizeText(await popup.locator('[data-testid=aggregator-name]').innerText())).toBe(cli.ok ? cli.article.aggregator?.name : '');
    expect(await popup.locator('[data-testid=source-unknown]').count()).toBe(0);
  });

  // Fundus's real pages: a Japanese publisher's own story (JSON-LD organization at its home page, so no
  // "via") and a wire story on a broadcaster's site (the agency only in the credit line and articleAuthor).
  it.each([
    ['publisher--mainichi.jp--gaza-ceasefire-closest-to-deal', 'Mainichi Shimbun', null], // the registry's name; the page says 毎日新聞
    ['aggregator--ntv.com.tr--super-lig-top-scorers-race', 'Anadolu Agency', 'NTV'],
  ] as const)('shows the outlet and "via" the CLI gives on %s', async (name, outlet, via) => {
    const page = loadFixture(name);
    const cli = extractArticle(parseHtmlDocument(page.html.toString('utf8')), page.url);
    if (!cli.ok) throw new Error(`${cli.code}: ${cli.message}`);
    expect(cli.article.source?.name).toBe(outlet);
    expect(cli.article.aggregator?.name ?? null).toBe(via);
    harness.servePage({ url: page.url, body: page.html });
    const { tabId } = await harness.openTab(page.url);
    const popup = await harness.openPopupFor(tabId);
    await popup.locator('[data-testid=article-title]').waitFor();
    expect(normalizeText(await popup.locator('[data-testid=source-name]').innerText())).toBe(outlet);
    if (cli.article.aggregator) expect(normalizeText(await popup.locator('[data-testid=aggregator-name]').innerText())).toBe(cli.article.aggregator.name);
    else expect(await popup.locator('[data-testid=aggregator-name]').count()).toBe(0);
  });

  it('credits the outlet a CJK meta line names ("來源：X"), via the aggregator, on a page saved through Mercury, as the CLI does', async () => {
    const page = loadFixture('layout--kanwen.net--saved-through-mercury-cjk-source');
    const cli = extractArticle(parseHtmlDocument(page.html.toString('utf8')), page.url);
    expect(cli.ok && [cli.article.source?.name, cli.article.aggregator?.name]).toEqual(['港灣日報', '看聞網']);
    harness.servePage({ url: page.url, body: page.html });
    const { tabId } = await harness.openTab(page.url);
    const popup = await harness.openPopupFor(tabId);
    await popup.locator('[data-testid=article-title]').waitFor();
    expect(normalizeText(await popup.locator('[data-testid=source-name]').innerText())).toBe('港灣日報');
    expect(normalizeText(await popup.locator('[data-testid=aggregator-name]').innerText())).toBe('看聞網');
    // The feed is folded away (a closed <details>): its links are read as text, not as rendered.
    const related = await popup.locator('[data-testid=related] a').evaluateAll((as) => as.map((a) => a.textContent ?? ''));
    expect(related.map(normalizeText)).toEqual(cli.ok ? cli.article.related.map((r) => normalizeText(r.title)) : []);
  });

  it('says "Outlet not stated" where the only credits are an ad label and an alt text', async () => {
    harness.servePage({ url: AGGREGATOR_STORY_URL, body: UNCREDITED_STORY });
    const { tabId } = await harness.openTab(AGGREGATOR_STORY_URL);
    const popup = await harness.openPopupFor(tabId);
    await popup.locator('[data-testid=article-title]').waitFor();
    expect(normalizeText(await popup.locator('[data-testid=source-unknown]').innerText())).toMatch(/not stated/i);
    expect(await popup.locator('[data-testid=source-name]').count()).toBe(0);
    const line = normalizeText(await popup.locator('[data-testid=source-line]').innerText());
    expect(line).not.toMatch(/AdChoices|Recommendation image|null|undefined/);
  });

  it('refuses a front page and lists its story links, the same links as the CLI', async () => {
    const page = loadFixture('no-article--news.ycombinator.com--front-page-listing');
    const cli = extractArticle(parseHtmlDocument(page.html.toString('utf8')), page.url);
    expect(cli.ok).toBe(false);
    const cliLinks = cli.ok ? [] : (cli.pageLinks ?? []);
    expect(cliLinks.length).toBeGreaterThan(0);
    harness.servePage({ url: page.url, body: page.html });
    const { tabId } = await harness.openTab(page.url);
    const popup = await harness.openPopupFor(tabId);
    const status = popup.locator('[data-testid=status]');
    await status.waitFor();
    await expect(status.getAttribute('data-code')).resolves.toBe('NO_ARTICLE');
    const hrefs = await popup.locator('[data-testid=page-links] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(cliLinks.map((l) => l.href));
    expect(await popup.locator('[data-testid=article-body]').count()).toBe(0);
  });
});
