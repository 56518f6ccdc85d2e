import type { Article } from '../../../utils/core/extract/types';
import { makeArticle, publisherPage } from './make-article';

/**
 * Golden citations, written by hand from the manuals (APA 7 §9-10, MLA 9
 * chapter 5, CMOS 17 §14, biblatex @online), not from the code's output.
 * Notation: *...* marks italics (plain text drops the asterisks, HTML uses <i>);
 * a bare https://... is the cited URL (HTML links it). BibTeX and Markdown
 * lines are given exactly. All cases use access date 29 November 2026.
 */
export interface CitationCase {
  name: string;
  article: Article;
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
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
    apa: `Business Insider. (2025, June 6). *Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities*. ${BI_URL}`,
    mla: `“Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” *Business Insider*, 6 June 2025, ${BI_URL}. *Daily8*.`,
    chicago: `“Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” *Business Insider*, June 6, 2025. ${BI_URL}.`,
    bibtex: [
      '@online{businessinsider2025ukraine,',
      '  title = {Ukraine has accused {China} of supplying key equipment and supplies to {Russian} defense manufacturing facilities},',
      '  organization = {Business Insider},',
      '  date = {2025-06-06},',
      `  url = {${BI_URL}},`,
      '  urldate = {2026-11-29},',
      '  note = {via Daily8},',
      '}',
    ].join('\n'),
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
    apa: `Plumer, B. (2023, January 20). *Why some cities are banning gas stoves*. The New York Times. ${NYT_URL}`,
    mla: `Plumer, Brad. “Why Some Cities Are Banning Gas Stoves.” *The New York Times*, 20 Jan. 2023, ${NYT_URL}.`,
    chicago: `Plumer, Brad. “Why Some Cities Are Banning Gas Stoves.” *The New York Times*, January 20, 2023. ${NYT_URL}.`,
    bibtex: [
      '@online{plumer2023why,',
      '  author = {Plumer, Brad},',
      '  title = {Why some cities are banning gas stoves},',
      '  organization = {The New York Times},',
      '  date = {2023-01-20},',
      `  url = {${NYT_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Doe, J., & Smith, J. (2024, July 18). *Heatwave breaks records across Europe*. BBC News. ${BBC_URL}`,
    mla: `Doe, Jane, and John Smith. “Heatwave Breaks Records across Europe.” *BBC News*, 18 July 2024, ${BBC_URL}.`,
    chicago: `Doe, Jane, and John Smith. “Heatwave Breaks Records across Europe.” *BBC News*, July 18, 2024. ${BBC_URL}.`,
    bibtex: [
      '@online{doe2024heatwave,',
      '  author = {Doe, Jane and Smith, John},',
      '  title = {Heatwave breaks records across {Europe}},',
      '  organization = {BBC News},',
      '  date = {2024-07-18},',
      `  url = {${BBC_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Schmidt, M., Khan, A., Walsh, L., & O'Connor, S. (2025, September 3). *Oil prices fall as OPEC+ weighs output hike*. Reuters. ${REUTERS_OIL}`,
    mla: `Schmidt, Maria, et al. “Oil Prices Fall As OPEC+ Weighs Output Hike.” *Reuters*, 3 Sept. 2025, ${REUTERS_OIL}.`,
    chicago: `Schmidt, Maria, Ahmed Khan, Liam Walsh, and Sarah O'Connor. “Oil Prices Fall as OPEC+ Weighs Output Hike.” *Reuters*, September 3, 2025. ${REUTERS_OIL}.`,
    bibtex: [
      '@online{schmidt2025oil,',
      "  author = {Schmidt, Maria and Khan, Ahmed and Walsh, Liam and O'Connor, Sarah},",
      '  title = {Oil prices fall as {OPEC+} weighs output hike},',
      '  organization = {Reuters},',
      '  date = {2025-09-03},',
      `  url = {${REUTERS_OIL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Reuters. (2025, July 30). *Fed holds rates steady*. ${REUTERS_FED}`,
    mla: `“Fed Holds Rates Steady.” *Reuters*, 30 July 2025, ${REUTERS_FED}.`,
    chicago: `“Fed Holds Rates Steady.” *Reuters*, July 30, 2025. ${REUTERS_FED}.`,
    bibtex: [
      '@online{reuters2025fed,',
      '  title = {Fed holds rates steady},',
      '  organization = {Reuters},',
      '  date = {2025-07-30},',
      `  url = {${REUTERS_FED}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Associated Press. (2025, May 28). *Storm knocks out power to thousands in Texas*. ABC News. ${ABC_URL}`,
    mla: `Associated Press. “Storm Knocks Out Power to Thousands in Texas.” *ABC News*, 28 May 2025, ${ABC_URL}.`,
    chicago: `Associated Press. “Storm Knocks Out Power to Thousands in Texas.” *ABC News*, May 28, 2025. ${ABC_URL}.`,
    bibtex: [
      '@online{associatedpress2025storm,',
      '  author = {{Associated Press}},',
      '  title = {Storm knocks out power to thousands in {Texas}},',
      '  organization = {ABC News},',
      '  date = {2025-05-28},',
      `  url = {${ABC_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Natarajan, P. (n.d.). *The best e-readers to buy right now*. The Verge. ${VERGE_URL}`,
    mla: `Natarajan, Priya. “The Best E-Readers to Buy Right Now.” *The Verge*, ${VERGE_URL}. Accessed 29 Nov. 2026.`,
    chicago: `Natarajan, Priya. “The Best E-Readers to Buy Right Now.” *The Verge*. Accessed November 29, 2026. ${VERGE_URL}.`,
    bibtex: [
      '@online{natarajanndbest,',
      '  author = {Natarajan, Priya},',
      '  title = {The best e-readers to buy right now},',
      '  organization = {The Verge},',
      `  url = {${VERGE_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Müller, J. (2025, March 14). *Bundesregierung plant höhere Förderung für Wärmepumpen*. Süddeutsche Zeitung. ${SZ_URL}`,
    mla: `Müller, Jürgen. “Bundesregierung plant höhere Förderung für Wärmepumpen.” *Süddeutsche Zeitung*, 14 Mar. 2025, ${SZ_URL}.`,
    chicago: `Müller, Jürgen. “Bundesregierung plant höhere Förderung für Wärmepumpen.” *Süddeutsche Zeitung*, March 14, 2025. ${SZ_URL}.`,
    bibtex: [
      '@online{muller2025bundesregierung,',
      '  author = {Müller, Jürgen},',
      '  title = {Bundesregierung plant höhere {Förderung} für {Wärmepumpen}},',
      '  organization = {Süddeutsche Zeitung},',
      '  date = {2025-03-14},',
      `  url = {${SZ_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Le Monde. (2025, February 10). *Âge de la retraite : ce que prévoit la réforme*. ${LM_URL}`,
    mla: `“Âge de la retraite : ce que prévoit la réforme.” *Le Monde*, 10 Feb. 2025, ${LM_URL}.`,
    chicago: `“Âge de la retraite : ce que prévoit la réforme.” *Le Monde*, February 10, 2025. ${LM_URL}.`,
    bibtex: [
      '@online{lemonde2025age,',
      '  title = {Âge de la retraite : ce que prévoit la réforme},',
      '  organization = {Le Monde},',
      '  date = {2025-02-10},',
      `  url = {${LM_URL}},`,
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: '*Community garden opens downtown*. (2024, April 2). https://example.org/news/community-garden',
    mla: '“Community Garden Opens Downtown.” 2 Apr. 2024, https://example.org/news/community-garden.',
    chicago: '“Community Garden Opens Downtown.” April 2, 2024. https://example.org/news/community-garden.',
    bibtex: [
      '@online{anon2024community,',
      '  title = {Community garden opens downtown},',
      '  date = {2024-04-02},',
      '  url = {https://example.org/news/community-garden},',
      '  urldate = {2026-11-29},',
      '}',
    ].join('\n'),
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
    apa: `Trew, B. (2025, January 15). *Inside the race to rebuild Gaza's hospitals*. The Independent. MSN. ${MSN_URL}`,
    mla: `Trew, Bel. “Inside the Race to Rebuild Gaza's Hospitals.” *The Independent*, 15 Jan. 2025. *MSN*, ${MSN_URL}.`,
    chicago: `Trew, Bel. “Inside the Race to Rebuild Gaza's Hospitals.” *The Independent*, January 15, 2025. MSN. ${MSN_URL}.`,
    bibtex: [
      '@online{trew2025inside,',
      '  author = {Trew, Bel},',
      "  title = {Inside the race to rebuild {Gaza's} hospitals},",
      '  organization = {The Independent},',
      '  date = {2025-01-15},',
      `  url = {${MSN_URL}},`,
      '  urldate = {2026-11-29},',
      '  note = {via MSN},',
      '}',
    ].join('\n'),
    markdown: `[Inside the race to rebuild Gaza's hospitals](${MSN_URL}) — The Independent, 15 January 2025 (via MSN)`,
  },
];
