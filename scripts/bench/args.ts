import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `wait`: issue 11's user-wait ratios (CLI runPage vs parse + Readability, no clone); `big`: the big-page table;
 * `saved`: the same pages as public fixture collections saved them (scripts/bench/saved-format.ts).
 */
export const CORPUS_NAMES = ['zyte', 'readability', 'aggregators', 'real', 'pathological', 'wait', 'big', 'saved'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

export interface BenchOptions {
  corpusDir: string;
  fixturesDir: string;
  /** Real saved pages with hand-written truth (issue 10's development set). */
  realFixturesDir: string;
  out: string;
  only: CorpusName[];
  domCompare: boolean;
  withReadabilityPathological: boolean;
  pathologicalTimeoutMs: number;
  warmupPages: number;
  /** Times each page is timed on each side for the user-wait ratios (median taken). */
  waitRounds: number;
  zytePredictionsDir: string | null;
  quiet: boolean;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const USAGE = `Usage: npm run bench -- [options]

  --corpus DIR                      corpora folder (default ../shared/corpus)
  --fixtures DIR                    own aggregator set (default tests/fixtures)
  --out FILE                        full JSON report (default bench-report.json)
  --only LIST                       comma list of: ${CORPUS_NAMES.join(', ')} (default all)
  --dom-compare                     also time plain Readability on Zyte with linkedom vs jsdom
                                    (--only dom-compare runs this alone)
  --with-readability-pathological   also run plain Readability on the pathological pages
  --pathological-timeout-ms N       kill a pathological run after N ms (default 20000)
  --warmup N                        pages run untimed first (default 5)
  --wait-rounds N                   user-wait ratios: time each page N times per side, take the
                                    median (default 3)
  --zyte-predictions DIR            write Zyte-format outputs (<DIR>/<name>.json) for evaluate.py
  --quiet                           no progress lines on stderr
  --help

Memory: under --expose-gc (npx tsx --expose-gc scripts/bench.ts ...) garbage is collected between
corpora, so each corpus's peak is its own. Timings are comparable only on an otherwise idle machine.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], cwd: string = process.cwd()): BenchOptions | 'help' {
  const options: BenchOptions = {
    corpusDir: path.resolve(REPO_ROOT, '../shared/corpus'),
    fixturesDir: path.resolve(REPO_ROOT, 'tests/fixtures/synthetic'),
    realFixturesDir: path.resolve(REPO_ROOT, 'tests/fixtures/real'),
    out: path.resolve(cwd, 'bench-report.json'),
    only: [...CORPUS_NAMES],
    domCompare: false,
    withReadabilityPathological: false,
    pathologicalTimeoutMs: 20_000,
    warmupPages: 5,
    waitRounds: 3,
    zytePredictionsDir: null,
    quiet: false,
  };
  const args = [...argv];
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const count = (flag: string): number => {
    const n = Number(value(flag));
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number`);
    return n;
  };
  while (args.length > 0) {
    let arg = args.shift()!;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      args.unshift(arg.slice(eq + 1));
      arg = arg.slice(0, eq);
    }
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--corpus':
        options.corpusDir = path.resolve(cwd, value(arg));
        break;
      case '--fixtures':
        options.fixturesDir = path.resolve(cwd, value(arg));
        break;
      case '--out':
        options.out = path.resolve(cwd, value(arg));
        break;
      case '--only': {
        const names = value(arg)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const only: CorpusName[] = [];
        for (const name of names) {
          if (name === 'dom-compare' || name === 'dom') options.domCompare = true;
          else if ((CORPUS_NAMES as readonly string[]).includes(name)) only.push(name as CorpusName);
          else throw new UsageError(`unknown corpus "${name}" (known: ${CORPUS_NAMES.join(', ')}, dom-compare)`);
        }
        options.only = only;
        break;
      }
      case '--dom-compare':
        options.domCompare = true;
        break;
      case '--with-readability-pathological':
        options.withReadabilityPathological = true;
        break;
      case '--pathological-timeout-ms':
        options.pathologicalTimeoutMs = count(arg);
        break;
      case '--warmup':
        options.warmupPages = count(arg);
        break;
      case '--wait-rounds':
        options.waitRounds = Math.max(1, count(arg));
        break;
      case '--zyte-predictions':
        options.zytePredictionsDir = path.resolve(cwd, value(arg));
        break;
      case '--quiet':
        options.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}
