import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodePageBytes, unpackPageBytes } from '../../cli/load-page';
import { runPage } from '../../cli/run-page';
import { BIG_PAGES } from './big-pages';
import type { BenchPage, LoadedCorpus } from './corpora';
import { READABILITY_TEST_URL } from './corpora';
import { summarize, type TimingSummary } from './stats';

/**
 * Time per page the way a user waits (issue 11): ours = the CLI's `runPage`
 * (decode, linkedom parse, the whole core, the sanitized Article), against
 * plain Readability 0.6.0 = decode, linkedom parse and `new Readability(doc).parse()`
 * on that document (no clone, no sanitizer). Both in this process, page by
 * page, interleaved, so machine load hits both alike.
 */

export interface UserWaitCorpus {
  name: string;
  pages: number;
  /** Timings per page on each side; the page's time is their median. */
  rounds: number;
  ours: TimingSummary;
  readability: TimingSummary;
  ratioMedian: number;
  ratioP95: number;
}

export interface BigPageRow {
  id: string;
  description: string;
  expectedBlocks: number | null;
  ours: { ms: number | null; answer: string; blocks: number; degraded: string[] };
  readability: { ms: number | null; answer: string; blocks: number };
}

export interface BigPageReport {
  rows: BigPageRow[];
  /** Peak RSS of one process running our pipeline over all the big pages in a row. */
  oursBatchPeakRssMb: number | null;
  readabilityTimeoutMs: number;
}

function timeOurs(page: BenchPage): number {
  const bytes = unpackPageBytes(page.readBytes(), page.fileName);
  const start = performance.now();
  runPage(bytes, page.url);
  return performance.now() - start;
}

function timeReadability(page: BenchPage): number {
  const bytes = unpackPageBytes(page.readBytes(), page.fileName);
  const start = performance.now();
  const { document } = parseHTML(decodePageBytes(bytes));
  try {
    new Readability(document).parse();
  } catch {
    // Readability throws on some real pages (content it finds outside <body>); its wait ends there.
  }
  return performance.now() - start;
}

/**
 * Each page `rounds` times on each side, alternating which side goes first;
 * a page's time is its median over the rounds, so one GC pause or scheduler
 * hiccup does not decide a page (single shots moved the 9-page median by 0.3x).
 */
export function measureUserWait(name: string, pages: readonly BenchPage[], rounds: number): UserWaitCorpus {
  const ours: number[] = [];
  const readability: number[] = [];
  for (const page of pages) {
    const mine: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < Math.max(1, rounds); round++) {
      // Alternate which runs first, so neither always meets a warm cache.
      if ((ours.length + round) % 2 === 0) {
        mine.push(timeOurs(page));
        theirs.push(timeReadability(page));
      } else {
        theirs.push(timeReadability(page));
        mine.push(timeOurs(page));
      }
    }
    ours.push(medianOf(mine));
    readability.push(medianOf(theirs));
  }
  const o = summarize(ours);
  const r = summarize(readability);
  return { name, pages: pages.length, rounds: Math.max(1, rounds), ours: o, readability: r, ratioMedian: o.median / r.median, ratioP95: o.p95 / r.p95 };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Real aggregator pages: Readability's yahoo-* and msn test pages plus the shared real aggregator set. */
export function loadRealAggregatorPages(corpusDir: string): LoadedCorpus {
  const pages: BenchPage[] = [];
  const readabilityDir = path.join(corpusDir, 'readability-test-pages', 'pages');
  for (const name of existsSync(readabilityDir) ? readdirSync(readabilityDir).sort() : []) {
    const file = path.join(readabilityDir, name, 'source.html');
    if (!/^(?:yahoo-\d+|msn)$/.test(name) || !existsSync(file)) continue;
    pages.push(pageOf(name, file, READABILITY_TEST_URL));
  }
  const realDir = path.join(corpusDir, 'aggregators-real');
  for (const name of existsSync(realDir) ? readdirSync(realDir).sort() : []) {
    const file = path.join(realDir, name, 'page.html');
    const truth = path.join(realDir, name, 'truth.json');
    if (!existsSync(file) || !existsSync(truth)) continue;
    const url = (JSON.parse(readFileSync(truth, 'utf8')) as { url?: string }).url ?? 'https://example.invalid/';
    pages.push(pageOf(name, file, url));
  }
  const notes = pages.length ? [] : [`skipped: no yahoo-*/msn pages or aggregators-real folder under ${corpusDir}`];
  return { name: 'real', label: 'Real aggregator pages (Readability yahoo-*/msn + aggregators-real)', available: pages.length > 0, notes, pages };
}

function pageOf(id: string, file: string, url: string): BenchPage {
  return {
    id,
    url,
    fileName: path.basename(file),
    readBytes: () => readFileSync(file),
    truthText: () => '',
    leakProbes: [],
    sourceName: null,
    noArticle: false,
  };
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'big-page-child.ts');

interface ChildLine {
  id: string;
  ms: number;
  answer: string;
  blocks: number;
  degraded?: string[];
  maxRssMb: number;
}

function runChild(id: string, who: 'ours' | 'readability', timeoutMs: number): ChildLine[] | null {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, id, who], { timeout: timeoutMs, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ChildLine);
  } catch {
    return null;
  }
}

/** Each big page in its own child process for each side (killed after `timeoutMs`); ours also all in one process, for the batch's peak memory. */
export function measureBigPages(timeoutMs: number, progress: (line: string) => void): BigPageReport {
  // Memory as the CLI batch would use it: all seven pages one after another in one process.
  progress('big pages: ours, all seven in one process (peak memory)');
  const batch = runChild('all', 'ours', timeoutMs * BIG_PAGES.length) ?? [];
  const rows: BigPageRow[] = BIG_PAGES.map((page) => {
    // Time in a fresh process each, as for Readability: neither side inherits the other pages' heap.
    progress(`big pages: ours and Readability on ${page.id}`);
    const mine = runChild(page.id, 'ours', timeoutMs)?.[0];
    const theirs = runChild(page.id, 'readability', timeoutMs)?.[0];
    return {
      id: page.id,
      description: page.description,
      expectedBlocks: page.paragraphs,
      ours: mine
        ? { ms: mine.ms, answer: mine.answer, blocks: mine.blocks, degraded: mine.degraded ?? [] }
        : { ms: null, answer: 'CRASH', blocks: 0, degraded: [] },
      readability: theirs
        ? { ms: theirs.ms, answer: theirs.answer, blocks: theirs.blocks }
        : { ms: null, answer: `no answer in ${timeoutMs / 1000} s`, blocks: 0 },
    };
  });
  return { rows, oursBatchPeakRssMb: batch.length ? Math.max(...batch.map((l) => l.maxRssMb)) : null, readabilityTimeoutMs: timeoutMs };
}
