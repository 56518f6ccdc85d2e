import { decodePageBytes, parseHtmlDocument } from '../../cli/load-page';
import { runPage } from '../../cli/run-page';
import { PATHOLOGICAL_PAGES, PATHOLOGICAL_URL } from './pathological-pages';
import { runReadability } from './runners';

/**
 * One pathological page in its own process: `tsx pathological-child.ts <page-id> <ours|readability>`.
 * A separate process can be killed when a synchronous extraction runs for
 * minutes, and its peak memory is the page's alone.
 */

export interface ChildParsed {
  stage: 'parsed';
  id: string;
  extractor: 'ours' | 'readability';
  bytes: number;
  parseMs: number;
}

export interface ChildResult {
  stage?: 'done';
  id: string;
  extractor: 'ours' | 'readability';
  bytes: number;
  parseMs: number | null;
  extractMs: number | null;
  /** The whole timed call when it is one (ours: `runPage`); else parse + extract. */
  totalMs?: number;
  code: string;
  chars: number;
  maxRssMb: number;
  error?: string;
}

function main(): ChildResult {
  const [id, extractorArg] = process.argv.slice(2);
  const extractor = extractorArg === 'readability' ? 'readability' : 'ours';
  const page = PATHOLOGICAL_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`unknown pathological page ${id}`);
  const bytes = page.build();
  const base = { id, extractor, bytes: bytes.length } as const;
  if (extractor === 'ours') return runOursAsTheCli(base, bytes);
  const start = performance.now();
  let doc: Document;
  try {
    doc = parseHtmlDocument(decodePageBytes(bytes));
  } catch (error) {
    return {
      ...base,
      parseMs: performance.now() - start,
      extractMs: null,
      code: 'PARSE_EXCEPTION',
      chars: 0,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      error: String(error).slice(0, 300),
    };
  }
  const parseMs = performance.now() - start;
  // Tell the parent now: if extraction never ends, the report still shows what parsing cost.
  process.send?.({ stage: 'parsed', id, extractor, bytes: bytes.length, parseMs });
  const r = runReadability(doc);
  return {
    ...base,
    parseMs,
    extractMs: r.extractMs,
    code: r.code,
    chars: r.textContent.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ...(r.error ? { error: r.error } : {}),
  };
}

/**
 * Ours is timed through the CLI's own `runPage` (decode, the size and binary
 * checks that refuse a page before parsing, linkedom, the core, the
 * sanitizer), so the figure is what `extract` costs a user, not a parse the
 * CLI would never make. `totalMs` is the whole call; `runPage`'s own split
 * says how much of it was parsing (or refusing) and how much extraction.
 */
function runOursAsTheCli(base: { id: string; extractor: 'ours' | 'readability'; bytes: number }, bytes: Uint8Array): ChildResult {
  const start = performance.now();
  const outcome = runPage(bytes, PATHOLOGICAL_URL);
  const totalMs = performance.now() - start;
  return {
    ...base,
    parseMs: outcome.ms.parse,
    extractMs: outcome.ms.extract,
    totalMs,
    code: outcome.ok ? 'ok' : outcome.error.code,
    chars: outcome.ok ? outcome.article.text.length : 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    // INTERNAL is runPage's word for an exception: keep its message.
    ...(!outcome.ok && outcome.error.code === 'INTERNAL' ? { error: outcome.error.message.slice(0, 300) } : {}),
  };
}

const result: ChildResult = { ...main(), stage: 'done' };
process.send?.(result, () => process.exit(0));
