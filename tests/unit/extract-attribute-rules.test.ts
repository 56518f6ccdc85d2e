import { describe, expect, it } from 'vitest';
import { DEFAULT_DIRECTORY, SIGNALS, VALIDATORS, gatherSourceEvidence, validateCandidates } from '../../utils/core/extract/attribute';
import { decideSource } from '../../utils/core/extract/attribute/decide';
import { extractArticle } from '../../utils/core/extract';
import { cleanOutletName } from '../../utils/core/extract/attribute/names';
import type { Candidate, ValidationContext } from '../../utils/core/extract/attribute/types';
import { notAdOrUiLabel } from '../../utils/core/extract/attribute/validators/ad-or-ui-label';
import { notAggregatorBrand } from '../../utils/core/extract/attribute/validators/aggregator-brand';
import { notBareHost } from '../../utils/core/extract/attribute/validators/bare-host';
import { notBylinePerson } from '../../utils/core/extract/attribute/validators/byline-person';
import { notCodeLike } from '../../utils/core/extract/attribute/validators/code-like';
import { notDateOrTime } from '../../utils/core/extract/attribute/validators/date-or-time';
import { notGenericAltText } from '../../utils/core/extract/attribute/validators/generic-alt-text';
import { notOverLong } from '../../utils/core/extract/attribute/validators/name-length';
import { notPersonPhoto } from '../../utils/core/extract/attribute/validators/person-photo';
import { notPhotoCredit } from '../../utils/core/extract/attribute/validators/photo-credit';
import { HEADLINE, PARAS, analyse, parse } from '../helpers/extract-stages';

/**
 * Each signal and each validator alone, on strings read from real pages
 * (MSN, Yahoo US/JP, hosted.ap.org, CNA, Fox News) and from the held-out
 * failures issue 10 lists.
 */
const HUB = 'https://www.msn.com/en-us/news/us/story/ar-AA1xyz';
const ctx = (over: Partial<ValidationContext> = {}): ValidationContext => ({
  site: { name: 'MSN', url: 'https://www.msn.com/' },
  pageUrl: HUB,
  bylinePeople: [],
  directory: DEFAULT_DIRECTORY,
  ...over,
});
const cand = (name: string | null, url: string | null = null, extra: Partial<Candidate> = {}): Candidate => ({
  signal: 'provider-logo',
  name,
  url,
  weight: 2,
  ...extra,
});
const elementIn = (html: string, selector: string) => parse(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelector(selector)!;

describe('validators drop what is no outlet', () => {
  it.each([
    [notAdOrUiLabel, 'AdChoices'],
    [notAdOrUiLabel, 'Advertisement'],
    [notAdOrUiLabel, 'Sponsored'],
    [notAdOrUiLabel, 'Recommended'],
    [notAdOrUiLabel, 'Share'],
    [notGenericAltText, 'Recommendation image'],
    [notGenericAltText, 'image'],
    [notGenericAltText, 'logo'],
    [notGenericAltText, 'photo'],
    [notGenericAltText, 'Provider logo'],
    // "Source: X" lines that name where a text came from, but nobody: the web, this site, compiled.
    [notGenericAltText, 'Internet'],
    [notGenericAltText, '網絡'],
    [notGenericAltText, '本站'],
    [notGenericAltText, '綜合'],
    [notGenericAltText, 'インターネット'],
    [notDateOrTime, '3 hours ago'],
    [notDateOrTime, 'March 11, 2015 3:46 PM'],
    [notDateOrTime, 'Updated 2 hours ago'],
    [notCodeLike, 'CNA/dy(sn)'],
    [notCodeLike, '<b>Herald</b>'],
    [notCodeLike, '{{source}}'],
    [notCodeLike, 'null'],
    [notCodeLike, 'Evil\u202eswen'],
    [notOverLong, 'x'.repeat(10_000)],
    [notOverLong, 'Council approves the harbour dredging plan after two years'],
  ])('%o rejects %j', (validator, name) => {
    expect(validator.check(cand(name), ctx())?.name ?? null).toBeNull();
  });

  it.each([
    [notAdOrUiLabel, 'Tech Insider'],
    [notGenericAltText, 'CNN'],
    [notGenericAltText, 'Image Comics'],
    [notGenericAltText, 'Internet Archive'],
    [notGenericAltText, '網易新聞'],
    [notDateOrTime, 'NBC News'],
    [notDateOrTime, 'The Sun'],
    [notCodeLike, 'AT&T News'],
    [notCodeLike, 'Yahoo!ニュース'],
    [notCodeLike, 'CNET Japan'],
    [notOverLong, 'The Atlanta Journal-Constitution'],
  ])('%o keeps %j', (validator, name) => {
    expect(validator.check(cand(name), ctx())?.name).toBe(name);
  });

  it("drops a link into an ad network whatever its text (MSN's AdChoices link)", () => {
    expect(notAdOrUiLabel.check(cand('Tech Insider', 'http://go.microsoft.com/fwlink/?LinkID=286759'), ctx())).toBeNull();
    expect(notAdOrUiLabel.check(cand('About', null, { element: elementIn('<a class="adchoices" href="#">About</a>', 'a') }), ctx())).toBeNull();
  });

  it('drops a byline person ("Andrea Stone") but keeps the outlet beside her', () => {
    expect(notBylinePerson.check(cand('Andrea Stone'), ctx({ bylinePeople: ['Andrea Stone'] }))?.name).toBeNull();
    expect(notBylinePerson.check(cand('Reuters'), ctx({ bylinePeople: ['Andrea Stone'] }))?.name).toBe('Reuters');
  });

  it("drops people's photos and name boxes (a curator's avatar)", () => {
    const avatar = elementIn('<div class="curator"><img class="avatar" alt="Arlo Venn"></div>', 'img');
    expect(notPersonPhoto.check(cand('Arlo Venn', null, { element: avatar }), ctx())?.name).toBeNull();
    const logo = elementIn('<div class="provider"><img class="provider-logo" alt="CNN"></div>', 'img');
    expect(notPersonPhoto.check(cand('CNN', null, { element: logo }), ctx())?.name).toBe('CNN');
  });

  it("keeps the outlet a byline box prints in its own source slot (Global News: 'The Associated Press'), not the box's people", () => {
    const byline =
      '<div class="c-byline"><div class="c-byline__attribution"><span class="c-byline__name">Samya Kullab</span><span class="c-byline__source">The Associated Press</span></div></div>';
    expect(notPersonPhoto.check(cand('The Associated Press', null, { element: elementIn(byline, '.c-byline__source') }), ctx())?.name).toBe(
      'The Associated Press',
    );
    expect(notPersonPhoto.check(cand('Samya Kullab', null, { element: elementIn(byline, '.c-byline__name') }), ctx())?.name ?? null).toBeNull();
  });

  it("drops a name linked to the same profile as an avatar, or marked as the author's link, with classes that say nothing", () => {
    // A byline box as a page without JSON-LD leaves it: picture and name, two links to one profile.
    const box = (avatarAttrs: string, nameAttrs = '') =>
      `<div class="x1"><div class="x2"><a href="https://profiles.example/ace"><img src="/a.png" ${avatarAttrs}></a></div><div class="x3"><div class="x4"><a href="https://profiles.example/ace" ${nameAttrs}>Adam Roe</a></div></div></div>`;
    const name = (html: string) => elementIn(html, '.x4 a');
    expect(notPersonPhoto.check(cand('Adam Roe', null, { element: name(box('data-transform="AvatarSmallAuto"')) }), ctx())?.name ?? null).toBeNull();
    expect(notPersonPhoto.check(cand('Adam Roe', null, { element: name(box('', 'data-ga="Author click"')) }), ctx())?.name ?? null).toBeNull();
    // A provider's logo and name linked to its channel, as MSN prints them, stay an outlet.
    const provider = name(box('width="16" height="16" alt="Harbour Daily"').replace('Adam Roe', 'Harbour Daily'));
    expect(notPersonPhoto.check(cand('Harbour Daily', null, { element: provider }), ctx())?.name).toBe('Harbour Daily');
  });

  it('drops a photo credit ("Homestead") inside a figure or a credit class, not a byline credit bar', () => {
    const inFigure = elementIn('<figure><img src="/a.jpg"><figcaption><span>Homestead</span></figcaption></figure>', 'span');
    expect(notPhotoCredit.check(cand('Homestead', null, { element: inFigure }), ctx())?.name).toBeNull();
    const credited = elementIn('<div class="photo-credit"><span>Homestead</span></div>', 'span');
    expect(notPhotoCredit.check(cand('Homestead', null, { element: credited }), ctx())?.name).toBeNull();
    const creditBar = elementIn(
      '<div class="credit-bar"><div class="credit"><a href="http://abcnews.go.com/GMA/"><span class="provider-name">Good Morning America</span></a></div></div>',
      'span',
    );
    expect(notPhotoCredit.check(cand('Good Morning America', null, { element: creditBar }), ctx())?.name).toBe('Good Morning America');
  });

  it('turns a bare host ("foxnews.com") into an address', () => {
    expect(notBareHost.check(cand('foxnews.com'), ctx())).toMatchObject({ name: null, url: 'https://foxnews.com/' });
    // In capitals on some other site, still an address.
    expect(notBareHost.check(cand('FoxNews.com'), ctx())).toMatchObject({ name: null });
  });

  it("keeps the page's own host in its own capitals: that is how the site prints its name", () => {
    const nj = ctx({ site: { name: 'nj.com', url: 'https://www.nj.com/' }, pageUrl: 'https://www.nj.com/news/story.html' });
    expect(notBareHost.check(cand('NJ.com'), nj)?.name).toBe('NJ.com');
    expect(notBareHost.check(cand('nj.com'), nj)?.name).toBeNull();
  });

  it("strips the address of the site's own brand linking elsewhere, keeping it as a self-credit", () => {
    const yahoo = ctx({ site: { name: 'Yahoo Finance', url: 'https://finance.yahoo.com/' }, pageUrl: 'https://finance.yahoo.com/news/x.html' });
    expect(notAggregatorBrand.check(cand('Yahoo Finance', 'http://yahoofinancestaff.tumblr.com/'), yahoo)).toMatchObject({ name: 'Yahoo Finance', url: null });
    expect(notAggregatorBrand.check(cand('CNN', 'https://www.cnn.com/x'), yahoo)).toMatchObject({ name: 'CNN' });
  });

  it('every validator is registered once', () => {
    expect(new Set(VALIDATORS.map((v) => v.name)).size).toBe(VALIDATORS.length);
  });
});

describe('the decision', () => {
  const decide = (candidates: Candidate[], siteIsAggregator = true) =>
    decideSource({
      candidates: validateCandidates(candidates, ctx()),
      site: { name: 'MSN', url: 'https://www.msn.com/' },
      pageUrl: HUB,
      canonicalUrl: null,
      directory: DEFAULT_DIRECTORY,
      siteIsAggregator,
    });

  it('names the Associated Press for "AP", through the directory', () => {
    const d = decide([{ signal: 'byline-outlet', name: 'AP', url: null, weight: 2 }]);
    // No address to look up: the kind comes from the registry entry the name resolved to.
    expect(d.source).toMatchObject({ name: 'Associated Press', kind: 'wire' });
    expect(d.source?.evidence).toEqual(['byline-outlet', 'registry']);
  });

  it('names a bare host through the directory, with its kind', () => {
    const d = decide([{ signal: 'source-line', name: 'apnews.com', url: null, weight: 2 }]);
    expect(d.source).toMatchObject({ name: 'Associated Press', kind: 'wire', url: null });
  });

  it('prefers the page\'s words on the same site ("Fox Nation" over the host foxnews.com)', () => {
    const d = decide([
      { signal: 'source-line', name: 'foxnews.com', url: null, weight: 2 },
      { signal: 'provider-label', name: 'Fox Nation', url: 'https://nation.foxnews.com/watch/abc', weight: 2 },
    ]);
    expect(d.source?.name).toBe('Fox Nation');
    expect(d.source?.url).toBe('https://nation.foxnews.com/watch/abc');
  });

  it("counts agreeing independent signals: MSN's provider logo and canonical agree, AdChoices drops out", () => {
    const d = decide([
      { signal: 'provider-logo', name: 'AdChoices', url: 'http://go.microsoft.com/fwlink/?LinkID=286759', weight: 2 },
      { signal: 'provider-logo', name: 'CNN', url: 'https://www.cnn.com/', weight: 2 },
      { signal: 'canonical-elsewhere', name: null, url: 'https://www.cnn.com/2019/11/18/health/duvet/index.html', weight: 2 },
    ]);
    expect(d.source).toMatchObject({ name: 'CNN', url: 'https://www.cnn.com/2019/11/18/health/duvet/index.html', confidence: 'medium' });
    // cnn.com is in the outlet registry under the same name: a third, independent agreement.
    expect(d.source?.evidence).toEqual(['provider-logo', 'canonical-elsewhere', 'registry']);
    expect(d.republished).toBe(true);
  });

  it("takes the original's address from the canonical, not from a stronger credit link to an author's page", () => {
    const d = decide([
      { signal: 'provider-logo', name: 'CNN', url: 'https://www.cnn.com/profiles/jane-roe', weight: 3 },
      { signal: 'canonical-elsewhere', name: null, url: 'https://www.cnn.com/2019/11/18/health/duvet/index.html', weight: 2 },
    ]);
    expect(d.originalUrl).toBe('https://www.cnn.com/2019/11/18/health/duvet/index.html');
  });

  it('names nobody on an aggregator that credits no outlet (not the aggregator itself)', () => {
    const d = decide([{ signal: 'og:site_name', name: 'MSN', url: HUB, weight: 1, own: true }]);
    expect(d.source).toBeNull();
    expect(d.republished).toBe(false);
  });

  it('names nobody when every candidate is rejected ("Recommendation image", "AdChoices")', () => {
    const d = decide([cand('Recommendation image'), cand('AdChoices')]);
    expect(d.source).toBeNull();
  });
});

describe('signals on small pages', () => {
  const story = (header: string, head = '') =>
    `<!DOCTYPE html><html><head><title>${HEADLINE}</title>${head}</head><body><article><header><h1>${HEADLINE}</h1>${header}</header><div class="body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
  const candidatesOf = (html: string, url = HUB) => {
    const doc = parse(html);
    const { scan, metadata, landmarks } = analyse(doc);
    return gatherSourceEvidence(doc, landmarks, metadata, url, scan).candidates;
  };

  it.each([
    ['"Story by X • Outlet"', '<div class="byline">Story by Jane Roe • The Courier</div>', 'story-by-line', 'The Courier'],
    ['"By X, Reuters"', '<p class="byline">By Jane Roe, Reuters</p>', 'byline-outlet', 'Reuters'],
    ['a Yahoo provider label', '<div class="caas-attr-provider">Yahoo Finance Video</div>', 'provider-label', 'Yahoo Finance Video'],
    [
      'a Japanese provider label with its stamp',
      '<p class="source"><a href="/list/?m=cnetj">CNET Japan 3/9(木) 18:45配信</a></p>',
      'provider-label',
      'CNET Japan',
    ],
    ['an MSN provider channel link', '<a href="https://www.msn.com/en-us/channel/source/CNN/vid-abc">CNN</a>', 'source-channel-link', 'CNN'],
    ['a copyright line', '<p>© 2019 The Associated Press. All rights reserved.</p>', 'copyright-line', 'The Associated Press'],
    ['a copyright holder before the years', '<p>© Harbour Daily 2003 - 2019 powered by Tide Network</p>', 'copyright-line', 'Harbour Daily'],
    [
      'an open year range, a company form and links after it',
      '<p>Copyright © 2000- Harbour Daily, LLC. Privacy / Contact</p>',
      'copyright-line',
      'Harbour Daily',
    ],
    ['MSN\'s "© Provided by X Inc"', '<p>© Provided by Harbour Daily Inc</p>', 'copyright-line', 'Harbour Daily'],
    ['all rights reserved in Russian', '<p>© 2014–2019 harbour-daily.example, Все права защищены</p>', 'copyright-line', 'harbour-daily.example'],
  ])('%s', (_name, header, signal, name) => {
    expect(candidatesOf(story(header)).find((c) => c.signal === signal)?.name).toBe(name);
  });

  it('"X for <this site\'s host>" credits the site as it prints its host; "for" in a foreign name stays', () => {
    const byline = '<p class="byline">By Amy Roe | NJ Advance Media for NJ.com</p>';
    expect(candidatesOf(story(byline), 'https://www.nj.com/news/2019/11/story.html').find((c) => c.signal === 'byline-outlet')?.name).toBe('NJ.com');
    // On another site the whole credit is kept for the validators; nothing is cut out of it.
    expect(candidatesOf(story(byline)).find((c) => c.signal === 'byline-outlet')?.name).toBe('NJ Advance Media for NJ.com');
  });

  it("a canonical on another site is the story's home; the same name under another suffix is the site's own", () => {
    const canonical = (href: string) => `<link rel="canonical" href="${href}">`;
    const page = 'http://jaraguadosul.com.br/news/a';
    expect(candidatesOf(story('', canonical('https://www.cnn.com/2019/story')), page).find((c) => c.signal === 'canonical-elsewhere')?.url).toBe(
      'https://www.cnn.com/2019/story',
    );
    expect(candidatesOf(story('', canonical('https://www.jaraguadosul.sc.gov.br/news/a')), page).some((c) => c.signal === 'canonical-elsewhere')).toBe(false);
  });

  it('a JSON-LD author of type Organization', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Organization', name: 'Reuters' } })}</script>`;
    expect(candidatesOf(story('', ld)).find((c) => c.signal === 'jsonld-author-organization')?.name).toBe('Reuters');
  });

  it('<link rel="syndication-source"> (old Yahoo pages)', () => {
    const link = '<link rel="syndication-source" href="http://abcnews.go.com/US/photographer/story?id=29557727">';
    expect(candidatesOf(story('', link)).find((c) => c.signal === 'syndication-meta')?.url).toBe('http://abcnews.go.com/US/photographer/story?id=29557727');
  });

  it('a link to another site by the headline is a provider credit, but a share button on any service is not', () => {
    const page = 'https://money.example.com/2016/02/01/news/birth-lottery/index.html';
    const share = `<a class="icon" href="http://www.stumbleupon.example/submit?url=${encodeURIComponent(page)}&title=x">Share</a>`;
    const credit = '<a href="https://www.courier.example/2016/02/01/birth-lottery">The Courier</a>';
    expect(candidatesOf(story(share), page).filter((c) => c.signal === 'provider-logo')).toEqual([]);
    expect(candidatesOf(story(credit), page).find((c) => c.signal === 'provider-logo')?.name).toBe('The Courier');
  });

  it.each([
    // A date link, then the label in its own text: the meta line under a headline on CJK aggregators.
    [
      'the CJK "source" label with a full-width colon after a date',
      '<div class="meta"><a href="/archive/20181230/">2018/12/30</a>&#160;&#x4F86;&#x6E90;&#xFF1A;&#x6E2F;&#x7063;&#x65E5;&#x5831;</div>',
      '港灣日報',
    ],
    ['"Fonte:" on its own line', '<p class="credit">Fonte: Harbour Daily</p>', 'Harbour Daily'],
    ['"출처:" on its own line', '<p class="credit">출처: 항만일보</p>', '항만일보'],
    ['"出典：" after a date', '<p class="meta"><time>2019/03/09</time> 出典：港湾新聞</p>', '港湾新聞'],
  ])('a "Source: X" label in other languages: %s', (_name, header, name) => {
    expect(candidatesOf(story(header)).find((c) => c.signal === 'source-line')?.name).toBe(name);
  });

  it('"來源：網絡" (source: the web) names no outlet: the story is credited to nobody rather than to "網絡"', () => {
    const doc = parse(story('<div class="meta"><a href="/archive/20190301/">2019/03/01</a> 來源：網絡</div>'));
    const result = extractArticle(doc, 'https://kanwen.example/a/x8Kq2Lm.html');
    expect(result.ok && result.article.source?.name).not.toBe('網絡');
  });

  it('a "Source:" inside a paragraph or a caption is a figure\'s source, not the outlet', () => {
    const paragraph = `<p>Prices rose four percent in May, the steepest climb in a decade, and economists at the port authority expect more of the same through the autumn shipping season.<br>Source: Bureau of Labor Statistics</p>`;
    const caption = '<figure><img src="/chart.png" alt=""><figcaption><span>Chart</span> Source: Harbour Authority</figcaption></figure>';
    expect(candidatesOf(story(paragraph)).filter((c) => c.signal === 'source-line')).toEqual([]);
    expect(candidatesOf(story(caption)).filter((c) => c.signal === 'source-line')).toEqual([]);
  });

  it("names the site from a copyright holder or a publisher meta tag that spell its host, never from a parent company's", () => {
    const siteOf = (html: string) => {
      const result = extractArticle(parse(html), 'https://www.harbour-daily.example/news/2019/ferry');
      return result.ok ? [result.article.site.name, result.article.source?.name ?? null] : null;
    };
    expect(siteOf(story('<p class="credit">© 2019 Harbour Daily, Inc. All rights reserved.</p>'))).toEqual(['Harbour Daily', 'Harbour Daily']);
    expect(siteOf(story('', '<meta name="publisher" content="Harbour Daily">'))).toEqual(['Harbour Daily', 'Harbour Daily']);
    expect(
      siteOf(story('<p class="credit">© 2019 Tidewater Media Group. All rights reserved.</p>', '<meta name="publisher" content="Tidewater Media Group">')),
    ).toEqual(['harbour-daily.example', null]);
  });

  it('every signal is registered once', () => {
    expect(new Set(SIGNALS.map((s) => s.name)).size).toBe(SIGNALS.length);
  });

  it('cleans a card stamp off an outlet label', () => {
    expect(cleanOutletName('Reuters · 2 hours ago')).toBe('Reuters');
  });
});
