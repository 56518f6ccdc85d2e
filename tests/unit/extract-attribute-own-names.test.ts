import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract';
import { DEFAULT_DIRECTORY, gatherSourceEvidence, validateCandidates } from '../../utils/core/extract/attribute';
import { isSameOutlet } from '../../utils/core/extract/attribute/names';
import type { Candidate } from '../../utils/core/extract/attribute/types';
import { isSiteHome } from '../../utils/core/domain/hosts';
import { PAGE_URL, analyse, parse, storyPage } from '../helpers/extract-stages';

/**
 * Publishers' own pages that the rules took for someone else's story, or whose furniture they read as
 * an outlet. Each shape was read by eye on real pages of Fundus's test data (flairNLP/fundus, MIT):
 * mainichi.jp, nikkei.com, taipeitimes.com, ntv.com.tr, heise.de, faz.net, zeit.de, telegraph.co.uk,
 * citizen.co.za, 20min.ch, mallorcamagazin.com. Written small here, on an invented host.
 */
const OG = '<meta property="og:site_name" content="The Harbour Gazette">';
const jsonLd = (data: object) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...data })}</script>`;
const HOME = 'https://www.harbour-gazette.example/';

function attribution(parts: Parameters<typeof storyPage>[0]) {
  const result = extractArticle(parse(storyPage(parts)), PAGE_URL);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return { source: result.article.source?.name ?? null, aggregator: result.article.aggregator?.name ?? null, article: result.article };
}

/** The candidates that survive validation, as the decision sees them. */
function validNames(parts: Parameters<typeof storyPage>[0], signal?: string): Array<string | null> {
  const doc = parse(storyPage(parts));
  const { scan, metadata, landmarks } = analyse(doc);
  const candidates = gatherSourceEvidence(doc, landmarks, metadata, PAGE_URL, scan).candidates;
  const site = { name: 'The Harbour Gazette', url: HOME };
  return validateCandidates(candidates, { site, pageUrl: PAGE_URL, bylinePeople: [], directory: DEFAULT_DIRECTORY })
    .filter((c: Candidate) => !signal || c.signal === signal)
    .map((c) => c.name);
}

describe('the site under another of its names', () => {
  it('a JSON-LD publisher or author organization whose home page is this site is the site, under any name ("毎日新聞" on mainichi.jp)', () => {
    const own = (data: object) => {
      const doc = parse(storyPage({ head: jsonLd(data) }));
      const { scan, metadata, landmarks } = analyse(doc);
      return gatherSourceEvidence(doc, landmarks, metadata, PAGE_URL, scan)
        .candidates.filter((c) => c.signal.startsWith('jsonld-'))
        .map((c) => [c.signal, c.name, !!c.own]);
    };
    const home = { '@type': 'Organization', name: '港湾新報', url: HOME };
    expect(own({ publisher: home, author: home })).toEqual([
      ['jsonld-author-organization', '港湾新報', true],
      ['jsonld-publisher', '港湾新報', true],
    ]);
    // A profile page on the site is where the site lists an author's stories, not the author's home.
    const profile = { '@type': 'Organization', name: 'Deutsche Presse-Agentur', url: `${HOME}verfasser/dpa.html` };
    expect(own({ author: profile })).toEqual([['jsonld-author-organization', 'Deutsche Presse-Agentur', false]]);
    expect(isSiteHome('https://www.harbour-gazette.example', PAGE_URL)).toBe(true);
    expect(isSiteHome('https://harbour-gazette.example/index.html', PAGE_URL)).toBe(true);
    expect(isSiteHome(`${HOME}?ref=1`, PAGE_URL)).toBe(false);
    expect(isSiteHome('https://www.valley-courier.example/', PAGE_URL)).toBe(false);
  });

  it("a wire's author entry linking to its profile page on the site still credits the wire (dpa on mallorcamagazin.com)", () => {
    const dpa = { '@type': 'Organization', name: 'Deutsche Presse-Agentur', url: `${HOME}verfasser/dpa.html` };
    const { source, aggregator } = attribution({ head: OG + jsonLd({ author: dpa }) });
    expect(['dpa', 'Deutsche Presse-Agentur']).toContain(source);
    expect(aggregator).toBe('The Harbour Gazette');
  });

  it('a sourceOrganization on the site that og:site_name also names is a desk of the site (heise.de/security)', () => {
    const desk = '<meta property="og:site_name" content="Security">';
    const { source, aggregator } = attribution({
      head: desk + jsonLd({ sourceOrganization: { '@id': `${HOME}security`, '@type': 'Organization', name: 'Security' } }),
    });
    expect(aggregator).toBeNull();
    expect(source).not.toBeNull();
    // The candidate itself says so; under another og:site_name the desk is a supplier again.
    const ownFlag = (siteName: string) => {
      const doc = parse(
        storyPage({
          head:
            `<meta property="og:site_name" content="${siteName}">` +
            jsonLd({ sourceOrganization: { '@id': `${HOME}security`, '@type': 'Organization', name: 'Security' } }),
        }),
      );
      const { scan, metadata, landmarks } = analyse(doc);
      return gatherSourceEvidence(doc, landmarks, metadata, PAGE_URL, scan).candidates.find((c) => c.signal === 'jsonld-sourceOrganization')?.own;
    };
    expect(ownFlag('Security')).toBe(true);
    expect(ownFlag('The Harbour Gazette')).toBe(false);
  });

  it('"Source: F.A.Z." on the Frankfurter Allgemeine Zeitung: its initials, not another outlet', () => {
    expect(isSameOutlet('F.A.Z.', 'Frankfurter Allgemeine Zeitung')).toBe(true);
    expect(isSameOutlet('NYT', 'The New York Times')).toBe(true);
    expect(isSameOutlet('AFP', 'Agence France-Presse')).toBe(true);
    // Two letters stand for too many names; lower case is a word, not initials.
    expect(isSameOutlet('AP', 'Arizona Post')).toBe(false);
    expect(isSameOutlet('faz', 'Frankfurter Allgemeine Zeitung')).toBe(false);
    expect(isSameOutlet('BBC', 'The Harbour Gazette')).toBe(false);
    const { source, aggregator } = attribution({ head: OG, after: '<p class="footer-source">Source: T.H.G.</p>' });
    expect(source).toBe('The Harbour Gazette');
    expect(aggregator).toBeNull();
  });

  it('a canonical address on the host the site name spells is its own page seen from a copy (quantamagazine.org)', () => {
    const canonical = '<link rel="canonical" href="https://www.harbourgazette.example/news/2025/06/06/dredging-plan">';
    const own = attribution({ head: OG + canonical });
    expect(own.source).toBe('The Harbour Gazette');
    expect(own.aggregator).toBeNull();
    expect(own.article.originalUrl).toBeNull();
    // Another outlet's host is still the address of someone else's original.
    const elsewhere = '<link rel="canonical" href="https://www.valley-courier.example/news/2025/06/06/dredging-plan">';
    expect(attribution({ head: OG + elsewhere }).article.originalUrl).toBe('https://www.valley-courier.example/news/2025/06/06/dredging-plan');
  });
});

describe('furniture that names no outlet', () => {
  it("a share bar's services (an SVG titled 'X Icon' in `e-social-share__provider`) are where to share, not who wrote", () => {
    const share =
      '<ul class="e-social-share"><li class="e-social-share__provider"><a href="https://twitter.com/intent/tweet?url=x"><svg><title>X Icon</title></svg></a></li>' +
      '<li class="e-social-share__provider"><a href="https://www.facebook.com/sharer.php?u=x"><svg><title>Facebook Icon</title></svg></a></li></ul>';
    expect(validNames({ head: OG, header: share })).not.toEqual(expect.arrayContaining(['X Icon']));
    expect(validNames({ head: OG, header: share })).not.toEqual(expect.arrayContaining(['Facebook Icon']));
    expect(attribution({ head: OG, header: share }).aggregator).toBeNull();
  });

  it('a story photo by the headline, its class saying `image__source`, is a photo: its alt is no provider', () => {
    const photo = '<img class="article-body-image__source" src="/p.jpg" alt="best clothes airers 2023" width="1280" height="800">';
    expect(validNames({ head: OG, header: photo }, 'provider-logo')).toEqual([]);
    const figure = '<figure><img class="provider-logo" src="/p.jpg" alt="best clothes airers 2023"></figure>';
    expect(validNames({ head: OG, header: figure }, 'provider-logo')).toEqual([]);
    // A provider's logo, small, still names it.
    const logo = '<span class="source-logo"><img src="/l.png" alt="Valley Courier" width="90" height="24"></span>';
    expect(validNames({ head: OG, header: logo }, 'provider-logo')).toEqual(['Valley Courier']);
  });

  it('"Read more on these topics" heads a tag list; "Read more on Valley Courier" is a credit', () => {
    expect(validNames({ head: OG, after: '<h3>Read more on these topics</h3>' }, 'read-full-story')).toEqual([]);
    expect(validNames({ head: OG, after: '<p>Read more on Valley Courier</p>' }, 'read-full-story')).toEqual(['Valley Courier']);
  });

  it('a provider label that prints its label ("Quelle: dpa") gives the name without it', () => {
    expect(validNames({ head: OG, header: '<span class="metadata__source">Quelle: dpa</span>' }, 'provider-label')).toEqual(['dpa']);
  });

  it('a page JSON embed\'s type key beside its video address ("tiktok", tiktok.com) is no credit; a source name beside an original is', () => {
    const embed = `<script type="application/json">${JSON.stringify({ embed: { source: 'tiktok', url: 'https://www.tiktok.com/@someone/video/7362946149227056416' } })}</script>`;
    expect(validNames({ head: OG, after: embed }, 'page-json')).toEqual([]);
    const credit = `<script type="application/json">${JSON.stringify({ meta: { source: 'Valley Courier', url: 'https://www.valley-courier.example/a/1' } })}</script>`;
    expect(validNames({ head: OG, after: credit }, 'page-json')).toEqual(['Valley Courier']);
  });

  it('"(Source: X)" between paragraphs, or several different "Source:" lines, cite pictures and quotes, not the story', () => {
    expect(validNames({ head: OG, inBody: '<p>(Source: Riivka)</p>' }, 'source-line')).toEqual([]);
    expect(validNames({ head: OG, inBody: '<p>Source: Riivka</p><p>Source: Havoc-DM</p>' }, 'source-line')).toEqual([]);
    expect(validNames({ head: OG, after: '<p>Source: Valley Courier</p>' }, 'source-line')).toEqual(['Valley Courier']);
  });
});

describe('the site name as the site spells it', () => {
  const siteNameAt = (url: string, publisher: string) => {
    const html = storyPage({ head: jsonLd({ publisher: { '@type': 'NewsMediaOrganization', name: publisher } }) }).replace(
      /<meta property="og:site_name"[^>]*>/,
      '',
    );
    const result = extractArticle(parse(html), url);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    return result.article.site.name;
  };

  it("respells a list's one-word label for the site ('SeznamZpravy') as the site's own publisher writes it", () => {
    expect(siteNameAt('https://www.seznamzpravy.cz/clanek/domaci-x-123', 'Seznam Zprávy')).toBe('Seznam Zprávy');
  });

  it('keeps a registry name that already has words ("The Wall Street Journal", not the publisher\'s "Wall Street Journal")', () => {
    expect(siteNameAt('https://www.wsj.com/articles/x-123', 'Wall Street Journal')).toBe('The Wall Street Journal');
  });
});
