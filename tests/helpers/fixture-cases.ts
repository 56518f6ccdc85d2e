import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixture folders under tests/fixtures/: `<kind>--<host>--<slug>/` with
 * page.html, case.json (`url`, `description`) and expected.json (the format
 * of the seed page's truth.json).
 */
/** An outlet as the truth names it; `alsoAccept` lists other spellings a reader would accept ("AP" beside "Associated Press"). */
export interface ExpectedOutlet {
  name: string;
  url?: string | null;
  alsoAccept?: string[];
}

export interface ExpectedArticle {
  title?: string;
  paragraphs?: string[];
  /** `null`: the page does not let a careful reader establish who wrote the story (or there is no article). */
  source?: ExpectedOutlet | null;
  site?: { name: string };
  aggregator?: { name: string; alsoAccept?: string[] } | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  links?: Array<{ text?: string; href: string }>;
  related?: Array<{ title: string; href?: string | null; source?: string | null }>;
  leakProbes?: string[];
  noArticle?: boolean;
  /** The judgement calls behind the truth (real pages). */
  notes?: string;
}

/** Where a real page comes from: the corpus folder, the file in it, and the licence it is copied under. */
export interface FixtureProvenance {
  corpus: string;
  path: string;
  license: string;
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
  /** Real pages only. */
  provenance?: FixtureProvenance;
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
        provenance: meta.provenance,
        expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')),
      };
    });
}

/** Whitespace collapsed and lower-cased, for comparing text across markup. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
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

/** True when `name` is the outlet's name or one of its accepted spellings (case and spacing ignored). */
export function outletNameMatches(name: string | null | undefined, outlet: { name: string; alsoAccept?: string[] }): boolean {
  const got = normalizeText(name);
  return got !== '' && [outlet.name, ...(outlet.alsoAccept ?? [])].some((n) => normalizeText(n) === got);
}
