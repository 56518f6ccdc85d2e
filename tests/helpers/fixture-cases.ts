import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixture folders under tests/fixtures/: `<kind>--<host>--<slug>/` with
 * page.html, case.json (`url`, `description`) and expected.json (the format
 * of the seed page's truth.json).
 */
export interface ExpectedArticle {
  title?: string;
  paragraphs?: string[];
  source?: { name: string; url?: string | null } | null;
  site?: { name: string };
  aggregator?: { name: string } | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  links?: Array<{ text?: string; href: string }>;
  related?: Array<{ title: string; href?: string | null; source?: string | null }>;
  leakProbes?: string[];
  noArticle?: boolean;
}

export interface FixtureCase {
  name: string;
  /** `synthetic` (written by us to make a rule fail) or `real` (a saved page from a public corpus). */
  set: FixtureSet;
  /** The fixture's folder, absolute. */
  dir: string;
  kind: string;
  html: string;
  url: string;
  description: string;
  expected: ExpectedArticle;
}

export type FixtureSet = 'synthetic' | 'real';
export const FIXTURE_SETS: FixtureSet[] = ['synthetic', 'real'];
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Every fixture of the given sets (default both), sorted by name. */
export function loadFixtureCases(sets: FixtureSet[] = FIXTURE_SETS, root = FIXTURES_DIR): FixtureCase[] {
  return sets.flatMap((set) => loadSet(set, root)).sort((a, b) => a.name.localeCompare(b.name));
}

function loadSet(set: FixtureSet, root: string): FixtureCase[] {
  const dir = join(root, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => {
      const folder = join(dir, d.name);
      const meta = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8'));
      return {
        name: d.name,
        set,
        dir: folder,
        kind: d.name.split('--')[0],
        html: readFileSync(join(folder, 'page.html'), 'utf8'),
        url: meta.url,
        description: meta.description ?? '',
        expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')),
      };
    });
}

/** Whitespace collapsed and lower-cased, for comparing text across markup. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

/** Expected paragraphs missing from `text`, checking they appear in order. */
export function missingInOrder(text: string, paragraphs: string[]): string[] {
  const haystack = normalizeText(text);
  const missing: string[] = [];
  let from = 0;
  for (const p of paragraphs) {
    const at = haystack.indexOf(normalizeText(p), from);
    if (at < 0) missing.push(p);
    else from = at + normalizeText(p).length;
  }
  return missing;
}

export function leakedProbes(text: string, probes: string[]): string[] {
  const haystack = normalizeText(text);
  return probes.filter((p) => haystack.includes(normalizeText(p)));
}
