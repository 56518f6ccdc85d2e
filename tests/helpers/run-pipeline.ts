import { JSDOM } from 'jsdom';
import { parseHtmlDocument } from '../../cli/load-page';
import { sanitizeForOutput } from '../../cli/render-article';
import { runPage, type PageOutcome } from '../../cli/run-page';
import { extractArticle } from '../../utils/core/extract';
import type { Article, ExtractResult } from '../../utils/core/extract/types';
import { UNTIMED } from './untimed';

/**
 * Two ways through the CLI's path for one page: `runCliPage` is the CLI's own
 * `runPage` (bytes in, sanitized article or error code out; it turns any throw
 * into INTERNAL), and `runCliPipeline` makes the same calls one by one so that
 * a throw from the core surfaces in the test instead.
 */

const ERROR_CODES = new Set(['NO_ARTICLE', 'PARSE_ERROR', 'TOO_LARGE', 'TIMEOUT', 'IO_ERROR', 'INTERNAL']);

let outputWindow: Window | null = null;

/** One jsdom window for all sanitizing, as the CLI keeps one per process. */
export function sanitizerWindow(): Window {
  outputWindow ??= new JSDOM('').window as unknown as Window;
  return outputWindow;
}

export interface PipelineOutcome {
  result: ExtractResult;
  /** The sanitized article when extraction succeeded. */
  output: Article | null;
}

/** The page through the CLI's `runPage`, exactly as `extract` and `extract --batch` run it. */
export function runCliPage(html: string, url: string): PageOutcome {
  return runPage(new TextEncoder().encode(html), url);
}

/** Linkedom parse, `extractArticle`, `sanitizeForOutput`: the steps of `runPage`, without its catch-all. */
export function runCliPipeline(html: string, url: string, doc?: Document): PipelineOutcome {
  const parsed = doc ?? parseHtmlDocument(html);
  const result = extractArticle(parsed, url, UNTIMED);
  return { result, output: result.ok ? sanitizeForOutput(result.article, sanitizerWindow()) : null };
}

/** Problems with the shape of an `ExtractResult`; empty when it is `{ok: true, article}` or a typed failure. */
export function resultShapeProblems(result: unknown): string[] {
  if (typeof result !== 'object' || result === null) return ['result is not an object'];
  const r = result as Record<string, unknown>;
  if (r.ok === false) {
    const problems: string[] = [];
    if (typeof r.code !== 'string' || !ERROR_CODES.has(r.code)) problems.push(`unknown error code ${String(r.code)}`);
    if (typeof r.message !== 'string') problems.push('failure without a message');
    return problems;
  }
  if (r.ok !== true) return ['ok is neither true nor false'];
  const a = r.article as Record<string, unknown> | undefined;
  if (!a || typeof a !== 'object') return ['ok result without an article'];
  const problems: string[] = [];
  for (const key of ['title', 'contentHtml', 'text', 'url']) {
    if (typeof a[key] !== 'string') problems.push(`article.${key} is not a string`);
  }
  for (const key of ['links', 'related']) {
    if (!Array.isArray(a[key])) problems.push(`article.${key} is not an array`);
  }
  for (const key of ['wordCount', 'readingMinutes']) {
    if (typeof a[key] !== 'number' || !Number.isFinite(a[key])) problems.push(`article.${key} is not a finite number`);
  }
  return problems;
}

/** URL fields of a sanitized article that are not absolute http(s)/mailto addresses. */
export function unsafeArticleUrls(article: Article, isAllowed: (url: string) => boolean): string[] {
  const urls: [string, string | null][] = [
    ['canonicalUrl', article.canonicalUrl],
    ['site.url', article.site.url],
    ['source.url', article.source?.url ?? null],
    ...article.links.map((link, i): [string, string] => [`links[${i}]`, link.href]),
    ...article.related.map((item, i): [string, string | null] => [`related[${i}]`, item.href]),
  ];
  if (article.aggregator && article.aggregator.url !== '') urls.push(['aggregator.url', article.aggregator.url]);
  return urls.filter(([, url]) => url !== null && !isAllowed(url)).map(([field, url]) => `${field}=${JSON.stringify(url)}`);
}
