import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodePageBytes, parseHtmlDocument, unpackPageBytes } from '../../cli/load-page';
import type { LoadedCorpus } from './corpora';
import { summarize, type TimingSummary } from './stats';
import { scorePair, scorePairs, type ScoredPair, type ZyteMetrics } from './zyte-score';

/**
 * Plain Readability on Zyte's pages with linkedom and with jsdom, so the
 * README's choice of DOM rests on a measurement (issue 2). Same pages, same
 * Readability, same scoring (textContent); only the DOM differs.
 */

export interface DomTiming {
  parse: TimingSummary;
  extract: TimingSummary;
  total: TimingSummary;
  f1TextContent: ZyteMetrics;
  exceptions: number;
}

export interface DomCompareReport {
  pages: number;
  linkedom: DomTiming;
  jsdom: DomTiming;
  wallSeconds: number;
}

type Parser = (html: string, url: string) => { doc: Document; dispose: () => void };

const parsers: Record<'linkedom' | 'jsdom', Parser> = {
  linkedom: (html) => ({ doc: parseHtmlDocument(html), dispose: () => {} }),
  jsdom: (html, url) => {
    // A silent console: jsdom reports every CSS it cannot parse, which would flood the terminal.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    return { doc: dom.window.document, dispose: () => dom.window.close() };
  },
};

interface PageRun {
  text: string;
  parseMs: number;
  extractMs: number;
  threw: boolean;
}

function runPage(html: string, url: string, parser: Parser): PageRun {
  let dispose = () => {};
  try {
    const t0 = performance.now();
    const parsed = parser(html, url);
    const parseMs = performance.now() - t0;
    dispose = parsed.dispose;
    const t1 = performance.now();
    const article = new Readability(parsed.doc.cloneNode(true) as Document).parse();
    const extractMs = performance.now() - t1;
    return { text: article?.textContent ?? '', parseMs, extractMs, threw: false };
  } catch {
    return { text: '', parseMs: Number.NaN, extractMs: Number.NaN, threw: true };
  } finally {
    dispose();
  }
}

function measure(corpus: LoadedCorpus, parser: Parser, warmup: number): DomTiming {
  const htmlOf = (i: number) => decodePageBytes(unpackPageBytes(corpus.pages[i].readBytes(), corpus.pages[i].fileName));
  for (let i = 0; i < warmup; i++) runPage(htmlOf(i), corpus.pages[i].url, parser);
  const parse: number[] = [];
  const extract: number[] = [];
  const total: number[] = [];
  const pairs: ScoredPair[] = [];
  let exceptions = 0;
  corpus.pages.forEach((page, i) => {
    const run = runPage(htmlOf(i), page.url, parser);
    if (run.threw) exceptions++;
    pairs.push(scorePair(page.truthText(), run.text));
    if (!run.threw) {
      parse.push(run.parseMs);
      extract.push(run.extractMs);
      total.push(run.parseMs + run.extractMs);
    }
  });
  return { parse: summarize(parse), extract: summarize(extract), total: summarize(total), f1TextContent: scorePairs(pairs), exceptions };
}

export function runDomCompare(corpus: LoadedCorpus, progress: (line: string) => void): DomCompareReport {
  const started = performance.now();
  const warmup = Math.min(3, corpus.pages.length);
  progress('  dom-compare: linkedom');
  const linkedom = measure(corpus, parsers.linkedom, warmup);
  progress('  dom-compare: jsdom');
  const jsdom = measure(corpus, parsers.jsdom, warmup);
  return { pages: corpus.pages.length, linkedom, jsdom, wallSeconds: (performance.now() - started) / 1000 };
}
