import type { Article, ExtractDiagnostics, ExtractErrorCode } from '../utils/core/extract/types';
import { extractArticle } from '../utils/core/extract';
import { decodePageBytes, parseHtmlDocument } from './load-page';
import { sanitizeFieldsForOutput, sanitizerOptionsFor } from './render-article';
import { sanitizeTreeToHtml } from '../utils/core/sanitize/sanitize-tree';

/**
 * One page through the CLI: bytes -> DOM (linkedom) -> core -> sanitized
 * Article. Shared by `extract`, `extract --batch` and the benchmark.
 */

/**
 * Pages bigger than this are refused before parsing: a browser tab would not
 * hold them either. Nothing else is refused for size; the core's time budget
 * degrades big pages instead (see `diagnostics.degraded`).
 */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export type PageOutcome =
  | { ok: true; article: Article; ms: Timings; diagnostics?: ExtractDiagnostics }
  | { ok: false; error: { code: ExtractErrorCode; message: string }; ms: Timings; diagnostics?: ExtractDiagnostics };

export interface Timings {
  parse: number;
  extract: number;
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
    doc = parseHtmlDocument(html);
  } catch (error) {
    ms.parse = performance.now() - t0;
    return { ok: false, error: { code: 'PARSE_ERROR', message: messageOf(error) }, ms };
  }
  const t1 = performance.now();
  ms.parse = t1 - t0;
  try {
    const pageUrl = url ?? findDeclaredUrl(doc) ?? 'about:blank';
    // The document was parsed for this call alone: the core may work on it without a copy, and the
    // body is sanitized by the allow-list walk over that same tree (no second DOM, no jsdom).
    const sanitizerOptions = sanitizerOptionsFor(pageUrl);
    let diagnostics: ExtractDiagnostics | undefined;
    const result = extractArticle(doc, pageUrl, {
      ownsDocument: true,
      spentBeforeMs: ms.parse,
      onDiagnostics: (d) => (diagnostics = d),
      serializeContent: (content) => sanitizeTreeToHtml(content, sanitizerOptions),
    });
    if (!result.ok) {
      ms.extract = performance.now() - t1;
      return { ok: false, error: { code: result.code, message: result.message }, ms, diagnostics };
    }
    const article = sanitizeFieldsForOutput(result.article);
    ms.extract = performance.now() - t1;
    return { ok: true, article, ms, diagnostics };
  } catch (error) {
    ms.extract = performance.now() - t1;
    return { ok: false, error: { code: 'INTERNAL', message: messageOf(error) }, ms };
  }
}

/** The page's own address, from `<link rel=canonical>` or `og:url`, when the caller gives none. */
function findDeclaredUrl(doc: Document): string | null {
  // `name=` and `value=`: how pages saved through Mercury's preprocessing print og:url.
  const ogUrl = doc.querySelector('meta[property="og:url"], meta[name="og:url"]');
  const candidates = [doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), ogUrl?.getAttribute('content') ?? ogUrl?.getAttribute('value')];
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
