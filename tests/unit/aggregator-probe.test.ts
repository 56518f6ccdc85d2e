import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { judgeProbe, probePage } from '../../utils/page/aggregator-probe';
import type { PageProbe } from '../../utils/page/aggregator-probe';
import { findSiteHint, nameFromHost } from '../../utils/core/extract/sites';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, loadFixtureCases, outletNameMatches, type FixtureCase } from '../helpers/fixture-cases';

/**
 * The opt-in on-load detection: a cheap look at the page (`probePage`) and
 * the verdict with the host hints (`judgeProbe`), over every fixture page.
 * It may miss an outlet's name (the popup finds it), but it must never mark a
 * publisher's own page or a front page, and never name a wrong outlet.
 */

const cases = loadFixtureCases(['synthetic']);
const realCases = loadFixtureCases(['real']);

/**
 * Real pages are held to tests/fixtures/real/known-failures.json: its
 * `probe:` entries name the probe checks known to fail on a page today.
 */
const KNOWN_FAILURES_FILE = join(FIXTURES_DIR, 'real', 'known-failures.json');
const knownFailures: Record<string, string[]> = existsSync(KNOWN_FAILURES_FILE) ? JSON.parse(readFileSync(KNOWN_FAILURES_FILE, 'utf8')) : {};

/** The probe's named checks on one real page; true = right. */
function probeChecks(c: FixtureCase): Record<string, boolean> {
  const { verdict } = verdictFor(c.html, c.url);
  const isStory = !!c.expected.aggregator && !c.expected.noArticle;
  if (!isStory) return { 'probe:unmarked': verdict === null };
  const checks: Record<string, boolean> = {};
  if (verdict?.outlet) checks['probe:outlet'] = !!c.expected.source && outletNameMatches(verdict.outlet, c.expected.source);
  return checks;
}

describe('on the real pages, against known-failures.json', () => {
  it.each(realCases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const failing = Object.entries(probeChecks(c))
      .filter(([, ok]) => !ok)
      .map(([check]) => check)
      .sort();
    const known = (knownFailures[name] ?? []).filter((check) => check.startsWith('probe:')).sort();
    expect(failing, 'failing probe checks (fixed ones must leave known-failures.json)').toEqual(known);
  });
});

function verdictFor(html: string, url: string) {
  const doc = new JSDOM(html, { url }).window.document;
  const probe = probePage(doc);
  return { probe, verdict: judgeProbe(url, probe, findSiteHint(url), nameFromHost) };
}

describe('on the fixture pages', () => {
  const publishers = cases.filter((c) => !c.expected.noArticle && !c.expected.aggregator);
  const frontPages = cases.filter((c) => c.expected.noArticle);
  const knownHostStories = cases.filter((c) => c.expected.aggregator && !c.expected.noArticle && findSiteHint(c.url)?.aggregator);
  const stories = cases.filter((c) => c.expected.aggregator && !c.expected.noArticle);

  it('has pages of each kind to judge', () => {
    expect(publishers.length).toBeGreaterThanOrEqual(3);
    expect(frontPages.length).toBeGreaterThanOrEqual(2);
    expect(knownHostStories.length).toBeGreaterThanOrEqual(10);
  });

  it.each(publishers.map((c) => [c.name, c] as const))('does not mark the publisher’s own page %s', (_name, c) => {
    expect(verdictFor(c.html, c.url).verdict).toBeNull();
  });

  it.each(frontPages.map((c) => [c.name, c] as const))('does not mark the front page %s', (_name, c) => {
    expect(verdictFor(c.html, c.url).verdict).toBeNull();
  });

  it.each(knownHostStories.map((c) => [c.name, c] as const))('marks the story on the known aggregator %s', (_name, c) => {
    expect(verdictFor(c.html, c.url).verdict).not.toBeNull();
  });

  it.each(stories.map((c) => [c.name, c] as const))('names no outlet but the original on %s', (_name, c) => {
    const { verdict } = verdictFor(c.html, c.url);
    if (verdict?.outlet) expect(verdict.outlet).toBe(c.expected.source!.name);
  });

  it('names the original outlet on most aggregator stories, Business Insider on the seed page', () => {
    const named = stories.filter((c) => verdictFor(c.html, c.url).verdict?.outlet);
    expect(named.length / stories.length).toBeGreaterThanOrEqual(0.5);
    const seed = cases.find((c) => /daily8.*ukraine/.test(c.name))!;
    expect(verdictFor(seed.html, seed.url).verdict).toEqual({ outlet: 'Business Insider' });
  });
});

describe('probePage', () => {
  it('stands alone: its source runs without this module (it is injected as a function)', () => {
    const source = probePage.toString();
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- rebuilds the injected function from its source, as the browser does.
    const standalone = new Function(`return (${source})`)() as typeof probePage;
    const doc = new JSDOM(
      `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Hub">
       <script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":{"url":"https://paper.example/a","publisher":{"name":"The Paper"}}}</script>
       </head><body><h1>Headline here</h1></body></html>`,
      { url: 'https://hub.example/story' },
    ).window.document;
    expect(standalone(doc)).toEqual({ article: true, siteName: 'Hub', outlet: 'The Paper', originalUrl: 'https://paper.example/a' });
  });

  it('is small: under 10 KB of source before minifying', () => {
    expect(probePage.toString().length).toBeLessThan(10_000);
  });

  it('ignores oversized or broken JSON-LD, and names no longer than a tooltip allows', () => {
    const huge = JSON.stringify({ '@type': 'NewsArticle', sourceOrganization: { name: 'Hidden' }, pad: 'x'.repeat(120_000) });
    const doc = new JSDOM(
      `<html><head><script type="application/ld+json">${huge}</script><script type="application/ld+json">{broken</script>
       <script type="application/ld+json">{"@type":"NewsArticle","provider":{"name":"${'N'.repeat(200)}"}}</script></head><body></body></html>`,
      { url: 'https://hub.example/story' },
    ).window.document;
    expect(probePage(doc)).toEqual({ article: true, siteName: null, outlet: null, originalUrl: null });
  });
});

describe('probePage on publishers own pages', () => {
  const probeOf = (html: string) => probePage(new JSDOM(html, { url: 'https://www.island-weekly.example/news/story' }).window.document);

  it('reads no outlet from a share bar beside the headline (its buttons name platforms)', () => {
    const probe = probeOf(`<html><head><meta property="og:site_name" content="Island Weekly"></head><body><article>
      <div class="e-social-share"><a class="e-social-share__provider" href="https://x.example/share">X Icon</a></div>
      <h1>Harbour reopens after storm repairs</h1><p>The harbour reopened on Monday.</p></article></body></html>`);
    expect(probe.outlet).toBeNull();
  });

  it('takes a JSON-LD publisher that is part of the site name for the site itself', () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization","name":"weekly"}}';
    const probe = probeOf(`<html><head><meta property="og:site_name" content="Island Weekly"><script type="application/ld+json">${ld}</script></head>
      <body><h1>Harbour reopens</h1></body></html>`);
    expect(probe.outlet).toBeNull();
    const other = ld.replace('"weekly"', '"Coastal Courier"');
    expect(
      probeOf(
        `<html><head><meta property="og:site_name" content="Island Weekly"><script type="application/ld+json">${other}</script></head><body></body></html>`,
      ).outlet,
    ).toBe('Coastal Courier');
  });
});

describe('judgeProbe', () => {
  const probe = (over: Partial<PageProbe>): PageProbe => ({ article: true, siteName: null, outlet: null, originalUrl: null, ...over });

  it('marks a story on a known aggregator host even when the outlet is unnamed', () => {
    expect(judgeProbe('https://www.msn.com/en-us/news/ar-1', probe({}), { name: 'MSN', aggregator: true }, nameFromHost)).toEqual({ outlet: null });
  });

  it('never marks what is not an article', () => {
    expect(judgeProbe('https://www.msn.com/', probe({ article: false, outlet: 'X' }), { name: 'MSN', aggregator: true }, nameFromHost)).toBeNull();
  });

  it('on an unknown host needs an outlet other than the site itself', () => {
    const url = 'https://www.hub.example/a';
    expect(judgeProbe(url, probe({ siteName: 'Hub', outlet: 'The Paper' }), null, nameFromHost)).toEqual({ outlet: 'The Paper' });
    expect(judgeProbe(url, probe({ siteName: 'Hub', outlet: 'HUB' }), null, nameFromHost)).toBeNull();
    expect(judgeProbe(url, probe({ siteName: 'Hub' }), null, nameFromHost)).toBeNull();
  });

  it('names the outlet from the original address when only that is given', () => {
    const url = 'https://www.hub.example/a';
    expect(judgeProbe(url, probe({ originalUrl: 'https://www.paper-daily.example/story' }), null, () => 'Paper Daily')).toEqual({ outlet: 'Paper Daily' });
    // An "original" on the same site is the page itself.
    expect(judgeProbe(url, probe({ originalUrl: 'https://news.hub.example/a' }), null, () => 'Hub')).toBeNull();
  });
});
