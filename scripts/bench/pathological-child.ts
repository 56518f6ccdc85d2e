import { decodePageBytes, parseHtmlDocument } from '../../cli/load-page';
import { PATHOLOGICAL_PAGES, PATHOLOGICAL_URL } from './pathological-pages';
import { runOurs, runReadability } from './runners';

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
  const start = performance.now();
  let doc: Document;
  try {
    doc = parseHtmlDocument(decodePageBytes(bytes));
  } catch (error) {
    return {
      ...base, parseMs: performance.now() - start, extractMs: null, code: 'PARSE_EXCEPTION', chars: 0,
      maxRssMb: process.resourceUsage().maxRSS / 1024, error: String(error).slice(0, 300),
    };
  }
  const parseMs = performance.now() - start;
  // Tell the parent now: if extraction never ends, the report still shows what parsing cost.
  process.send?.({ stage: 'parsed', id, extractor, bytes: bytes.length, parseMs });
  if (extractor === 'ours') {
    const r = runOurs(doc, PATHOLOGICAL_URL);
    return { ...base, parseMs, extractMs: r.extractMs, code: r.code, chars: r.text.length, maxRssMb: process.resourceUsage().maxRSS / 1024, ...(r.error ? { error: r.error } : {}) };
  }
  const r = runReadability(doc);
  return { ...base, parseMs, extractMs: r.extractMs, code: r.code, chars: r.textContent.length, maxRssMb: process.resourceUsage().maxRSS / 1024, ...(r.error ? { error: r.error } : {}) };
}

const result: ChildResult = { ...main(), stage: 'done' };
process.send?.(result, () => process.exit(0));
