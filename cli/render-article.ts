import type { Article } from '../utils/core/extract/types';
import { createArticleSanitizer, safeHref, type ArticleSanitizer, type ArticleSanitizerOptions } from '../utils/core/sanitize/sanitize';

/**
 * The last step before the CLI prints an article. `runPage` writes the body
 * with the allow-list tree walk (`utils/core/sanitize/sanitize-tree.ts`) on
 * the linkedom tree it was extracted on, then `sanitizeFieldsForOutput` checks
 * every URL field. `sanitizeForOutput` is the DOMPurify path (the popup's
 * sanitizer on a jsdom window), kept for callers holding a body string. Every output format must start from what this returns, so that
 * `--format html|markdown|text` and `json` all carry the sanitized body and
 * only http(s)/mailto links.
 */

const sanitizers = new WeakMap<Window, Map<string, ArticleSanitizer>>();

/** One DOMPurify instance per window and option set: creating one costs more than sanitizing an article. */
function sanitizerFor(win: Window, images: boolean, baseUrl: string | null): ArticleSanitizer {
  let byOptions = sanitizers.get(win);
  if (!byOptions) {
    byOptions = new Map();
    sanitizers.set(win, byOptions);
  }
  const key = `${images ? 1 : 0} ${baseUrl ?? ''}`;
  let sanitize = byOptions.get(key);
  if (!sanitize) {
    sanitize = createArticleSanitizer(win, { images, baseUrl: baseUrl ?? undefined });
    // The cache is keyed by page address; keep it from growing without bound in a long batch.
    if (byOptions.size > 32) byOptions.clear();
    byOptions.set(key, sanitize);
  }
  return sanitize;
}

export interface RenderOptions {
  /** `false` drops images from `contentHtml` (figcaptions stay). Default `true`. */
  images?: boolean;
}

/** An http(s) base for relative URLs, or null when the page address cannot serve as one. */
function baseFor(article: Article): string | null {
  return safeHref(article.url) !== null && /^https?:/i.test(article.url) ? article.url : null;
}

/**
 * Returns a copy of `article` fit to print: `contentHtml` sanitized, and every
 * URL field (links, related items, source/site/canonical addresses) either an
 * absolute http(s)/mailto address or dropped (links and related hrefs) / null.
 * Text fields are left as they are: they are data, and every consumer must
 * render them as text, never as HTML.
 */
export function sanitizeForOutput(article: Article, win: Window, options: RenderOptions = {}): Article {
  const sanitize = sanitizerFor(win, options.images !== false, baseFor(article));
  return { ...sanitizeFieldsForOutput(article), contentHtml: sanitize(article.contentHtml) };
}

/** The sanitizer options for a page at `url`: relative URLs resolve against it only when it is http(s). */
export function sanitizerOptionsFor(url: string, options: RenderOptions = {}): ArticleSanitizerOptions {
  const base = safeHref(url) !== null && /^https?:/i.test(url) ? url : null;
  return { images: options.images !== false, ...(base ? { baseUrl: base } : {}) };
}

/**
 * Every URL field of `article` made safe, `contentHtml` left as it is: for
 * a body already written by the allow-list walk (`sanitizeTreeToHtml`).
 */
export function sanitizeFieldsForOutput(article: Article): Article {
  const base = baseFor(article);
  const links = article.links
    .map((link) => ({ ...link, href: safeHref(link.href, base) }))
    .filter((link): link is { text: string; href: string } => link.href !== null && /^https?:/i.test(link.href));
  return {
    ...article,
    canonicalUrl: safeHref(article.canonicalUrl, base),
    site: { ...article.site, url: safeHref(article.site.url, base) },
    source: article.source ? { ...article.source, url: safeHref(article.source.url, base) } : null,
    ...(article.originalUrl !== undefined ? { originalUrl: safeHref(article.originalUrl, base) } : {}),
    aggregator: article.aggregator ? { ...article.aggregator, url: safeHref(article.aggregator.url, base) ?? '' } : null,
    links,
    related: article.related.map((item) => ({ ...item, href: safeHref(item.href, base) })),
  };
}
