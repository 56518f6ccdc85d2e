import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { blockTextOfHtml } from './block-text';

/**
 * Loaders for the scored corpora. Page bytes are read lazily, one page at a
 * time, so the memory figures measure extraction rather than the corpus.
 * A missing folder or file is a note in the report, never a crash.
 */

export type ScoredCorpusName = 'zyte' | 'readability' | 'aggregators' | 'real';

export interface BenchPage {
  id: string;
  url: string;
  /** File name, for `unpackPageBytes` (gunzips `.gz`). */
  fileName: string;
  /** Set when the corpus's own harness ignores the page's declared charset. */
  forceUtf8?: boolean;
  readBytes(): Uint8Array;
  /** The text a perfect extractor returns ('' for a page with no article). */
  truthText(): string;
  leakProbes: string[];
  /** Expected original outlet, when the set says. */
  sourceName: string | null;
  /** Other right spellings of that outlet (the set's `alsoAccept`, e.g. "AFP"). */
  sourceAliases?: string[];
  noArticle: boolean;
}

export interface LoadedCorpus {
  name: ScoredCorpusName;
  label: string;
  available: boolean;
  /** Why the corpus is skipped, or what was left out of it. */
  notes: string[];
  pages: BenchPage[];
}

/** Readability's own test harness loads every source.html at this address. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function unavailable(name: ScoredCorpusName, label: string, note: string): LoadedCorpus {
  return { name, label, available: false, notes: [note], pages: [] };
}

/** Zyte's article-extraction-benchmark: `ground-truth.json` and `html/<id>.html.gz`. */
export function loadZyte(corpusDir: string): LoadedCorpus {
  const dir = path.join(corpusDir, 'zyte');
  const label = "Zyte's article-extraction-benchmark";
  const truthFile = path.join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return unavailable('zyte', label, `skipped: ${truthFile} not found`);
  let truth: Record<string, { url?: string; articleBody?: string }>;
  try {
    truth = readJson(truthFile) as typeof truth;
  } catch (error) {
    return unavailable('zyte', label, `skipped: ${truthFile} unreadable (${(error as Error).message})`);
  }
  const notes: string[] = [];
  const pages: BenchPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const candidates = [`${id}.html.gz`, `${id}.html`].map((f) => path.join(dir, 'html', f));
    const file = candidates.find((f) => existsSync(f));
    if (!file) {
      notes.push(`${id}: no html file`);
      continue;
    }
    const articleBody = entry.articleBody ?? '';
    pages.push({
      id,
      url: entry.url ?? 'https://example.invalid/',
      fileName: path.basename(file),
      readBytes: () => readFileSync(file),
      truthText: () => articleBody,
      leakProbes: [],
      sourceName: null,
      noArticle: false,
    });
  }
  return { name: 'zyte', label, available: pages.length > 0, notes, pages };
}

/** Mozilla Readability's test pages: agreement of our text with `expected.html`. */
export function loadReadabilityPages(corpusDir: string): LoadedCorpus {
  const dir = path.join(corpusDir, 'readability-test-pages', 'pages');
  const label = "Readability's test pages (agreement with expected.html)";
  if (!isDir(dir)) return unavailable('readability', label, `skipped: ${dir} not found`);
  const notes: string[] = [];
  const pages: BenchPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const source = path.join(dir, name, 'source.html');
    const expected = path.join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expected)) {
      if (isDir(path.join(dir, name))) notes.push(`${name}: no source.html or expected.html`);
      continue;
    }
    let cached: string | null = null;
    pages.push({
      id: name,
      url: READABILITY_TEST_URL,
      fileName: 'source.html',
      // Readability's harness reads every source.html as UTF-8, and the files are UTF-8
      // even where the page still declares its original charset (qq says gb2312).
      forceUtf8: true,
      readBytes: () => readFileSync(source),
      truthText: () => (cached ??= blockTextOfHtml(readFileSync(expected, 'utf8'))),
      leakProbes: [],
      sourceName: null,
      noArticle: false,
    });
  }
  return { name: 'readability', label, available: pages.length > 0, notes, pages };
}

interface FixtureExpected {
  paragraphs?: unknown;
  leakProbes?: unknown;
  source?: { name?: unknown; alsoAccept?: unknown } | null;
  noArticle?: unknown;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A fixture set: `tests/fixtures/<set>/<case>/{page.html, case.json, expected.json}`. */
export function loadFixtures(
  fixturesDir: string,
  name: ScoredCorpusName = 'aggregators',
  label = 'Own synthetic set (tests/fixtures/synthetic)',
): LoadedCorpus {
  if (!isDir(fixturesDir)) return unavailable(name, label, `skipped: ${fixturesDir} not found`);
  const notes: string[] = [];
  const pages: BenchPage[] = [];
  for (const name of readdirSync(fixturesDir).sort()) {
    const folder = path.join(fixturesDir, name);
    if (!isDir(folder)) continue;
    const pageFile = path.join(folder, 'page.html');
    const expectedFile = path.join(folder, 'expected.json');
    if (!existsSync(pageFile) || !existsSync(expectedFile)) {
      notes.push(`${name}: skipped, no page.html or expected.json`);
      continue;
    }
    let expected: FixtureExpected;
    let url: string | null = null;
    try {
      expected = readJson(expectedFile) as FixtureExpected;
      const caseFile = path.join(folder, 'case.json');
      if (existsSync(caseFile)) {
        const c = readJson(caseFile) as { url?: unknown };
        if (typeof c.url === 'string') url = c.url;
      }
      if (url === null && typeof (expected as { url?: unknown }).url === 'string') url = (expected as { url: string }).url;
    } catch (error) {
      notes.push(`${name}: skipped, unreadable JSON (${(error as Error).message})`);
      continue;
    }
    if (url === null) {
      notes.push(`${name}: skipped, no url in case.json`);
      continue;
    }
    const noArticle = expected.noArticle === true;
    const text = noArticle ? '' : stringList(expected.paragraphs).join('\n\n');
    const sourceName = typeof expected.source?.name === 'string' ? expected.source.name : null;
    pages.push({
      id: name,
      url,
      fileName: 'page.html',
      readBytes: () => readFileSync(pageFile),
      truthText: () => text,
      leakProbes: stringList(expected.leakProbes),
      sourceName,
      sourceAliases: stringList(expected.source?.alsoAccept),
      noArticle,
    });
  }
  if (pages.length === 0 && notes.length === 0) notes.push(`skipped: no fixture folders in ${fixturesDir}`);
  // The truth holds chosen paragraphs, not the whole body: text beyond them counts against precision.
  if (pages.length > 0) notes.push(`truth is the first 3, 2 middle and last 2 paragraphs of each page: read recall, not precision or F1`);
  return { name, label, available: pages.length > 0, notes, pages };
}
