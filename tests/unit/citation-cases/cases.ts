import type { Article } from '../../../utils/core/extract/types';
import { makeArticle, publisherPage } from './make-article';

/**
 * Articles that citations are tested on, each with the Markdown link line
 * written by hand. The style entries for them are in citation-styles.test.ts.
 * All cases use access date 29 November 2026.
 */
export interface CitationCase {
  name: string;
  article: Article;
  /** The project's own Markdown link line. */
  markdown: string;
}

const BI_URL = 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';
const NYT_URL = 'https://www.nytimes.com/2023/01/20/climate/gas-stoves-cities.html';
const BBC_URL = 'https://www.bbc.com/news/articles/c1234567890o';
const REUTERS_OIL = 'https://www.reuters.com/business/energy/oil-prices-fall-2025-09-03/';
const REUTERS_FED = 'https://www.reuters.com/markets/us/fed-holds-rates-2025-07-30/';
const ABC_URL = 'https://abcnews.go.com/US/wireStory/storm-knocks-power-texas-122345678';
const VERGE_URL = 'https://www.theverge.com/23719734/best-ereader';
const SZ_URL = 'https://www.sueddeutsche.de/wirtschaft/waermepumpen-foerderung-1.7654321?reduced=true';
const LM_URL = 'https://www.lemonde.fr/economie/article/2025/02/10/age-de-la-retraite_6543210_3234.html';
const MSN_URL = 'https://www.msn.com/en-us/news/world/inside-the-race-to-rebuild-gaza-s-hospitals/ar-AA1abcde';

export const CASES: CitationCase[] = [
  {
    // Seed page: aggregator page (source ≠ site), no byline -> outlet as APA group author, site omitted; MLA second container; "via" in BibTeX/Markdown.
    name: 'seed: Business Insider via Daily8, no byline',
    article: makeArticle({
      title: 'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities',
      url: 'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1',
      canonicalUrl: 'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1',
      publishedTime: '2025-06-06T09:12:00Z',
      site: { name: 'Daily8', url: 'https://www.daily8.com/' },
      source: { name: 'Business Insider', url: BI_URL },
      aggregator: { name: 'Daily8', url: 'https://www.daily8.com/', signals: ['related-feed'] },
    }),
    markdown: `[Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities](${BI_URL}) — Business Insider, 6 June 2025 (via Daily8)`,
  },
  {
    // One author on the publisher's own page; offset time 22:30-05:00 keeps the publisher's date (Jan 20), not UTC's Jan 21; share param smid removed.
    name: 'one author, publisher page, late-evening offset time',
    article: makeArticle({
      title: 'Why some cities are banning gas stoves',
      byline: 'Brad Plumer',
      url: `${NYT_URL}?smid=url-share`,
      publishedTime: '2023-01-20T22:30:00-05:00',
      ...publisherPage('The New York Times', 'https://www.nytimes.com/'),
    }),
    markdown: `[Why some cities are banning gas stoves](${NYT_URL}) — The New York Times, 20 January 2023`,
  },
  {
    // Two authors joined by "&": APA "A, & B"; MLA "Last, First, and First Last"; MLA and Chicago lowercase the preposition "across".
    name: 'two authors',
    article: makeArticle({
      title: 'Heatwave breaks records across Europe',
      byline: 'Jane Doe & John Smith',
      lang: 'en-GB',
      url: BBC_URL,
      canonicalUrl: BBC_URL,
      publishedTime: '2024-07-18',
      ...publisherPage('BBC News', 'https://www.bbc.com/news'),
    }),
    markdown: `[Heatwave breaks records across Europe](${BBC_URL}) — BBC News, 18 July 2024`,
  },
  {
    // Four authors: APA lists all with "&"; MLA "et al." after the first; Chicago lists up to ten; MLA capitalizes the conjunction "As", Chicago lowercases "as"; utm_*/taid stripped; "Sept." in MLA.
    name: 'four authors',
    article: makeArticle({
      title: 'Oil prices fall as OPEC+ weighs output hike',
      byline: "Maria Schmidt, Ahmed Khan, Liam Walsh and Sarah O'Connor",
      url: `${REUTERS_OIL}?utm_source=twitter&utm_medium=social&taid=68b8a1`,
      publishedTime: '2025-09-03T14:05:00Z',
      ...publisherPage('Reuters', 'https://www.reuters.com/'),
    }),
    markdown: `[Oil prices fall as OPEC+ weighs output hike](${REUTERS_OIL}) — Reuters, 3 September 2025`,
  },
  {
    // Organization crediting itself ("Reuters Staff" on Reuters): APA group author with site omitted; MLA/Chicago start with the title; never named twice.
    name: 'organization as author (the outlet itself)',
    article: makeArticle({
      title: 'Fed holds rates steady',
      byline: 'Reuters Staff',
      url: REUTERS_FED,
      publishedTime: '2025-07-30T18:00:00Z',
      ...publisherPage('Reuters', 'https://www.reuters.com/'),
    }),
    markdown: `[Fed holds rates steady](${REUTERS_FED}) — Reuters, 30 July 2025`,
  },
  {
    // Organization author other than the outlet (wire story): the agency is the author, the outlet stays as site/container; "Out" is a verb particle, capitalized.
    name: 'organization author distinct from outlet',
    article: makeArticle({
      title: 'Storm knocks out power to thousands in Texas',
      byline: 'Associated Press',
      url: ABC_URL,
      publishedTime: '2025-05-28',
      ...publisherPage('ABC News', 'https://abcnews.go.com/'),
    }),
    markdown: `[Storm knocks out power to thousands in Texas](${ABC_URL}) — ABC News, 28 May 2025`,
  },
  {
    // No date: APA "(n.d.)" without retrieval date; MLA "Accessed 29 Nov. 2026." at the end; Chicago "Accessed November 29, 2026." before the URL; BibTeX no date, key "nd".
    name: 'no publication date',
    article: makeArticle({
      title: 'The best e-readers to buy right now',
      byline: 'Priya Natarajan',
      url: VERGE_URL,
      ...publisherPage('The Verge', 'https://www.theverge.com/'),
    }),
    markdown: `[The best e-readers to buy right now](${VERGE_URL}) — The Verge, accessed 29 November 2026`,
  },
  {
    // German title with umlauts: no English title case in MLA/Chicago; BibTeX protects capitalized nouns, key transliterated to ASCII (Müller -> muller); non-tracking param kept; +01:00 date kept.
    name: 'German title with diacritics',
    article: makeArticle({
      title: 'Bundesregierung plant höhere Förderung für Wärmepumpen',
      byline: 'Jürgen Müller',
      lang: 'de',
      url: SZ_URL,
      publishedTime: '2025-03-14T06:30:00+01:00',
      ...publisherPage('Süddeutsche Zeitung', 'https://www.sueddeutsche.de/'),
    }),
    markdown: `[Bundesregierung plant höhere Förderung für Wärmepumpen](${SZ_URL}) — Süddeutsche Zeitung, 14 March 2025`,
  },
  {
    // French title, no byline: APA outlet as group author (site omitted); MLA/Chicago start with the title, French casing kept; key "Âge" -> "age".
    name: 'French title, no author',
    article: makeArticle({
      title: 'Âge de la retraite : ce que prévoit la réforme',
      lang: 'fr',
      url: LM_URL,
      publishedTime: '2025-02-10T17:45:00+01:00',
      ...publisherPage('Le Monde', 'https://www.lemonde.fr/'),
    }),
    markdown: `[Âge de la retraite : ce que prévoit la réforme](${LM_URL}) — Le Monde, 10 February 2025`,
  },
  {
    // No author and no outlet known: APA moves the (italic) title to the author position; MLA/Chicago start with the title; key falls back to "anon".
    name: 'no author, no outlet',
    article: makeArticle({
      title: 'Community garden opens downtown',
      url: 'https://example.org/news/community-garden',
      publishedTime: '2024-04-02',
    }),
    markdown: '[Community garden opens downtown](https://example.org/news/community-garden) — 2 April 2024',
  },
  {
    // Aggregator page, original URL unknown: the outlet is credited, the aggregator's page (ocid/cvid/ei stripped) is named as where it was read: APA/Chicago site slot, MLA second container with the URL.
    name: 'aggregator page without original URL',
    article: makeArticle({
      title: "Inside the race to rebuild Gaza's hospitals",
      byline: 'Bel Trew',
      url: `${MSN_URL}?ocid=msedgntp&cvid=9f1c2d&ei=12`,
      publishedTime: '2025-01-15T08:00:00Z',
      site: { name: 'MSN', url: 'https://www.msn.com/' },
      source: { name: 'The Independent', url: null },
      aggregator: { name: 'MSN', url: 'https://www.msn.com/', signals: ['provider-logo'] },
    }),
    markdown: `[Inside the race to rebuild Gaza's hospitals](${MSN_URL}) — The Independent, 15 January 2025 (via MSN)`,
  },
];
