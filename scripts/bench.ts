/**
 * `npm run bench`: accuracy and speed of the extraction core beside plain
 * Readability 0.6.0, on the same linkedom DOM in the same run.
 * Prints a Markdown summary on stdout and writes the full JSON report (every
 * page's row) to --out. See `npm run bench -- --help`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, UsageError, USAGE, type BenchOptions } from './bench/args';
import { loadFixtures, loadReadabilityPages, loadZyte, type LoadedCorpus } from './bench/corpora';
import { runDomCompare, type DomCompareReport } from './bench/dom-compare';
import { runPathological, type PathologicalReport } from './bench/pathological';
import { renderMarkdown, type BenchReport } from './bench/report';
import { warmUp } from './bench/load-corpus-page';
import { runScoredCorpus, skippedCorpus, type CorpusReport, type Predictions } from './bench/run-corpus';
import { processMaxRssMb } from './bench/stats';
import { measureSavedFormat, type SavedFormatReport } from './bench/saved-format';
import { loadRealAggregatorPages, measureBigPages, measureUserWait, type BigPageReport, type UserWaitCorpus } from './bench/user-wait';

async function main(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const progress = options.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);

  const loaders: Array<[string, () => LoadedCorpus]> = [
    ['zyte', () => loadZyte(options.corpusDir)],
    ['readability', () => loadReadabilityPages(options.corpusDir)],
    ['aggregators', () => loadFixtures(options.fixturesDir)],
    ['real', () => loadFixtures(options.realFixturesDir, 'real', 'Own real-page set (tests/fixtures/real)')],
  ];
  const corpora = loaders.filter(([name]) => options.only.includes(name as BenchOptions['only'][number])).map(([, load]) => load());

  const warmupSource = corpora.find((c) => c.available);
  let warmedUp = 0;
  if (warmupSource && options.warmupPages > 0) {
    progress(`warming up on ${Math.min(options.warmupPages, warmupSource.pages.length)} pages of ${warmupSource.name}`);
    warmedUp = warmUp(warmupSource.pages.slice(0, options.warmupPages));
  }

  const predictions: Predictions = { ours: {}, readabilityTextContent: {}, readabilityBlockText: {} };
  const reports: CorpusReport[] = [];
  for (const corpus of corpora) {
    if (!corpus.available) {
      progress(`${corpus.name}: ${corpus.notes[0] ?? 'skipped'}`);
      reports.push(skippedCorpus(corpus));
      continue;
    }
    progress(`${corpus.name}: ${corpus.pages.length} pages`);
    const wantPredictions = corpus.name === 'zyte' && options.zytePredictionsDir !== null;
    reports.push(runScoredCorpus(corpus, { progress, ...(wantPredictions ? { predictions } : {}) }));
  }

  let pathological: PathologicalReport | null = null;
  if (options.only.includes('pathological')) {
    progress('pathological: generated pages, one child process each');
    pathological = await runPathological({
      withReadability: options.withReadabilityPathological,
      timeoutMs: options.pathologicalTimeoutMs,
      progress,
    });
  }

  let domCompare: DomCompareReport | null = null;
  if (options.domCompare) {
    const zyte = corpora.find((c) => c.name === 'zyte') ?? loadZyte(options.corpusDir);
    if (zyte.available) {
      progress('dom-compare: plain Readability on Zyte, linkedom vs jsdom');
      domCompare = runDomCompare(zyte, progress);
    } else {
      progress(`dom-compare skipped: ${zyte.notes[0] ?? 'no Zyte corpus'}`);
    }
  }

  const userWait: UserWaitCorpus[] = [];
  if (options.only.includes('wait')) {
    const sets: Array<[string, LoadedCorpus]> = [
      ['Zyte', corpora.find((c) => c.name === 'zyte') ?? loadZyte(options.corpusDir)],
      ['real aggregator pages', loadRealAggregatorPages(options.corpusDir)],
      ['tests/fixtures/real', loadFixtures(options.realFixturesDir, 'real', 'Own real-page set')],
    ];
    for (const [label, corpus] of sets) {
      if (!corpus.available) continue;
      progress(`user wait: ${label}, ${corpus.pages.length} pages`);
      userWait.push(measureUserWait(label, corpus.pages, options.waitRounds));
    }
  }
  const bigPages: BigPageReport | null = options.only.includes('big') ? measureBigPages(options.pathologicalTimeoutMs, progress) : null;

  const savedFormat: SavedFormatReport[] = [];
  if (options.only.includes('saved')) {
    const sets: Array<[LoadedCorpus, boolean]> = [
      [corpora.find((c) => c.name === 'zyte') ?? loadZyte(options.corpusDir), true],
      [loadFixtures(options.realFixturesDir, 'real', 'Own real-page set'), false],
    ];
    for (const [corpus, fullTextTruth] of sets) {
      if (!corpus.available) continue;
      progress(`saved format: ${corpus.label}, ${corpus.pages.length} pages`);
      savedFormat.push(measureSavedFormat(corpus, fullTextTruth));
    }
  }

  if (options.zytePredictionsDir && Object.keys(predictions.ours).length > 0) {
    mkdirSync(options.zytePredictionsDir, { recursive: true });
    const asZyte = (texts: Record<string, string>) =>
      JSON.stringify(Object.fromEntries(Object.entries(texts).map(([id, articleBody]) => [id, { articleBody }])), null, 1);
    writeFileSync(path.join(options.zytePredictionsDir, 'sourced_reader.json'), asZyte(predictions.ours));
    writeFileSync(path.join(options.zytePredictionsDir, 'readability_textcontent.json'), asZyte(predictions.readabilityTextContent));
    writeFileSync(path.join(options.zytePredictionsDir, 'readability_blocktext.json'), asZyte(predictions.readabilityBlockText));
  }

  const sum = (pick: (c: CorpusReport) => number) => reports.reduce((acc, c) => acc + pick(c), 0);
  const exceptions = {
    ours: sum((c) => c.exceptions.ours) + (pathological?.exceptions.ours ?? 0),
    readability: sum((c) => c.exceptions.readability) + (pathological?.exceptions.readability ?? 0),
    load: sum((c) => c.exceptions.load),
  };
  const cpus = os.cpus();
  return {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model?.trim() ?? 'unknown CPU',
      dom: 'linkedom',
      readability: '0.6.0',
      defuddle: '0.19.4',
      exposeGc: typeof (globalThis as { gc?: unknown }).gc === 'function',
      // Timings are only comparable on an idle machine; ratios hold up better since both run interleaved.
      loadAverage1m: { start: loadAtStart, end: os.loadavg()[0] },
    },
    options: { ...options },
    corpora: reports,
    pathological,
    domCompare,
    userWait,
    bigPages,
    savedFormat,
    memory: {
      peakSampledRssMb: Math.max(0, ...reports.filter((c) => c.available).map((c) => c.memory.rssMb)),
      processMaxRssMb: processMaxRssMb(),
    },
    exceptions: { ...exceptions, total: exceptions.ours + exceptions.readability + exceptions.load },
    warmupPages: warmedUp,
    runSeconds: (performance.now() - started) / 1000,
  };
}

let options: BenchOptions | 'help';
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  const report = await main(options);
  writeFileSync(options.out, `${JSON.stringify(report, null, 1)}\n`);
  process.stdout.write(`${renderMarkdown(report)}\n`);
  if (!options.quiet) process.stderr.write(`full report: ${options.out}\n`);
}
