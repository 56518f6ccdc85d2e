import { describe, expect, it } from 'vitest';
import { DEFAULT_DIRECTORY, gatherSourceEvidence, validateCandidates } from '../../utils/core/extract/attribute';
import { decideSource } from '../../utils/core/extract/attribute/decide';
import { cleanOutletName, cleanSiteName } from '../../utils/core/extract/attribute/names';
import type { Candidate, ValidationContext } from '../../utils/core/extract/attribute/types';
import { notAdOrUiLabel } from '../../utils/core/extract/attribute/validators/ad-or-ui-label';
import { notDateOrTime } from '../../utils/core/extract/attribute/validators/date-or-time';
import { notGenericAltText } from '../../utils/core/extract/attribute/validators/generic-alt-text';
import { notPersonPhoto } from '../../utils/core/extract/attribute/validators/person-photo';
import { notPhotoCredit } from '../../utils/core/extract/attribute/validators/photo-credit';
import { HEADLINE, PARAS, analyse, parse } from '../helpers/extract-stages';

/**
 * Shapes from publishers' own pages (Zyte's benchmark pages, read by eye: a deals
 * list, a dek citing another outlet, an author's profile link, a comment's link,
 * a fact check's "Source: <agency>, <date>") that the first rules took for the
 * outlet or for "via". Each is written small here, with the credit it must not
 * hide beside it.
 */
const PAGE = 'https://www.publisher.example/2019/11/18/tech/story.html';
const ctx = (over: Partial<ValidationContext> = {}): ValidationContext => ({
  site: { name: 'The Publisher', url: 'https://www.publisher.example/' },
  pageUrl: PAGE,
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
const story = (header: string) =>
  `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body><article><header><h1>${HEADLINE}</h1>${header}</header><div class="body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const providerLinks = (header: string) => {
  const doc = parse(story(header));
  const { scan, metadata, landmarks } = analyse(doc);
  return gatherSourceEvidence(doc, landmarks, metadata, PAGE, scan)
    .candidates.filter((c) => c.signal === 'provider-logo')
    .map((c) => c.name);
};
const elementIn = (html: string, selector: string) => parse(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelector(selector)!;

describe('links by the headline that credit nobody', () => {
  it('a link inside a sentence of the dek is cited, not a credit; a credit line of its own still is', () => {
    const dek =
      '<p class="dek">Markets were mixed in early trading after <a href="https://www.wire.example/2019/11/18/trade">CNBC reported</a> that talks had stalled again.</p>';
    expect(providerLinks(dek)).toEqual([]);
    expect(providerLinks('<p class="credit">Story by Jane Roe • <a href="https://www.courier.example/2019/11/18/trade">The Courier</a></p>')).toEqual([
      'The Courier',
    ]);
  });

  it('links to three sites, or under three names on one redirect host, are a list (deals, sources), not a slot', () => {
    const deals = ['Amazon', 'Walmart', 'Dell'].map((shop, i) => `<li><a href="https://r.deals.example/u/${i}">Get it at ${shop}</a></li>`).join('');
    expect(providerLinks(`<ul>${deals}</ul>`)).toEqual([]);
    const sites = ['One', 'Two', 'Three'].map((n) => `<li><a href="https://www.${n.toLowerCase()}.example/a">${n} Times</a></li>`).join('');
    expect(providerLinks(`<ul>${sites}</ul>`)).toEqual([]);
    // A logo and its name linking to one outlet, beside a share button and an ad label: one credit.
    const slot =
      '<div class="source"><a href="https://www.courier.example/"><img alt="The Courier" src="l.png"></a><a href="https://www.courier.example/">The Courier</a></div>' +
      '<a href="https://skype.example/share?u=x">Share</a><a href="https://go.microsoft.com/fwlink/?LinkID=1">AdChoices</a>';
    expect(providerLinks(slot)).toContain('The Courier');
  });

  it("the headline's own link elsewhere (a link post) is its subject, not its credit", () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><article><h1><a href="https://vesper.example/ipad">Vesper: Now for iPad</a></h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const { scan, metadata, landmarks } = analyse(doc);
    expect(landmarks.headline?.textContent).toBe('Vesper: Now for iPad');
    expect(gatherSourceEvidence(doc, landmarks, metadata, PAGE, scan).candidates.filter((c) => c.signal === 'provider-logo')).toEqual([]);
  });

  it('a link to an image file or marked rel="author" is not a credit', () => {
    expect(providerLinks('<p><a href="https://img.cdn.example/full/photo1.JPG"><img alt="The Courier" src="t.jpg"></a></p>')).toEqual([]);
    expect(providerLinks('<p><a rel="author" href="https://people.example/ace">Adam Clark</a></p>')).toEqual([]);
  });
});

describe('validators for what publishers print by their stories', () => {
  it("drops sponsored and readers' (ugc) links, and offers with a price", () => {
    const sponsored = elementIn('<strong><a rel="sponsored" href="https://click.example/x">Expercom</a></strong>', 'a');
    expect(notAdOrUiLabel.check(cand('Expercom', 'https://click.example/x', { element: sponsored }), ctx())).toBeNull();
    const ugc = elementIn('<p>Paper here: <a rel="nofollow ugc" href="https://papers.example/1">Habyarimana &amp; Jack</a></p>', 'a');
    expect(notAdOrUiLabel.check(cand('Habyarimana & Jack', 'https://papers.example/1', { element: ugc }), ctx())).toBeNull();
    const offer = elementIn('<li><a href="https://r.example/u/1">Get it on Amazon for $39.99</a></li>', 'a');
    expect(notAdOrUiLabel.check(cand('Get it on Amazon for', 'https://r.example/u/1', { element: offer }), ctx())).toBeNull();
    const credit = elementIn('<p><a href="https://www.courier.example/a">The Courier</a></p>', 'a');
    expect(notAdOrUiLabel.check(cand('The Courier', 'https://www.courier.example/a', { element: credit }), ctx())?.name).toBe('The Courier');
  });

  it.each([
    [notPhotoCredit, 'Image Credit: WeWork'],
    [notPhotoCredit, 'Photo: AP'],
    [notPhotoCredit, 'Courtesy of NASA'],
    [notGenericAltText, 'News agencies'],
    [notGenericAltText, 'Staff'],
    [notGenericAltText, 'Agences'],
    [notAdOrUiLabel, 'From'],
    [notAdOrUiLabel, 'Via'],
    [notAdOrUiLabel, 'Listen to this page using ReadSpeaker'],
    [notAdOrUiLabel, 'Print this article'],
  ])('%o takes the name off %j', (validator, name) => {
    expect(validator.check(cand(name), ctx())?.name ?? null).toBeNull();
  });

  it.each([
    [notPhotoCredit, 'Photon Magazine'],
    [notGenericAltText, 'Agence France-Presse'],
    [notGenericAltText, 'The Staffordshire Sentinel'],
    [notDateOrTime, 'Reuters'],
    [notAdOrUiLabel, 'From The Hip Magazine'],
    [notAdOrUiLabel, 'Listener Weekly'],
  ])('%o keeps %j', (validator, name) => {
    expect(validator.check(cand(name), ctx())?.name).toBe(name);
  });

  it('a class joined by underscores ("vb_image_source") marks a photo credit too', () => {
    const el = elementIn('<div class="vb_image_source">WeWork</div>', 'div');
    expect(notPhotoCredit.check(cand('WeWork', null, { element: el }), ctx())?.name ?? null).toBeNull();
  });

  it('a dated name ("Source: Russian Defense Ministry, October 25, 2019") is a cited statement: dropped whole', () => {
    expect(notDateOrTime.check(cand('Russian Defense Ministry, October 25, 2019', null, { signal: 'source-line' }), ctx())).toBeNull();
    expect(notDateOrTime.check(cand('Russian Defense Ministry, 25 October', null, { signal: 'source-line' }), ctx())).toBeNull();
  });

  it("a person's name as a link in an author box leads to a person's page: dropped with its address", () => {
    const link = elementIn('<span class="post-author"><a href="https://www.blogger.example/profile/1">LinkNaija</a></span>', 'a');
    expect(notPersonPhoto.check(cand('LinkNaija', 'https://www.blogger.example/profile/1', { element: link }), ctx())).toBeNull();
    // An author's photo keeps its address (the photo may link to the outlet); only its alt text goes.
    const photo = elementIn('<div class="author"><a href="https://www.courier.example/"><img alt="Jane Roe" src="j.jpg"></a></div>', 'img');
    expect(notPersonPhoto.check(cand('Jane Roe', 'https://www.courier.example/', { element: photo }), ctx())).toMatchObject({
      name: null,
      url: 'https://www.courier.example/',
    });
  });
});

describe('names as pages print them', () => {
  it.each([
    ['https://www.newsnation.in', null],
    ['@politifact', null],
    ['Autoracing | F1 | Indy | MotoGP', 'Autoracing'],
    ['The Jerusalem Post | JPost.com', 'The Jerusalem Post'],
    ['Remember 80/90 - Memorabilia anni 80/90', 'Remember 80/90'],
    ['The Atlanta Journal-Constitution', 'The Atlanta Journal-Constitution'],
  ])('cleanSiteName(%j) is %j', (raw, want) => {
    expect(cleanSiteName(raw, 'site', null)).toBe(want);
  });

  it("takes the part of a site name that is the host's word, and the registry's spelling of a lowercase slug", () => {
    expect(cleanSiteName('Nigeria’s news platform | LinkNaija', 'linknaija', null)).toBe('LinkNaija');
    expect(cleanSiteName('usatoday', 'usatoday', 'USA Today')).toBe('USA Today');
    expect(cleanSiteName('the Guardian', 'theguardian', 'The Guardian')).toBe('the Guardian');
  });

  it('reads a short lowercase code that is the host\'s word ("nj" for nj.com) as no name, a longer lowercase brand as one', () => {
    expect(cleanSiteName('nj', 'nj', null)).toBeNull();
    expect(cleanSiteName('NJ', 'nj', null)).toBe('NJ');
    expect(cleanSiteName('nj', 'newjersey', null)).toBe('nj');
    expect(cleanSiteName('kicker', 'kicker', null)).toBe('kicker');
  });

  it('cuts a call to action and a copyright year off a credit', () => {
    expect(cleanOutletName('Futurism. Read the original article')).toBe('Futurism');
    expect(cleanOutletName('vse-diety.com, 2008')).toBe('vse-diety.com');
    // A year that is part of the name has no comma before it.
    expect(cleanOutletName('Radio 2000')).toBe('Radio 2000');
  });
});

describe('the decision on a publisher page', () => {
  const decide = (candidates: Candidate[]) =>
    decideSource({
      candidates: validateCandidates(candidates, ctx()),
      site: { name: 'The Publisher', url: 'https://www.publisher.example/' },
      pageUrl: PAGE,
      canonicalUrl: null,
      directory: DEFAULT_DIRECTORY,
      siteIsAggregator: false,
    });

  it("an unnamed link by the headline to an unknown host does not make the story someone else's", () => {
    const own = cand('The Publisher', PAGE, { signal: 'og:site_name', weight: 1, own: true });
    const got = decide([cand(null, 'https://people.example/ace'), own]);
    expect(got.republished).toBe(false);
    expect(got.source?.name).toBe('The Publisher');
  });

  it('nor does an unnamed "read more" to a home page (a cookie notice)', () => {
    const own = cand('The Publisher', PAGE, { signal: 'og:site_name', weight: 1, own: true });
    expect(decide([cand(null, 'http://www.aboutcookies.example/', { signal: 'read-more-link' }), own]).republished).toBe(false);
  });

  it('a site the registry names like a host ("Cleveland.com") keeps that name over its own lowercase slug ("cleveland")', () => {
    const page = 'https://www.cleveland.com/entertainment/2019/11/story.html';
    const got = decideSource({
      candidates: [cand('cleveland', null, { signal: 'jsonld-publisher', weight: 1, own: true })],
      site: { name: 'Cleveland.com', url: 'https://www.cleveland.com/' },
      pageUrl: page,
      canonicalUrl: null,
      directory: DEFAULT_DIRECTORY,
      siteIsAggregator: false,
      siteNamedByHostOnly: true,
    });
    expect(got.source?.name).toBe('Cleveland.com');
  });

  it('but an unnamed canonical on another site with an article path still says republished', () => {
    const got = decide([cand(null, 'https://www.city.example.gov/news/break-in-two-cars', { signal: 'canonical-elsewhere' })]);
    expect(got.republished).toBe(true);
    expect(got.source).toBeNull();
  });
});
