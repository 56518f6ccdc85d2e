import { JSDOM } from 'jsdom';
import type { Article, ExtractErrorCode } from '../utils/core/extract/types';
import { extractArticle } from '../utils/core/extract';
import { decodePageBytes, parseHtmlDocument } from './load-page';
import { sanitizeForOutput } from './render-article';

/**
 * One page through the CLI: bytes -> DOM (linkedom) -> core -> sanitized
 * Article. Shared by `extract`, `extract --batch` and the benchmark.
 */

/** Pages bigger than this are refused before parsing (parse time grows with size). */
export const MAX_PAGE_BYTES = 15 * 1024 * 1024;
/** Refuse before parsing when the markup holds far more tags than the core accepts. */
const MAX_RAW_TAGS = 60_000;

export type PageOutcome =
  | { ok: true; article: Article; ms: Timings }
  | { ok: false; error: { code: ExtractErrorCode; message: string }; ms: Timings };

export interface Timings {
  parse: number;
  extract: number;
}

let sanitizerWindow: Window | null = null;
/** One jsdom window for DOMPurify, made on first use: it costs ~50 ms to create. */
function getSanitizerWindow(): Window {
  sanitizerWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return sanitizerWindow;
}

/** Runs one page. Never throws: every failure is an `ok: false` outcome with a code. */
export function runPage(bytes: Uint8Array, url: string | null): PageOutcome {
  const ms: Timings = { parse: 0, extract: 0 };
  const t0 = performance.now();
  // A page refused before parsing still cost its decoding and tag count: that time is its `parse`.
  const refuse = (code: ExtractErrorCode, message: string): PageOutcome => {
    ms.parse = performance.now() - t0;
    return { ok: false, error: { code, message }, ms };
  };
  if (bytes.length > MAX_PAGE_BYTES) {
    return refuse('TOO_LARGE', `The page is ${bytes.length} bytes; the limit is ${MAX_PAGE_BYTES}.`);
  }
  let doc: Document;
  let html: string;
  try {
    html = decodePageBytes(bytes);
    if (looksBinary(html)) return refuse('PARSE_ERROR', 'The file is not HTML (binary content).');
    if (!html.trim()) return refuse('NO_ARTICLE', 'The file is empty.');
    const rawTags = html.match(/<[a-zA-Z]/g)?.length ?? 0;
    if (rawTags > MAX_RAW_TAGS) return refuse('TOO_LARGE', `The page has about ${rawTags} tags; the limit is ${MAX_RAW_TAGS}.`);
    doc = parseHtmlDocument(html);
  } catch (error) {
    ms.parse = performance.now() - t0;
    return { ok: false, error: { code: 'PARSE_ERROR', message: messageOf(error) }, ms };
  }
  const t1 = performance.now();
  ms.parse = t1 - t0;
  try {
    const pageUrl = url ?? findDeclaredUrl(doc) ?? 'about:blank';
    const result = extractArticle(doc, pageUrl);
    if (!result.ok) {
      ms.extract = performance.now() - t1;
      return { ok: false, error: { code: result.code, message: result.message }, ms };
    }
    const article = sanitizeForOutput(result.article, getSanitizerWindow());
    ms.extract = performance.now() - t1;
    return { ok: true, article, ms };
  } catch (error) {
    ms.extract = performance.now() - t1;
    return { ok: false, error: { code: 'INTERNAL', message: messageOf(error) }, ms };
  }
}

/** The page's own address, from `<link rel=canonical>` or `og:url`, when the caller gives none. */
function findDeclaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c.trim())) return c.trim();
  }
  return null;
}

/** Many NUL or replacement characters early on: an image, a PDF or garbage, not a page. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 2000);
  if (!head) return false;
  const bad = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad > head.length * 0.05;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
