import type { CitableArticle } from './citable';
import { bareHostOf } from '../domain/hosts';
import { cleanUrl } from '../domain/clean-url';
import { calendarDateOf, parsePublishedDate, type CalendarDate } from './dates';
import type { FormatContext } from './context';

/**
 * Who and where every output credits. The original outlet (`article.source`)
 * is the one credited; the aggregator only ever appears as where the page was
 * read ("via Daily8").
 */
export interface Attribution {
  /** The original outlet's name, or null when nothing names it. */
  outlet: string | null;
  /** The URL to cite, tracking parameters removed. */
  url: string;
  /**
   * True when `url` is the original outlet's own article (the source's URL, or the
   * page itself on a publisher's own site); false when it is the aggregator's page.
   */
  urlIsOriginal: boolean;
  /** The aggregator's name when the page is one. */
  via: string | null;
  published: CalendarDate | null;
  accessed: CalendarDate;
}

/** A home page is not an article address (a source's `url` may fall back to it). */
function isArticleUrl(href: string | null): href is string {
  if (!href) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname.length > 1 || url.search.length > 1);
  } catch {
    return false;
  }
}

function sameUrl(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const norm = (s: string) =>
    cleanUrl(s)
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '');
  return norm(a) === norm(b);
}

export function attributionOf(article: CitableArticle, ctx: Pick<FormatContext, 'accessedAt' | 'timeZone'>): Attribution {
  const source = article.source;
  const outlet = source ? source.name?.trim() || bareHostOf(source.url) || null : null;
  const via = article.aggregator?.name?.trim() || null;
  let url: string;
  let urlIsOriginal: boolean;
  // The source's URL is the original article unless it merely repeats the site's home (publisher pages).
  const sourceUrl = source?.url ?? article.originalUrl ?? null;
  if (isArticleUrl(sourceUrl) && !sameUrl(sourceUrl, article.site.url) && !sameUrl(sourceUrl, article.aggregator?.url ?? null)) {
    url = sourceUrl;
    urlIsOriginal = true;
  } else {
    url = article.canonicalUrl || article.url;
    // Without an aggregator the page is the publisher's own, so its address is the original.
    urlIsOriginal = via === null;
  }
  return {
    outlet,
    url: cleanUrl(url),
    urlIsOriginal,
    via,
    published: parsePublishedDate(article.publishedTime),
    accessed: calendarDateOf(ctx.accessedAt, ctx.timeZone),
  };
}

/** Names compared loosely: case, punctuation and a leading "The" do not matter. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const na = norm(a);
  return na !== '' && na === norm(b);
}
