import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Article } from '../utils/core/extract/types';
import { CITATION_STYLES, formatMarkdown, formatText, isPlainOutput, type CitationStyle, type FormatContext } from '../utils/core/format';
import { formatCitation } from '../utils/core/format/citation';
import { CslStyleError } from '../utils/core/format/csl-engine';
import { parseCiteArgs, readStyleFile, renderCite, type CiteArgs } from './cite';
import { fileCslAssets } from './csl-assets';
import { unpackPageBytes } from './load-page';
import { releaseBetweenPages } from './release-memory';
import { runPage, type PageOutcome } from './run-page';
import { UsageError, readCommandWords } from './args';

/**
 * The command line of CONTRACT.md section 1:
 *   extract <file.html|-> [--url URL] [--format json|text|markdown|html] [--cite STYLE]
 *   extract --batch <manifest.jsonl>
 *   cite <file.html|-> [--url URL] --style STYLE [--csl FILE.csl] [--accessed YYYY-MM-DD] [--locale en-US]
 * Only results go to stdout; diagnostics go to stderr as `error CODE: message`.
 */

const EXIT = { ok: 0, failure: 1, usage: 2, noArticle: 3 } as const;
const FORMATS = ['json', 'text', 'markdown', 'html'] as const;
type OutputFormat = (typeof FORMATS)[number];

const USAGE = `usage:
  cli extract <file.html|-> [--url URL] [--format json|text|markdown|html] [--cite ${CITATION_STYLES.join('|')}]
  cli extract --batch <manifest.jsonl>
  cli cite <file.html|-> [--url URL] --style apa|mla|chicago|harvard|ieee|csl|csl-json|ris|bibtex [--csl FILE.csl] [--accessed YYYY-MM-DD] [--locale en-US]`;

interface ExtractArgs {
  file: string | null;
  batch: string | null;
  url: string | null;
  format: OutputFormat;
  cite: CitationStyle | null;
}

export function parseArgs(argv: string[]): ExtractArgs {
  const [command, ...rest] = argv;
  if (command !== 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const args: ExtractArgs = { file: null, batch: null, url: null, format: 'json', cite: null };
  args.file = readCommandWords(rest, (name, value) => {
    if (name === '--url') args.url = value();
    else if (name === '--batch') args.batch = value();
    else if (name === '--format') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"`);
      args.format = f as OutputFormat;
    } else if (name === '--cite') {
      const c = value();
      if (!(CITATION_STYLES as readonly string[]).includes(c)) throw new UsageError(`unknown citation style "${c}"`);
      args.cite = c as CitationStyle;
    } else return false;
    return true;
  });
  if (!args.batch && !args.file) throw new UsageError('missing page file (or --batch manifest)');
  if (args.batch && args.file) throw new UsageError('give a page file or --batch, not both');
  return args;
}

function formatContext(): FormatContext {
  return {
    accessedAt: new Date(),
    parseHtml: (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body,
    csl: fileCslAssets(),
  };
}

/** Renders one article in the requested format, with the citation appended or added. */
export function renderArticle(article: Article, format: OutputFormat, cite: CitationStyle | null, ctx: FormatContext): string {
  const citation = cite ? formatCitation(article, cite, ctx).text : null;
  switch (format) {
    case 'json':
      return JSON.stringify(citation ? { ...article, citation } : article, null, 2);
    case 'text':
      return formatText(article, ctx) + (citation ? `\n\n${citation}` : '');
    case 'markdown':
      // The records stay as they are; the styles and the link line get Markdown italics.
      return (
        formatMarkdown(article, ctx) +
        (citation ? `\n\n${isPlainOutput(cite!) && cite !== 'markdown' ? citation : formatCitation(article, cite!, ctx).markdown}` : '')
      );
    case 'html':
      return article.contentHtml;
  }
}

function readInput(file: string): Uint8Array {
  if (file === '-') return readFileSync(0);
  return unpackPageBytes(readFileSync(file), file);
}

/**
 * Reads the page (and whatever else `readExtra` reads) and extracts it; on a failure writes
 * `error CODE: message` and answers the exit code, so every command fails the same way.
 */
function extractFromFile<T>(file: string, url: string | null, readExtra: () => T): { article: Article; extra: T } | number {
  let bytes: Uint8Array;
  let extra: T;
  try {
    bytes = readInput(file);
    extra = readExtra();
  } catch (error) {
    process.stderr.write(`error IO_ERROR: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
  const outcome = runPage(bytes, url);
  if (!outcome.ok) {
    process.stderr.write(`error ${outcome.error.code}: ${outcome.error.message}\n`);
    return outcome.error.code === 'NO_ARTICLE' ? EXIT.noArticle : EXIT.failure;
  }
  return { article: outcome.article, extra };
}

function runCite(args: CiteArgs): number {
  const extracted = extractFromFile(args.file, args.url, () => (args.csl ? readStyleFile(args.csl) : null));
  if (typeof extracted === 'number') return extracted;
  try {
    process.stdout.write(renderCite(extracted.article, args, fileCslAssets(args.locale), extracted.extra) + '\n');
  } catch (error) {
    if (!(error instanceof CslStyleError)) throw error;
    process.stderr.write(`error BAD_STYLE: ${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

function runSingle(args: ExtractArgs): number {
  const extracted = extractFromFile(args.file!, args.url, () => null);
  if (typeof extracted === 'number') return extracted;
  process.stdout.write(renderArticle(extracted.article, args.format, args.cite, formatContext()) + '\n');
  return EXIT.ok;
}

interface ManifestEntry {
  id: string;
  path: string;
  url?: string;
}

function readManifest(path: string): ManifestEntry[] {
  const text = readFileSync(path, 'utf8');
  const entries: ManifestEntry[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      throw new UsageError(`manifest line ${index + 1} is not JSON`);
    }
    const e = entry as Partial<ManifestEntry>;
    if (!e || typeof e.path !== 'string' || (e.url !== undefined && typeof e.url !== 'string')) {
      throw new UsageError(`manifest line ${index + 1} needs "path" (and "url" as a string)`);
    }
    entries.push({ id: String(e.id ?? index + 1), path: e.path, url: e.url });
  });
  return entries;
}

function runBatch(manifestPath: string): number {
  let entries: ManifestEntry[];
  try {
    entries = readManifest(manifestPath);
  } catch (error) {
    process.stderr.write(`error BAD_MANIFEST: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const folder = dirname(resolve(manifestPath));
  for (const entry of entries) {
    const path = isAbsolute(entry.path) ? entry.path : resolve(folder, entry.path);
    let outcome: PageOutcome;
    try {
      outcome = runPage(unpackPageBytes(readFileSync(path), path), entry.url ?? null);
    } catch (error) {
      outcome = { ok: false, error: { code: 'IO_ERROR', message: (error as Error).message }, ms: { parse: 0, extract: 0 } };
    }
    const ms = { parse: round(outcome.ms.parse), extract: round(outcome.ms.extract) };
    const line = outcome.ok
      ? { id: entry.id, ok: true, article: outcome.article, ms, ...diagnosticsOf(outcome) }
      : { id: entry.id, ok: false, error: outcome.error, ms, ...diagnosticsOf(outcome) };
    process.stdout.write(JSON.stringify(line) + '\n');
    releaseBetweenPages();
  }
  return EXIT.ok;
}

/** Per-stage time and degraded stages, beside `ms` (never inside the Article). */
function diagnosticsOf(outcome: PageOutcome): { diagnostics?: { degraded: string[]; stageMs: Record<string, number> } } {
  const d = outcome.diagnostics;
  if (!d) return {};
  return { diagnostics: { degraded: d.degraded, stageMs: Object.fromEntries(Object.entries(d.stageMs).map(([k, v]) => [k, round(v)])) } };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function main(argv: string[]): number {
  let args: ExtractArgs | null = null;
  let cite: CiteArgs | null = null;
  try {
    if (argv[0] === 'cite') cite = parseCiteArgs(argv.slice(1));
    else args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error USAGE: ${error.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  try {
    if (cite) return runCite(cite);
    return args!.batch ? runBatch(args!.batch) : runSingle(args!);
  } catch (error) {
    process.stderr.write(`error INTERNAL: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
}

process.exitCode = main(process.argv.slice(2));
