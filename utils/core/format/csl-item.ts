import { attributionOf, sameName } from './attribution';
import { parseByline } from './authors';
import type { CitableArticle } from './citable';
import type { CalendarDate } from './dates';

/**
 * The one CSL-JSON item every citation is rendered from (CSL 1.0.2 data
 * schema). Every style, and the RIS, BibTeX and CSL-JSON exports, read this
 * item and nothing else, so they cannot disagree about who published what.
 *
 * - `container-title` is the ORIGINAL outlet, never the aggregator; with no
 *   established outlet (`source: null`) there is no container at all.
 * - `URL` is the original article's address when known, else the page's.
 * - `source` is the aggregator the page was read on (CSL: "the database or
 *   archive the item was retrieved from"), which MLA 9 prints as a second container.
 * - `author` holds people only: an organisation byline ("Reuters", "AFP
 *   Staff") is not an author, and the styles then fall back to the title.
 */

export type CslItemType = 'article-newspaper' | 'article-magazine' | 'webpage';

export interface CslName {
  family: string;
  given?: string;
  suffix?: string;
}

export interface CslDate {
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  type: CslItemType;
  title: string;
  'container-title'?: string;
  URL: string;
  author?: CslName[];
  issued?: CslDate;
  accessed: CslDate;
  source?: string;
  publisher?: string;
  language?: string;
}

export interface CslItemOptions {
  /** When the reader saw the page (the `accessed` date). */
  accessedAt: Date;
  /** IANA zone that turns `accessedAt` into a calendar date; default UTC. */
  timeZone?: string;
  /** The publisher, when something names one apart from the outlet (an Article carries none today). */
  publisher?: string | null;
}

/** Outlet kinds (Article.source.kind) that publish as magazines; newspapers and wires are newspaper articles. */
const MAGAZINE_KINDS = new Set(['magazine']);
/**
 * Kinds whose web pages are not newspaper articles: APA 7 (10.16) cites stories
 * of broadcasters' and online-only news sites as webpages, as do the other styles.
 */
const WEBPAGE_KINDS = new Set(['broadcaster', 'press-release', 'blog', 'online', 'website', 'portal']);

/** An outlet with no known kind is taken for a newspaper: the case the issue names as the default. */
function itemTypeOf(source: CitableArticle['source'], outlet: string | null): CslItemType {
  // Without an outlet there is no periodical to be an article of.
  if (!source || !outlet) return 'webpage';
  const kind = source.kind?.toLowerCase() ?? null;
  if (kind && MAGAZINE_KINDS.has(kind)) return 'article-magazine';
  if (kind && WEBPAGE_KINDS.has(kind)) return 'webpage';
  return 'article-newspaper';
}

function cslDate(date: CalendarDate): CslDate {
  const parts = [date.year];
  if (date.month !== null) {
    parts.push(date.month);
    if (date.day !== null) parts.push(date.day);
  }
  return { 'date-parts': [parts] };
}

/** Titles are data: white space collapsed, and never empty (an empty title would make styles print nothing). */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim() || 'Untitled';
}

function authorsOf(article: CitableArticle): CslName[] {
  const outletNames = [article.source?.name, article.site.name, article.aggregator?.name];
  return parseByline(article.byline, outletNames).flatMap((c) => {
    if (c.kind !== 'person') return [];
    const name: CslName = { family: c.family };
    if (c.given) name.given = c.given;
    if (c.suffix) name.suffix = c.suffix;
    return [name];
  });
}

/** A stable id for the one item (styles never print it; BibTeX builds its own key). */
const ITEM_ID = 'article';

export function buildCslItem(article: CitableArticle, options: CslItemOptions): CslItem {
  const attribution = attributionOf(article, { accessedAt: options.accessedAt, timeZone: options.timeZone });
  const item: CslItem = {
    id: ITEM_ID,
    type: itemTypeOf(article.source, attribution.outlet),
    title: cleanTitle(article.title),
    URL: attribution.url,
    accessed: cslDate(attribution.accessed),
  };
  if (attribution.outlet) item['container-title'] = attribution.outlet;
  const authors = authorsOf(article);
  if (authors.length) item.author = authors;
  if (attribution.published) item.issued = cslDate(attribution.published);
  // The aggregator is where the page was read, never the outlet itself (a publisher's own page has none).
  if (attribution.via && !sameName(attribution.via, attribution.outlet)) item.source = attribution.via;
  const publisher = options.publisher?.trim();
  if (publisher && !sameName(publisher, attribution.outlet)) item.publisher = publisher;
  if (article.lang) item.language = article.lang;
  return item;
}

/** The item's dates as [year, month?, day?], for the exports. */
export function dateParts(date: CslDate | undefined): { year: number; month: number | null; day: number | null } | null {
  const parts = date?.['date-parts']?.[0];
  if (!parts?.length) return null;
  return { year: parts[0], month: parts[1] ?? null, day: parts[2] ?? null };
}
