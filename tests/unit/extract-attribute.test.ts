import { describe, expect, it } from 'vitest';
import {
  attribute,
  cleanByline,
  DEFAULT_DIRECTORY,
  gatherSourceEvidence,
  isSameOutlet,
  splitAuthorOutlet,
  toIsoTime,
  type AttributionInput,
} from '../../utils/core/extract/attribute';
import { readBylineWire } from '../../utils/core/extract/attribute/signals/byline-wire';
import { readDatelineWire } from '../../utils/core/extract/attribute/signals/dateline-wire';
import { pruneFeeds } from '../../utils/core/extract/prune';
import { extractArticle } from '../../utils/core/extract';
import { HEADLINE, PARAS, analyse, parse } from '../helpers/extract-stages';

/**
 * Attribution from one signal at a time. The page is a republished story on
 * an unknown host ("Newsdesk Hub"); the original is at ORIGINAL on the
 * Valley Courier's site. Pruning runs first, as in `extractArticle`.
 */
const HUB = 'https://www.newsdesk-hub.example/story/harbour-plan-123';
const HUB_HOME = 'https://www.newsdesk-hub.example/';
const ORIGINAL = 'https://www.valley-courier.example/2025/06/06/harbour-plan';
const COURIER = 'The Valley Courier';

interface PageParts {
  head?: string;
  htmlAttrs?: string;
  header?: string;
  inBody?: string;
  before?: string;
  after?: string;
  siteName?: string | null;
}

function hubPage(parts: PageParts = {}): string {
  const siteName = parts.siteName === undefined ? 'Newsdesk Hub' : parts.siteName;
  return (
    `<!DOCTYPE html><html${parts.htmlAttrs ?? ' lang="en"'}><head><title>${HEADLINE} - Newsdesk Hub</title>` +
    `${siteName ? `<meta property="og:site_name" content="${siteName}">` : ''}${parts.head ?? ''}</head><body>` +
    `${parts.before ?? ''}<main><article><header><h1>${HEADLINE}</h1>${parts.header ?? ''}</header>` +
    `<div class="story-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}${parts.inBody ?? ''}</div></article>${parts.after ?? ''}</main></body></html>`
  );
}

function attributePage(html: string, url = HUB, extra: Partial<AttributionInput> = {}) {
  const doc = parse(html);
  const { scan, metadata, landmarks } = analyse(doc);
  const pruned = pruneFeeds(doc, landmarks, url, scan);
  const evidence = gatherSourceEvidence(doc, landmarks, metadata, url, scan);
  return attribute({
    metadata,
    evidence,
    pageUrl: url,
    pruneSignals: pruned.signals,
    feedOutlets: Array.from(new Set(pruned.related.map((r) => r.source).filter((s): s is string => !!s))),
    readabilityByline: null,
    readabilityPublished: null,
    readabilitySiteName: null,
    readabilityLang: null,
    readabilityExcerpt: null,
    ...extra,
  });
}

const ld = (value: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, ...value })}</script>`;

describe('the page with no attribution signal', () => {
  it('is its own source, and no aggregator', () => {
    const a = attributePage(hubPage());
    expect(a.site).toEqual({ name: 'Newsdesk Hub', url: HUB_HOME });
    expect(a.source).toMatchObject({ name: 'Newsdesk Hub', url: HUB, evidence: ['og:site_name'] });
    expect(a.aggregator).toBeNull();
  });
});

describe('each attribution signal alone', () => {
  it.each([
    [
      'JSON-LD isBasedOn with its publisher',
      hubPage({ head: ld({ isBasedOn: { '@type': 'NewsArticle', url: ORIGINAL, publisher: { '@type': 'Organization', name: COURIER } } }) }),
      { name: COURIER, url: ORIGINAL },
      'jsonld-isBasedOn',
    ],
    [
      'JSON-LD sourceOrganization (a home page is no article URL)',
      hubPage({ head: ld({ sourceOrganization: { '@type': 'Organization', name: COURIER, url: 'https://www.valley-courier.example/' } }) }),
      { name: COURIER, url: null },
      'jsonld-sourceOrganization',
    ],
    ['JSON-LD provider', hubPage({ head: ld({ provider: { '@type': 'Organization', name: COURIER } }) }), { name: COURIER, url: null }, 'jsonld-provider'],
    [
      'a provider logo linking to the original, by the headline',
      hubPage({ header: `<a class="provider" href="${ORIGINAL}"><img src="/logos/vc.png" alt="${COURIER} logo"></a>` }),
      { name: COURIER, url: ORIGINAL },
      'provider-logo',
    ],
    [
      'a provider logo without a link, by the headline',
      hubPage({ header: `<div class="source-logo"><img src="/logos/vc.png" alt="${COURIER}"></div>` }),
      { name: COURIER, url: null },
      'provider-logo',
    ],
    [
      'a provider text link by the headline',
      hubPage({ header: `<p>From <a href="${ORIGINAL}">${COURIER}</a></p>` }),
      { name: COURIER, url: ORIGINAL },
      'provider-logo',
    ],
    [
      'article:author "Name, Outlet"',
      hubPage({ head: `<meta property="article:author" content="Jane Roe, ${COURIER}">` }),
      { name: COURIER, url: null },
      'author-meta-outlet',
    ],
    [
      '__NEXT_DATA__ naming the source and its URL',
      hubPage({
        after: `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { article: { title: HEADLINE, source: COURIER, origin_url: ORIGINAL } } } })}</script>`,
      }),
      { name: COURIER, url: ORIGINAL },
      'next-data',
    ],
    [
      '"Originally published by" with a link',
      hubPage({ inBody: `<p>This article was originally published by <a href="${ORIGINAL}">${COURIER}</a>.</p>` }),
      { name: COURIER, url: ORIGINAL },
      'originally-published',
    ],
    ['"Source:" naming the outlet', hubPage({ inBody: `<p>Source: ${COURIER}</p>` }), { name: COURIER, url: null }, 'source-line'],
    [
      '"Read full story on X" linking to it',
      hubPage({ inBody: `<p><a href="${ORIGINAL}">Read full story on ${COURIER}</a></p>` }),
      { name: COURIER, url: ORIGINAL },
      'read-full-story',
    ],
  ])('%s', (_name, html, source, signal) => {
    const a = attributePage(html);
    expect(a.source).toMatchObject(source);
    expect(a.source?.evidence).toEqual([signal]);
    expect(a.site).toEqual({ name: 'Newsdesk Hub', url: HUB_HOME });
    expect(a.aggregator).toEqual({ name: 'Newsdesk Hub', url: HUB_HOME, signals: [signal] });
  });

  // An address alone names no outlet: the host is not a name ("valley-courier.example" would be a guess), so
  // the source is null, the original's address is kept, and the page still republishes.
  it.each([
    ['JSON-LD isBasedOn as a bare URL', hubPage({ head: ld({ isBasedOn: ORIGINAL }) }), 'jsonld-isBasedOn'],
    ['"Read more »" linking to another site', hubPage({ inBody: `<p><a href="${ORIGINAL}">Read more »</a></p>` }), 'read-more-link'],
    ['the canonical URL on another site', hubPage({ head: `<link rel="canonical" href="${ORIGINAL}">` }), 'canonical-elsewhere'],
    ['an original-source meta tag', hubPage({ head: `<meta name="original-source" content="${ORIGINAL}?utm_source=hub">` }), 'syndication-meta'],
  ])('%s: no outlet named, the original kept', (_name, html, signal) => {
    const a = attributePage(html);
    expect(a.source).toBeNull();
    expect(a.originalUrl).toBe(ORIGINAL);
    expect(a.aggregator).toEqual({ name: 'Newsdesk Hub', url: HUB_HOME, signals: [signal] });
  });

  it('the canonical URL elsewhere is also the canonicalUrl', () => {
    expect(attributePage(hubPage({ head: `<link rel="canonical" href="${ORIGINAL}">` })).canonicalUrl).toBe(ORIGINAL);
  });

  it.each([
    [
      'a canonical on another subdomain of the same site',
      hubPage({ head: '<link rel="canonical" href="https://amp.newsdesk-hub.example/story/harbour-plan-123">' }),
    ],
    [
      'share links and a same-site author link by the headline',
      hubPage({
        header:
          '<a href="https://twitter.com/intent/tweet?url=x">Twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> ' +
          '<a href="/authors/jane-roe">Jane Roe</a> <img class="author-photo" src="/j.jpg" alt="Jane Roe">',
      }),
    ],
    [
      '"Source:" in a figure caption (a chart credit)',
      hubPage({ inBody: '<figure><img src="/chart.png" alt="chart"><figcaption>Source: County Council survey</figcaption></figure>' }),
    ],
    [
      'a link to another site in the story text',
      hubPage({ inBody: `<p>The plan follows a <a href="${ORIGINAL}">report in a local paper</a> about silting.</p>` }),
    ],
    ['an author meta with a person only', hubPage({ head: '<meta name="author" content="Jane Roe, Tom Lee">' })],
  ])('no aggregator from %s', (_name, html) => {
    const a = attributePage(html);
    expect(a.aggregator).toBeNull();
    expect(a.source?.name).toBe('Newsdesk Hub');
  });

  it('no aggregator from an author meta with a job title ("Jane Roe, Political Reporter")', () => {
    const a = attributePage(hubPage({ head: '<meta name="author" content="Jane Roe, Political Reporter">' }));
    expect(a.aggregator).toBeNull();
    expect(a.source?.name).toBe('Newsdesk Hub');
  });
});

describe('furniture elements in the evidence', () => {
  const evidenceOf = (html: string) => {
    const doc = parse(html);
    const { scan, metadata, landmarks } = analyse(doc);
    return { doc, evidence: gatherSourceEvidence(doc, landmarks, metadata, HUB, scan) };
  };

  it.each([
    ['a "Source:" line', `<p id="line">Source: ${COURIER}</p>`],
    ['a "Read more »" line to the original', `<p id="line"><a href="${ORIGINAL}">Read more »</a></p>`],
    ['an "Originally published by" line', `<div id="line"><em>Originally published by <a href="${ORIGINAL}">${COURIER}</a></em></div>`],
  ])('the line that prints %s', (_name, line) => {
    const { doc, evidence } = evidenceOf(hubPage({ inBody: line }));
    expect(evidence.attributionElements).toEqual([doc.getElementById('line')]);
  });

  it('no line for a story paragraph that merely links out', () => {
    const { evidence } = evidenceOf(hubPage({ inBody: `<p>The plan follows a <a href="${ORIGINAL}">report in a local paper</a> about silting.</p>` }));
    expect(evidence.attributionElements).toEqual([]);
  });

  it('the byline block by the headline, and its text', () => {
    const { doc, evidence } = evidenceOf(hubPage({ header: '<div class="byline" id="by"><span class="author-name">Jane Roe</span> · 5 min read</div>' }));
    expect(evidence.bylineElements).toEqual([doc.getElementById('by')]);
    expect(cleanByline(evidence.headlineByline ?? '')).toBe('Jane Roe');
  });
});

describe('a JSON-LD publisher that differs from the site', () => {
  const publisher = ld({ publisher: { '@type': 'Organization', name: COURIER } });

  it("is the parent company on a publisher's own page: no aggregator", () => {
    const a = attributePage(hubPage({ siteName: 'The Harbour Gazette', head: ld({ publisher: { '@type': 'Organization', name: 'Harbour Media Group' } }) }));
    expect(a.source?.name).toBe('The Harbour Gazette');
    expect(a.aggregator).toBeNull();
  });

  it('is the source on a known aggregator host', () => {
    const msn = 'https://www.msn.com/en-us/news/world/harbour-plan/ar-AA1xyz';
    const a = attributePage(hubPage({ siteName: null, head: publisher }), msn);
    expect(a.site).toEqual({ name: 'MSN', url: 'https://www.msn.com/' });
    expect(a.source).toMatchObject({ name: COURIER, url: null });
    expect(a.aggregator?.name).toBe('MSN');
    expect([...(a.aggregator?.signals ?? [])].sort()).toEqual(['jsonld-publisher', 'known-host']);
  });

  // Cards are no evidence that the story is someone else's (issue 10 point 3): a feed naming other outlets
  // does not turn a differing JSON-LD publisher (a parent company as often as not) into the source.
  it('is not the source merely because the cut feed names two other outlets', () => {
    const a = attributePage(hubPage({ head: publisher }), HUB, { feedOutlets: ['Tribune', 'The Courier Mail'] });
    expect(a.source?.name).toBe('Newsdesk Hub');
    expect(a.aggregator).toBeNull();
  });

  it('is the source beside a provider logo with an empty alt (a credit slot is there)', () => {
    const a = attributePage(hubPage({ head: publisher, header: '<img class="publisher-logo" src="/p/vc.png" alt="">' }));
    expect(a.source).toMatchObject({ name: COURIER, url: null });
    expect(a.aggregator?.signals).toContain('jsonld-publisher');
  });

  it('is the source when another clue already points away', () => {
    const a = attributePage(hubPage({ head: publisher + `<link rel="canonical" href="${ORIGINAL}">` }));
    expect(a.source).toMatchObject({ name: COURIER, url: ORIGINAL });
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Roe', 'Jane Roe'],
    ['by Jane Roe and Tom Lee', 'Jane Roe and Tom Lee'],
    ['Written by: Jane Roe', 'Jane Roe'],
    ['Reporting by Jane Roe', 'Jane Roe'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['Par Marie Dupont', 'Marie Dupont'],
    ['Jane Roe · 5 min read', 'Jane Roe'],
    ['By Jane Roe 5 min read', 'Jane Roe'],
    ['Jane Roe, June 6, 2025', 'Jane Roe'],
    ['Jane Roe 06/06/2025', 'Jane Roe'],
    ['Jane Roe 2025-06-06', 'Jane Roe'],
    ['By Jane Roe Updated 2 hours ago', 'Jane Roe'],
    ['Jane Roe Share on Facebook', 'Jane Roe'],
    ['Jane Roe Follow', 'Jane Roe'],
    ['Jane Roe | The Valley Courier', 'Jane Roe'],
    ['Jane Roe, The Valley Courier', 'Jane Roe'],
    ['  Jane \n Roe  ', 'Jane Roe'],
    ['Di Lorenzo Marchetti', 'Di Lorenzo Marchetti'],
    ['Monday November 18, 2019 7:45 am PST by Jane Roe', 'Jane Roe'],
    ['06.06.2025, 10:30 Uhr von Anna Schmidt', 'Anna Schmidt'],
    ['Jane RoeView More Articles', 'Jane Roe'],
    ['Jane Roe View author archive', 'Jane Roe'],
    ['Jane Roe @janeroe / 2 days', 'Jane Roe'],
    ['Jane Roe and Jane Roe', 'Jane Roe'],
    ['Jane Roe, Tom Lee and Jane Roe', 'Jane Roe and Tom Lee'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ['an empty string', ''],
    ['a share label', 'Share this article'],
    ['a relative time', '3 hours ago'],
    ['a date stamp', 'Updated June 6, 2025'],
    ['an author page URL', 'https://www.example.com/authors/jane-roe'],
    ['an e-mail address', 'jane@valley-courier.example'],
    ['a reading time', '5 min read'],
    ['a comment count', 'Comments (12)'],
    ['a photo credit in parentheses', '(Reed Saxon / Associated Press)'],
    ['a dated line ending in a user name, not a person', 'Posted 3 hours ago by admin'],
  ])('rejects %s', (_name, raw) => {
    expect(cleanByline(raw)).toBeNull();
  });

  it.each([
    ['the outlet itself', COURIER, [COURIER]],
    ['the outlet without "The"', 'Valley Courier', [COURIER]],
    ['the site name', 'By Newsdesk Hub', ['Newsdesk Hub', COURIER]],
  ])('rejects %s as a byline', (_name, raw, outlets) => {
    expect(cleanByline(raw, outlets)).toBeNull();
  });
});

describe('bylines on the page', () => {
  it.each([
    ["the headline's byline, without reading time", hubPage({ header: '<p class="byline">By Jane Roe · 5 min read</p>' }), 'Jane Roe'],
    [
      'rel=author links, joined',
      hubPage({ header: '<p>By <a rel="author" href="/a/jr">Jane Roe</a> and <a rel="author" href="/a/tl">Tom Lee</a></p>' }),
      'Jane Roe and Tom Lee',
    ],
    ['a byline under a class in another language', hubPage({ header: '<span class="autor">Von Anna Schmidt</span>' }), 'Anna Schmidt'],
    [
      'the person over an Organization author',
      hubPage({ head: ld({ author: { '@type': 'Organization', name: COURIER } }), header: '<p class="byline">By Jane Roe</p>' }),
      'Jane Roe',
    ],
    [
      'three JSON-LD people',
      hubPage({
        head: ld({
          author: [
            { '@type': 'Person', name: 'Jane Roe' },
            { '@type': 'Person', name: 'Tom Lee' },
            { '@type': 'Person', name: 'Ana Ruiz' },
          ],
        }),
      }),
      'Jane Roe, Tom Lee and Ana Ruiz',
    ],
    [
      'the author meta over the page',
      hubPage({ head: '<meta name="author" content="Jane Roe">', header: '<p class="byline">By Someone Else</p>' }),
      'Jane Roe',
    ],
    // NTV's pages: the story's author only in `articleAuthor` (here a wire, which the wire rule reads as the source).
    ['an articleAuthor meta', hubPage({ head: '<meta name="articleAuthor" content="Jane Roe">' }), 'Jane Roe'],
    ['nothing when the "byline" is the site name', hubPage({ header: '<span class="author">Newsdesk Hub</span>' }), null],
    ['nothing when the story has none', hubPage(), null],
    [
      'nothing from a related card after the story',
      hubPage({
        after: '<aside><div class="card"><h3><a href="/story/ferry">Ferry timetable changes again</a></h3><span class="author">By Tom Lee</span></div></aside>',
      }),
      null,
    ],
    [
      'nothing from a "Top stories" card above the story',
      hubPage({
        before:
          '<aside><h2>Top stories</h2><div class="card"><h3><a href="/story/ferry">Ferry timetable changes again</a></h3><span class="author">By Tom Lee</span></div></aside>',
      }),
      null,
    ],
  ])('%s', (_name, html, expected) => {
    expect(attributePage(html).byline).toBe(expected);
  });

  it('nothing from an unlabelled teaser card beside the story', () => {
    const html = hubPage().replace(
      '<main>',
      '<main><div class="teaser"><a href="/story/ferry"><h3>Ferry timetable changes again</h3></a><p class="author">By Tom Lee</p></div>',
    );
    expect(attributePage(html).byline).toBeNull();
  });
});

describe('toIsoTime', () => {
  it.each([
    ['ISO in UTC', '2025-06-06T08:30:00Z', '2025-06-06T08:30:00Z'],
    ['ISO with milliseconds', '2025-06-06T08:30:00.000Z', '2025-06-06T08:30:00Z'],
    ['ISO with an offset', '2025-06-06T10:30:00+02:00', '2025-06-06T08:30:00Z'],
    ['ISO with a negative offset', '2025-06-06T04:30:00-04:00', '2025-06-06T08:30:00Z'],
    ['a date only stays a date', '2025-06-06', '2025-06-06'],
    ['epoch seconds', 1749198600, '2025-06-06T08:30:00Z'],
    ['epoch seconds as text', '1749198600', '2025-06-06T08:30:00Z'],
    ['epoch milliseconds', 1749198600000, '2025-06-06T08:30:00Z'],
    ['epoch milliseconds as text', ' 1749198600000 ', '2025-06-06T08:30:00Z'],
    ['epoch milliseconds with a remainder', 1749198600123, '2025-06-06T08:30:00.123Z'],
    ['nine-digit epoch seconds', '999999999', '2001-09-09T01:46:39Z'],
    ['an English date with zone', 'June 6, 2025 08:30 UTC', '2025-06-06T08:30:00Z'],
  ])('%s: %j -> %j', (_name, value, expected) => {
    expect(toIsoTime(value)).toBe(expected);
  });

  it.each([
    ['relative minutes', '5 minutes ago'],
    ['relative hours, short', '2h ago'],
    ['bare "2h"', '2h'],
    ['yesterday', 'Yesterday'],
    ['German relative', 'vor 5 Minuten'],
    ['French relative', 'il y a 2 heures'],
    ['Spanish relative', 'hace 3 horas'],
    ['text without a year', 'June 6'],
    ['epoch zero', 0],
    ['a year before 1990', '1985-01-01T00:00:00Z'],
    ['empty', ''],
    ['null', null],
    ['an object', { date: '2025-06-06' }],
    ['not a number', Number.NaN],
  ])('%s gives null', (_name, value) => {
    expect(toIsoTime(value)).toBeNull();
  });
});

describe('published time, lang, dir and excerpt from the page', () => {
  it.each([
    ['meta article:published_time', hubPage({ head: '<meta property="article:published_time" content="2025-06-06T10:30:00+02:00">' }), '2025-06-06T08:30:00Z'],
    ['a <time datetime> by the headline', hubPage({ header: '<time datetime="2025-06-06T08:30:00Z">6 June 2025</time>' }), '2025-06-06T08:30:00Z'],
    ['an epoch data-timestamp by the headline', hubPage({ header: '<span data-timestamp="1749198600">2h ago</span>' }), '2025-06-06T08:30:00Z'],
    [
      'the meta over the page',
      hubPage({ head: '<meta property="article:published_time" content="2025-06-06T08:30:00Z">', header: '<time datetime="2024-01-01T00:00:00Z">old</time>' }),
      '2025-06-06T08:30:00Z',
    ],
    ['nothing from a relative time only', hubPage({ header: '<time>3 hours ago</time>' }), null],
    ['JSON-LD dateModified as a last resort', hubPage({ head: ld({ dateModified: '2025-06-07T09:00:00Z' }) }), '2025-06-07T09:00:00Z'],
  ])('published time: %s', (_name, html, expected) => {
    expect(attributePage(html).publishedTime).toBe(expected);
  });

  it.each([
    ['html lang', ' lang="en-gb"', '', 'en-GB', 'ltr'],
    ['og:locale when html has no lang', '', '<meta property="og:locale" content="fr_FR">', 'fr-FR', 'ltr'],
    ['Arabic reads right to left', ' lang="ar"', '', 'ar', 'rtl'],
    ['Hebrew with a region', ' lang="he-IL"', '', 'he-IL', 'rtl'],
    ['an explicit dir wins', ' lang="ar" dir="ltr"', '', 'ar', 'ltr'],
    ['no language at all', '', '', null, null],
    ['a malformed lang', ' lang="english please"', '', null, null],
  ])('lang and dir: %s', (_name, htmlAttrs, head, lang, dir) => {
    const a = attributePage(hubPage({ htmlAttrs, head }));
    expect([a.lang, a.dir]).toEqual([lang, dir]);
  });

  it.each([
    ['a short description as is', 'The council approved the plan.', 'The council approved the plan.'],
    [
      'a long description cut after its first sentence',
      `The county council approved a plan on Thursday to dredge the harbour. ${'More words follow here. '.repeat(20)}`,
      'The county council approved a plan on Thursday to dredge the harbour.',
    ],
  ])('excerpt: %s', (_name, description, expected) => {
    expect(attributePage(hubPage({ head: `<meta name="description" content="${description}">` })).excerpt).toBe(expected);
  });
});

describe('splitAuthorOutlet', () => {
  it.each([
    ['Jane Roe, The Valley Courier', { person: 'Jane Roe', outlet: 'The Valley Courier' }],
    ['Jane Roe - Reuters', { person: 'Jane Roe', outlet: 'Reuters' }],
    ['Jane Roe | Daily Planet', { person: 'Jane Roe', outlet: 'Daily Planet' }],
    ['Jane Roe, Tom Lee', { person: 'Jane Roe, Tom Lee', outlet: null }],
    ['Jane Roe, Tom Lee, Ana Ruiz', { person: 'Jane Roe, Tom Lee, Ana Ruiz', outlet: null }],
    ['Jane Roe', { person: 'Jane Roe', outlet: null }],
    ['Mary-Jane Roe', { person: 'Mary-Jane Roe', outlet: null }],
    ['https://www.facebook.com/janeroe', { person: null, outlet: null }],
    ['', { person: null, outlet: null }],
  ])('%j', (raw, expected) => {
    expect(splitAuthorOutlet(raw)).toEqual(expected);
  });

  it('"Jane Roe, Senior Reporter" is one person with a job title', () => {
    expect(splitAuthorOutlet('Jane Roe, Senior Reporter').outlet).toBeNull();
  });
});

describe('isSameOutlet', () => {
  it.each([
    ['The Valley Courier', 'Valley Courier', true],
    ['valley-courier.com', 'The Valley Courier', true],
    ['THE GUARDIAN', 'The Guardian', true],
    ['Reuters', 'Associated Press', false],
    ['AP', 'Apple Daily', false],
    ['Courier', null, false],
    ['', '', false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(isSameOutlet(a, b)).toBe(expected);
    expect(isSameOutlet(b, a)).toBe(expected);
  });

  it('"BBC" and "BBC News" are the same outlet', () => {
    expect(isSameOutlet('BBC', 'BBC News')).toBe(true);
  });
});

describe('a dateline that names the agency (signals/dateline-wire.ts)', () => {
  it.each([
    ['SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power', 'Associated Press'],
    ['WASHINGTON, Nov 19 (Reuters) - The U.S. Senate passed a bill on Tuesday', 'Reuters'],
    ['PARIS (AFP) – France will close its embassy', 'AFP'],
    ['(CNN) — The council approved the plan', 'CNN'],
  ])('%j credits %s', (opening, outlet) => {
    expect(readDatelineWire(opening, DEFAULT_DIRECTORY).map((c) => c.name)).toEqual([outlet]);
  });

  it.each([
    ['a note in parentheses', 'LONDON (Updated) — The plan was approved'],
    ['a name the registry does not know', 'CARROW (Harbour Gazette Bureau) — The plan was approved'],
    ['parentheses inside a sentence', 'The council (AP reports) said on Tuesday — after two years — that it would pay'],
    ['no dateline', 'The council approved the plan on Thursday.'],
  ])('%s credits nobody', (_name, opening) => {
    expect(readDatelineWire(opening, DEFAULT_DIRECTORY)).toEqual([]);
  });

  it('credits the wire, via the newspaper, on a page with no JSON-LD', () => {
    const html = `<!DOCTYPE html><html><head><title>${HEADLINE} - The Valley Courier</title><meta property="og:site_name" content="The Valley Courier"></head><body><article><h1>${HEADLINE}</h1><div class="body"><p>CARROW, Calif. (AP) — ${PARAS[0]}</p>${PARAS.slice(
      1,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></article></body></html>`;
    const result = extractArticle(parse(html), 'https://www.valley-courier.example/news/article/harbour-plan-14848251.php');
    expect(result.ok && [result.article.source?.name, result.article.aggregator?.name]).toEqual(['Associated Press', 'The Valley Courier']);
  });
});

describe('a byline that is a news agency (signals/byline-wire.ts)', () => {
  it.each([
    ['AFP', 'AFP'],
    ['The Associated Press', 'Associated Press'],
    ['AP', 'Associated Press'],
    ['Reuters', 'Reuters'],
    // An agency with a dateline, or a staffer with the agency's job title, is a wire dispatch too.
    ['Reuters, Washington', 'Reuters'],
    ['PTI, New Delhi', 'Press Trust of India'],
    ['Tom Krisher, AP Auto Writer', 'Associated Press'],
    ['Tom Krisher, Ap Auto Writer', 'Associated Press'],
    ['Jane Roe, Associated Press Writer', 'Associated Press'],
  ])('"%s" names the agency %s', (byline, outlet) => {
    expect(readBylineWire([byline], DEFAULT_DIRECTORY)).toEqual([{ signal: 'byline-wire', name: outlet, url: null, weight: 2 }]);
  });

  it.each([['Jane Roe'], ['Jane Roe and AFP'], ['CNN'], ['Valley Courier'], [''], ['Jane Roe, Staff Writer'], ['Jane Roe, Times Staff Writer'], ['Ana Ap']])(
    '"%s" is no agency byline',
    (byline) => {
      expect(readBylineWire([byline], DEFAULT_DIRECTORY)).toEqual([]);
    },
  );

  it('reads the byline printed by the headline when the resolved one lost the agency', () => {
    expect(readBylineWire(['Tom Krisher', 'Tom Krisher, AP Auto Writer'], DEFAULT_DIRECTORY).map((c) => c.name)).toEqual(['Associated Press']);
  });

  it('credits the agency, with the site as where it was read, and no person in the byline', () => {
    const a = attributePage(hubPage({ header: '<span class="author" itemprop="author"><span itemprop="name"> AFP</span></span>' }));
    expect(a.source).toMatchObject({ name: 'AFP', kind: 'wire', evidence: ['byline-wire'] });
    expect(a.aggregator?.name).toBe('Newsdesk Hub');
    expect(a.byline).toBeNull();
  });

  it("is the agency's own story on the agency's site: no aggregator", () => {
    const url = 'https://www.afp.com/en/news/harbour-plan-123';
    const a = attributePage(hubPage({ siteName: 'AFP', header: '<p class="byline">By AFP</p>' }), url);
    expect(a.source?.name).toBe('AFP');
    expect(a.aggregator).toBeNull();
  });

  it('leaves a byline of people alone', () => {
    const a = attributePage(hubPage({ header: '<p class="byline">By Jane Roe</p>' }));
    expect(a.source?.name).toBe('Newsdesk Hub');
    expect(a.aggregator).toBeNull();
    expect(a.byline).toBe('Jane Roe');
  });
});

describe('a site known only by its host that names itself in its credit slot (decide.ts)', () => {
  const url = 'https://news.ridgeline-gazette.example/article/23383588';

  it("takes the slot's name as the site's own name: the outlet, with no aggregator", () => {
    const a = attributePage(hubPage({ siteName: null, header: '<span class="source">Ridgeline Gazette</span>' }), url);
    expect(a.source?.name).toBe('Ridgeline Gazette');
    expect(a.aggregator).toBeNull();
  });

  it('does not when the label links to another site: that is someone else credited', () => {
    const a = attributePage(hubPage({ siteName: null, header: `<span class="source"><a href="${ORIGINAL}">${COURIER}</a></span>` }), url);
    expect(a.source?.name).not.toBe(undefined);
    expect(a.source?.url ?? null).not.toBe(url);
  });

  it('names nobody when the slot is empty and the site has only its host', () => {
    const a = attributePage(hubPage({ siteName: null }), url);
    expect(a.source).toBeNull();
    expect(a.aggregator).toBeNull();
  });
});
