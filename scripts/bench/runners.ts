import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { extractArticle } from '../../utils/core/extract/index';
import { blockTextOfHtml } from './block-text';

/**
 * The extractors under test, each timed around exactly one call and each
 * answering every page: an exception becomes code `EXCEPTION`, never a crash.
 */

export interface OursOutcome {
  /** `ok`, the core's failure code, or `EXCEPTION` when it threw (it must not). */
  code: string;
  extractMs: number;
  text: string;
  sourceName: string | null;
  siteName: string | null;
  aggregatorName: string | null;
  error?: string;
}

export interface ReadabilityOutcome {
  /** `ok`, `null` (parse() found nothing) or `EXCEPTION`. */
  code: string;
  extractMs: number;
  textContent: string;
  /** The content HTML as text with a line per block; computed after the clock stops. */
  blockText: string;
  siteName: string | null;
  error?: string;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

export function runOurs(doc: Document, url: string): OursOutcome {
  const start = performance.now();
  try {
    const result = extractArticle(doc, url);
    const extractMs = performance.now() - start;
    if (!result.ok) return { code: result.code, extractMs, text: '', sourceName: null, siteName: null, aggregatorName: null };
    const { article } = result;
    return {
      code: 'ok',
      extractMs,
      text: article.text ?? '',
      sourceName: article.source?.name ?? null,
      siteName: article.site?.name ?? null,
      aggregatorName: article.aggregator?.name ?? null,
    };
  } catch (error) {
    return {
      code: 'EXCEPTION',
      extractMs: performance.now() - start,
      text: '',
      sourceName: null,
      siteName: null,
      aggregatorName: null,
      error: describe(error),
    };
  }
}

/** Plain Readability 0.6.0 with default options on a clone of the same DOM. */
export function runReadability(doc: Document): ReadabilityOutcome {
  const start = performance.now();
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    const extractMs = performance.now() - start;
    if (!parsed) return { code: 'null', extractMs, textContent: '', blockText: '', siteName: null };
    let blockText = '';
    let error: string | undefined;
    try {
      blockText = blockTextOfHtml(parsed.content ?? '');
    } catch (e) {
      error = `block text: ${describe(e)}`;
    }
    return {
      code: 'ok',
      extractMs,
      textContent: parsed.textContent ?? '',
      blockText,
      siteName: parsed.siteName ?? null,
      ...(error ? { error } : {}),
    };
  } catch (error) {
    return {
      code: 'EXCEPTION',
      extractMs: performance.now() - start,
      textContent: '',
      blockText: '',
      siteName: null,
      error: describe(error),
    };
  }
}

export interface DefuddleOutcome {
  /** `ok`, `empty` (no content) or `EXCEPTION`. */
  code: string;
  extractMs: number;
  /** The content HTML as text with a line per block; computed after the clock stops. */
  blockText: string;
  siteName: string | null;
  error?: string;
}

/** Defuddle (Obsidian's clipper) with default options on a clone of the same DOM. */
export function runDefuddle(doc: Document, url: string): DefuddleOutcome {
  const start = performance.now();
  try {
    const parsed = new DefuddleClass(doc.cloneNode(true) as Document, { url }).parse();
    const extractMs = performance.now() - start;
    const blockText = parsed.content ? blockTextOfHtml(parsed.content) : '';
    return { code: blockText.trim() ? 'ok' : 'empty', extractMs, blockText, siteName: parsed.site || null };
  } catch (error) {
    return { code: 'EXCEPTION', extractMs: performance.now() - start, blockText: '', siteName: null, error: describe(error) };
  }
}
