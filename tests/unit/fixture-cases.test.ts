import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { failingChecks, knownFailures, parsers, sourceNameOf } from '../helpers/real-checks';
import { parseHtmlDocument } from '../../cli/load-page';
import { extractArticle } from '../../utils/core/extract';
import type { Article } from '../../utils/core/extract/types';
import { leakedProbes, loadFixtureCases, missingInOrder, normalizeText, outletNameMatches, type FixtureCase } from '../helpers/fixture-cases';
import { UNTIMED } from '../helpers/untimed';

/**
 * One data-driven test over every folder in tests/fixtures/, run on both DOMs
 * the core must work on: linkedom (the CLI) and jsdom (a browser-like DOM).
 * The synthetic set must pass outright; the real set is held to its list of
 * known failures (see the `real pages` block below).
 */
/**
 * Synthetic fixtures whose `related` still holds items the expectation does not list (reported on issue 13):
 * sponsored ad cards the core keeps (the two MSN 2015-2020 layouts), and a genuine inline "Auch interessant"
 * link and an "Up next" story that the expectations leave out. Remove a name once its case is settled.
 */
const RELATED_NOT_YET_EXACT = new Set([
  'aggregator--msn.com--upper-valley-frost-2019',
  'aggregator--msn.com--wendelsund-faehre-shadow-de',
  'aggregator--news.yahoo.com--corbin-valley-treatment-plant-up-next',
  'layout--newsportal-plus.com--msn-2019-partner-block-unknown-host',
]);
if (RELATED_NOT_YET_EXACT.size) console.warn(`fixture-cases: ${RELATED_NOT_YET_EXACT.size} synthetic fixtures not yet checked for extra related items`);

const cases = loadFixtureCases(['synthetic']);
const realCases = loadFixtureCases(['real']);

describe.each(Object.keys(parsers))('fixtures on %s', (dom) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture: FixtureCase) => {
    const result = extractArticle(parsers[dom](fixture.html, fixture.url), fixture.url, UNTIMED);
    const { expected } = fixture;
    if (expected.noArticle) {
      expect(result.ok ? 'an article' : result.code).toBe('NO_ARTICLE');
      return;
    }
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    checkArticle(result.article, fixture);
  });
});

function checkArticle(article: Article, fixture: FixtureCase): void {
  const { expected } = fixture;
  if (expected.title) expect(normalizeText(article.title)).toBe(normalizeText(expected.title));
  expect(missingInOrder(article.text, expected.paragraphs ?? [])).toEqual([]);
  expect(leakedProbes(article.text, expected.leakProbes ?? [])).toEqual([]);
  if (expected.source === null) expect(sourceNameOf(article)).toBeNull();
  else if (expected.source) {
    const got = sourceNameOf(article);
    expect(outletNameMatches(got, expected.source), `source "${got}" is not ${expected.source.name}`).toBe(true);
    if (expected.source.url) expect((article.source as { url?: string | null } | null)?.url).toBe(expected.source.url);
  }
  if (expected.site) expect(article.site.name.toLowerCase()).toBe(expected.site.name.toLowerCase());
  if (expected.aggregator === null) expect(article.aggregator).toBeNull();
  else if (expected.aggregator) {
    expect(outletNameMatches(article.aggregator?.name, expected.aggregator), `aggregator "${article.aggregator?.name}"`).toBe(true);
  }
  if (expected.byline !== undefined) expect(article.byline).toBe(expected.byline);
  if (expected.publishedTime !== undefined) expect(article.publishedTime).toBe(expected.publishedTime);
  if (expected.lang) expect(article.lang?.toLowerCase().split('-')[0]).toBe(expected.lang.toLowerCase().split('-')[0]);
  if (expected.dir) expect(article.dir).toBe(expected.dir);
  if (expected.links) expect(article.links.map((l) => l.href).sort()).toEqual(expected.links.map((l) => l.href).sort());
  for (const want of expected.related ?? []) {
    const got = article.related.find((r) => normalizeText(r.title) === normalizeText(want.title));
    expect(got, `related "${want.title}"`).toBeDefined();
    if (want.source) expect(got?.source?.toLowerCase()).toBe(want.source.toLowerCase());
    if (want.href) expect(got?.href).toBe(want.href);
  }
  // A synthetic page is invented whole, so its expectation lists every related item: nothing extra may go in.
  if (fixture.set === 'synthetic' && expected.related && !RELATED_NOT_YET_EXACT.has(fixture.name)) {
    const wanted = new Set(expected.related.map((r) => normalizeText(r.title)));
    expect(article.related.map((r) => r.title).filter((title) => !wanted.has(normalizeText(title)))).toEqual([]);
  }
}

describe('real pages (tests/fixtures/real), against known-failures.json', () => {
  it('has a real set, and lists known failures only for fixtures that exist', () => {
    expect(realCases.length).toBeGreaterThanOrEqual(30);
    const names = new Set(realCases.map((c) => c.name));
    expect(Object.keys(knownFailures).filter((n) => !names.has(n))).toEqual([]);
  });

  it.each(realCases.map((c) => [c.name, c] as const))('%s', (name, fixture: FixtureCase) => {
    // `probe:` entries belong to the on-load probe's test (aggregator-probe.test.ts).
    const known = (knownFailures[name] ?? []).filter((check) => !check.startsWith('probe:')).sort();
    const got = failingChecks(fixture);
    expect(got, `failing checks (fixed ones must leave known-failures.json, new ones are regressions)`).toEqual(known);
  });
});

describe('plain Readability on the same pages (why the core exists)', () => {
  it('returns the related feed with the seed story, where the core does not', () => {
    const seed = cases.find((c) => c.name.includes('daily8') && c.name.startsWith('aggregator--') && c.expected.paragraphs?.length === 15);
    expect(seed, 'the seed page fixture').toBeDefined();
    const plain = new Readability(parseHtmlDocument(seed!.html)).parse();
    const plainText = plain?.textContent ?? '';
    expect(leakedProbes(plainText, seed!.expected.leakProbes ?? []).length).toBeGreaterThan(0);
    expect(plain?.siteName).toBe('Daily8');
    const ours = extractArticle(parseHtmlDocument(seed!.html), seed!.url, UNTIMED);
    expect(ours.ok && leakedProbes(ours.article.text, seed!.expected.leakProbes ?? [])).toEqual([]);
    expect(ours.ok && ours.article.source?.name).toBe('Business Insider');
    // The truth lists the three cards of the "Related Articles" feed and nothing else (not its heading, not "Trending").
    expect(ours.ok && ours.article.related.map((r) => r.title)).toEqual(seed!.expected.related!.map((r) => r.title));
  });
});
