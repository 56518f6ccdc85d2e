import { collapseForSearch } from './block-text';
import type { LoadedCorpus, ScoredCorpusName } from './corpora';
import { loadAndParse } from './load-corpus-page';
import { runDefuddle, runOurs, runReadability, type DefuddleOutcome, type OursOutcome, type ReadabilityOutcome } from './runners';
import { collectGarbage, MemorySampler, ratio, summarize, type MemoryPeak, type TimingSummary } from './stats';
import { precisionScore, recallScore, scorePair, scorePairs, type ScoredPair, type ZyteMetrics } from './zyte-score';

/**
 * Runs our core and plain Readability on every page of one scored corpus, on the
 * same parsed DOM; on the aggregator sets Defuddle too (scored, not in the ratios).
 */

/** Readability "found no article" on a page: null, or less than this much text. */
export const READABILITY_NO_ARTICLE_CHARS = 200;

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export interface PageRow {
  id: string;
  url: string;
  bytes: number;
  parseMs: number | null;
  loadError?: string;
  ours: {
    code: string;
    extractMs: number | null;
    totalMs: number | null;
    chars: number;
    score: PageScore;
    leaks: string[];
    sourceName: string | null;
    sourceRight: boolean | null;
    error?: string;
  };
  readability: {
    code: string;
    extractMs: number | null;
    totalMs: number | null;
    chars: number;
    textContentScore: PageScore;
    blockTextScore: PageScore;
    leaks: string[];
    siteName: string | null;
    sourceRight: boolean | null;
    error?: string;
  };
  /** Aggregator sets only. */
  defuddle?: { code: string; extractMs: number | null; chars: number; score: PageScore; leaks: string[]; site: string | null; sourceRight: boolean | null };
}

export interface Ratios {
  totalMedian: number;
  totalP95: number;
  extractMedian: number;
  extractP95: number;
}

export interface CorpusReport {
  name: ScoredCorpusName;
  label: string;
  available: boolean;
  notes: string[];
  pages: number;
  metrics: { ours: ZyteMetrics; readabilityTextContent: ZyteMetrics; readabilityBlockText: ZyteMetrics; defuddle?: ZyteMetrics } | null;
  /** Aggregator set only. */
  leaks: { pagesWithProbes: number; ours: number; readability: number; defuddle: number } | null;
  /** Aggregator set only: article pages with an expected source, plus no-article pages. */
  source: {
    pages: number;
    ours: number;
    readability: number;
    defuddle: number;
    noArticlePages: number;
    oursNoArticleRight: number;
    readabilityNoArticleRight: number;
    defuddleNoArticleRight: number;
  } | null;
  /** Aggregator sets only: Defuddle's extract time per page (not part of the ratios). */
  defuddleExtract?: TimingSummary;
  timing: {
    parse: TimingSummary;
    ours: { extract: TimingSummary; total: TimingSummary };
    readability: { extract: TimingSummary; total: TimingSummary };
    /** Ours divided by Readability's. */
    ratios: Ratios;
    pagesOver1s: { ours: number; readability: number };
  } | null;
  memory: MemoryPeak & { gcBetweenCorpora: boolean };
  exceptions: { load: number; ours: number; readability: number };
  wallSeconds: number;
  rows: PageRow[];
}

/** Texts per page, for `--zyte-predictions`. */
export interface Predictions {
  ours: Record<string, string>;
  readabilityTextContent: Record<string, string>;
  readabilityBlockText: Record<string, string>;
}

function pageScore(pair: ScoredPair): PageScore {
  const [tp, fp, fn] = pair.tpFpFn;
  return { tp, fp, fn, precision: precisionScore(pair.tpFpFn), recall: recallScore(pair.tpFpFn), accuracy: pair.accuracy };
}

function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return collapseForSearch(a) === collapseForSearch(b);
}

function leaksIn(texts: string[], probes: string[]): string[] {
  if (probes.length === 0) return [];
  const haystacks = texts.filter(Boolean).map(collapseForSearch);
  return probes.filter((probe) => {
    const needle = collapseForSearch(probe);
    return needle.length > 0 && haystacks.some((h) => h.includes(needle));
  });
}

const EMPTY_OURS: OursOutcome = { code: 'NOT_RUN', extractMs: Number.NaN, text: '', sourceName: null, siteName: null, aggregatorName: null };
const EMPTY_READABILITY: ReadabilityOutcome = { code: 'NOT_RUN', extractMs: Number.NaN, textContent: '', blockText: '', siteName: null };

export function runScoredCorpus(corpus: LoadedCorpus, options: { progress: (line: string) => void; predictions?: Predictions }): CorpusReport {
  const started = performance.now();
  // With --expose-gc each corpus starts from a collected heap, so its peak is its own. Not per
  // page: a forced full GC before every page made parse and extract several times slower.
  const gcBetweenCorpora = collectGarbage();
  const memory = new MemorySampler();
  memory.sample();
  const rows: PageRow[] = [];
  const pairs = { ours: [] as ScoredPair[], textContent: [] as ScoredPair[], blockText: [] as ScoredPair[], defuddle: [] as ScoredPair[] };
  const defuddleMs: number[] = [];
  const exceptions = { load: 0, ours: 0, readability: 0 };
  const times = { parse: [] as number[], oursExtract: [] as number[], oursTotal: [] as number[], rdExtract: [] as number[], rdTotal: [] as number[] };
  const isAggregatorSet = corpus.name === 'aggregators' || corpus.name === 'real';
  const leakCounts = { pagesWithProbes: 0, ours: 0, readability: 0, defuddle: 0 };
  const sourceCounts = {
    pages: 0,
    ours: 0,
    readability: 0,
    defuddle: 0,
    noArticlePages: 0,
    oursNoArticleRight: 0,
    readabilityNoArticleRight: 0,
    defuddleNoArticleRight: 0,
  };

  corpus.pages.forEach((page, index) => {
    const parsed = loadAndParse(page);
    memory.sample();
    let ours = EMPTY_OURS;
    let rd = EMPTY_READABILITY;
    let df: DefuddleOutcome | null = null;
    if (parsed.doc) {
      // Alternate who goes first so that neither always inherits the other's garbage.
      if (index % 2 === 0) {
        ours = runOurs(parsed.doc, page.url);
        memory.sample();
        rd = runReadability(parsed.doc);
      } else {
        rd = runReadability(parsed.doc);
        memory.sample();
        ours = runOurs(parsed.doc, page.url);
      }
      memory.sample();
      // After both timed runs, so that its garbage and its time never touch the ratios.
      if (isAggregatorSet) df = runDefuddle(parsed.doc, page.url);
    } else {
      exceptions.load++;
    }
    if (ours.code === 'EXCEPTION') exceptions.ours++;
    if (rd.code === 'EXCEPTION') exceptions.readability++;

    let truth = '';
    try {
      truth = page.truthText();
    } catch (error) {
      corpus.notes.push(`${page.id}: truth unreadable (${(error as Error).message})`);
    }

    const rdText = rd.blockText || rd.textContent;
    // A throw or an unloaded page is no answer, so it is never "right" about a page without an article.
    const rdFoundNothing = rd.code === 'null' || (rd.code === 'ok' && rd.textContent.trim().length < READABILITY_NO_ARTICLE_CHARS);
    // On a page with no article, an extractor that says so predicts the empty text.
    const rdTextContent = page.noArticle && rdFoundNothing ? '' : rd.textContent;
    const rdBlockText = page.noArticle && rdFoundNothing ? '' : rd.blockText;

    const oursPair = scorePair(truth, ours.text);
    const tcPair = scorePair(truth, rdTextContent);
    const btPair = scorePair(truth, rdBlockText);
    pairs.ours.push(oursPair);
    pairs.textContent.push(tcPair);
    pairs.blockText.push(btPair);
    if (options.predictions) {
      options.predictions.ours[page.id] = ours.text;
      options.predictions.readabilityTextContent[page.id] = rd.textContent;
      options.predictions.readabilityBlockText[page.id] = rd.blockText;
    }

    const dfFoundNothing = df !== null && df.code !== 'EXCEPTION' && df.blockText.trim().length < READABILITY_NO_ARTICLE_CHARS;
    const dfPair = df ? scorePair(truth, page.noArticle && dfFoundNothing ? '' : df.blockText) : null;
    if (df && dfPair) {
      pairs.defuddle.push(dfPair);
      defuddleMs.push(df.extractMs);
    }
    const dfLeaks = df ? leaksIn([df.blockText], page.leakProbes) : [];
    const oursLeaks = leaksIn([ours.text], page.leakProbes);
    const rdLeaks = leaksIn([rd.blockText, rd.textContent], page.leakProbes);
    if (page.leakProbes.length > 0) {
      leakCounts.pagesWithProbes++;
      if (oursLeaks.length > 0) leakCounts.ours++;
      if (rdLeaks.length > 0) leakCounts.readability++;
      if (dfLeaks.length > 0) leakCounts.defuddle++;
    }

    let oursSourceRight: boolean | null = null;
    let rdSourceRight: boolean | null = null;
    let dfSourceRight: boolean | null = null;
    if (isAggregatorSet) {
      if (page.noArticle) {
        oursSourceRight = ours.code === 'NO_ARTICLE';
        rdSourceRight = rdFoundNothing;
        dfSourceRight = dfFoundNothing;
        sourceCounts.noArticlePages++;
        if (oursSourceRight) sourceCounts.oursNoArticleRight++;
        if (rdSourceRight) sourceCounts.readabilityNoArticleRight++;
        if (dfSourceRight) sourceCounts.defuddleNoArticleRight++;
      } else if (page.sourceName) {
        const names = [page.sourceName, ...(page.sourceAliases ?? [])];
        oursSourceRight = ours.code === 'ok' && names.some((name) => sameName(ours.sourceName, name));
        rdSourceRight = rd.code === 'ok' && names.some((name) => sameName(rd.siteName, name));
        dfSourceRight = df?.code === 'ok' && names.some((name) => sameName(df.siteName, name));
      }
      if (oursSourceRight !== null) {
        sourceCounts.pages++;
        if (oursSourceRight) sourceCounts.ours++;
        if (rdSourceRight) sourceCounts.readability++;
        if (dfSourceRight) sourceCounts.defuddle++;
      }
    }

    const parseMs = parsed.parseMs;
    const oursTotal = parsed.doc && parseMs !== null ? parseMs + ours.extractMs : null;
    const rdTotal = parsed.doc && parseMs !== null ? parseMs + rd.extractMs : null;
    if (parsed.doc && parseMs !== null && oursTotal !== null && rdTotal !== null) {
      times.parse.push(parseMs);
      times.oursExtract.push(ours.extractMs);
      times.oursTotal.push(oursTotal);
      times.rdExtract.push(rd.extractMs);
      times.rdTotal.push(rdTotal);
    }

    rows.push({
      id: page.id,
      url: page.url,
      bytes: parsed.bytes,
      parseMs,
      ...(parsed.error ? { loadError: parsed.error } : {}),
      ours: {
        code: ours.code,
        extractMs: parsed.doc ? ours.extractMs : null,
        totalMs: oursTotal,
        chars: ours.text.length,
        score: pageScore(oursPair),
        leaks: oursLeaks,
        sourceName: ours.sourceName,
        sourceRight: oursSourceRight,
        ...(ours.error ? { error: ours.error } : {}),
      },
      readability: {
        code: rd.code,
        extractMs: parsed.doc ? rd.extractMs : null,
        totalMs: rdTotal,
        chars: rdText.length,
        textContentScore: pageScore(tcPair),
        blockTextScore: pageScore(btPair),
        leaks: rdLeaks,
        siteName: rd.siteName,
        sourceRight: rdSourceRight,
        ...(rd.error ? { error: rd.error } : {}),
      },
      ...(df && dfPair
        ? {
            defuddle: {
              code: df.code,
              extractMs: df.extractMs,
              chars: df.blockText.length,
              score: pageScore(dfPair),
              leaks: dfLeaks,
              site: df.siteName,
              sourceRight: dfSourceRight,
            },
          }
        : {}),
    });
    if ((index + 1) % 25 === 0) options.progress(`  ${corpus.name}: ${index + 1}/${corpus.pages.length}`);
  });

  const summaries = {
    parse: summarize(times.parse),
    oursExtract: summarize(times.oursExtract),
    oursTotal: summarize(times.oursTotal),
    rdExtract: summarize(times.rdExtract),
    rdTotal: summarize(times.rdTotal),
  };
  return {
    name: corpus.name,
    label: corpus.label,
    available: corpus.available,
    notes: corpus.notes,
    pages: corpus.pages.length,
    metrics: {
      ours: scorePairs(pairs.ours),
      readabilityTextContent: scorePairs(pairs.textContent),
      readabilityBlockText: scorePairs(pairs.blockText),
      ...(isAggregatorSet ? { defuddle: scorePairs(pairs.defuddle) } : {}),
    },
    leaks: isAggregatorSet ? leakCounts : null,
    source: isAggregatorSet ? sourceCounts : null,
    ...(isAggregatorSet ? { defuddleExtract: summarize(defuddleMs) } : {}),
    timing: {
      parse: summaries.parse,
      ours: { extract: summaries.oursExtract, total: summaries.oursTotal },
      readability: { extract: summaries.rdExtract, total: summaries.rdTotal },
      ratios: {
        totalMedian: ratio(summaries.oursTotal.median, summaries.rdTotal.median),
        totalP95: ratio(summaries.oursTotal.p95, summaries.rdTotal.p95),
        extractMedian: ratio(summaries.oursExtract.median, summaries.rdExtract.median),
        extractP95: ratio(summaries.oursExtract.p95, summaries.rdExtract.p95),
      },
      pagesOver1s: {
        ours: times.oursTotal.filter((t) => t > 1000).length,
        readability: times.rdTotal.filter((t) => t > 1000).length,
      },
    },
    memory: { ...memory.peak(), gcBetweenCorpora },
    exceptions,
    wallSeconds: (performance.now() - started) / 1000,
    rows,
  };
}

export function skippedCorpus(corpus: LoadedCorpus): CorpusReport {
  return {
    name: corpus.name,
    label: corpus.label,
    available: false,
    notes: corpus.notes,
    pages: 0,
    metrics: null,
    leaks: null,
    source: null,
    timing: null,
    memory: { rssMb: Number.NaN, heapUsedMb: Number.NaN, gcBetweenCorpora: false },
    exceptions: { load: 0, ours: 0, readability: 0 },
    wallSeconds: 0,
    rows: [],
  };
}
