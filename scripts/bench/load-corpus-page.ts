import { decodePageBytes, parseHtmlDocument, unpackPageBytes } from '../../cli/load-page';
import type { BenchPage } from './corpora';
import { runOurs, runReadability } from './runners';

/** One benchmark page read and parsed, and the warm-up that runs before the timed pages. */

export interface Parsed {
  doc: Document | null;
  bytes: number;
  parseMs: number | null;
  error?: string;
}

/** Reads, decodes and parses a page; the parse clock covers decoding and parsing, as the CLI does them. */
export function loadAndParse(page: BenchPage): Parsed {
  let bytes: Uint8Array;
  try {
    bytes = unpackPageBytes(page.readBytes(), page.fileName);
  } catch (error) {
    return { doc: null, bytes: 0, parseMs: null, error: `read: ${(error as Error).message}` };
  }
  const start = performance.now();
  try {
    const html = page.forceUtf8 ? new TextDecoder('utf-8').decode(bytes) : decodePageBytes(bytes);
    const doc = parseHtmlDocument(html);
    return { doc, bytes: bytes.length, parseMs: performance.now() - start };
  } catch (error) {
    return { doc: null, bytes: bytes.length, parseMs: performance.now() - start, error: `parse: ${(error as Error).message}` };
  }
}

/** Runs both extractors on a few pages, untimed, so that the first timed pages do not pay for JIT warm-up. */
export function warmUp(pages: readonly BenchPage[]): number {
  let done = 0;
  for (const page of pages) {
    const { doc } = loadAndParse(page);
    if (!doc) continue;
    runOurs(doc, page.url);
    runReadability(doc);
    done++;
  }
  return done;
}
