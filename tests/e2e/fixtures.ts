import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fixture cases as the e2e tests serve them: a saved page, the address it was
 * saved from, and what a reader should get (the `truth.json` format).
 */

export interface ExpectedArticle {
  title?: string;
  paragraphs?: string[];
  source?: { name: string; url?: string | null };
  aggregator?: { name: string } | null;
  byline?: string | null;
  links?: Array<{ text?: string; href: string }>;
  related?: Array<{ title: string; href?: string | null; source?: string | null }>;
  leakProbes?: string[];
  noArticle?: boolean;
}

export interface FixtureCase {
  name: string;
  url: string;
  html: Buffer;
  expected: ExpectedArticle;
}

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SHARED_SEED_DIR = fileURLToPath(new URL('../../../shared/fixtures/seed-daily8/', import.meta.url));

/** Reads `tests/fixtures/{synthetic,real}/<name>/` (page.html, case.json, expected.json). */
export function loadFixture(name: string): FixtureCase {
  const dir = ['synthetic', 'real'].map((set) => join(FIXTURES_DIR, set, name)).find((d) => existsSync(d));
  if (!dir) throw new Error(`No fixture folder named ${name} under tests/fixtures/synthetic or tests/fixtures/real`);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string };
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedArticle;
  return { name, url, html: readFileSync(join(dir, 'page.html')), expected };
}

/**
 * The seed page (a Business Insider story on Daily8): the repository's fixture
 * when it has one, else the shared copy next to the repository.
 */
export function loadSeedFixture(): FixtureCase {
  const inRepo = existsSync(FIXTURES_DIR)
    ? readdirSync(join(FIXTURES_DIR, 'synthetic')).find((name) => /^aggregator--(www\.)?daily8(\.com)?--ukraine/.test(name))
    : undefined;
  if (inRepo) return loadFixture(inRepo);
  if (!existsSync(join(SHARED_SEED_DIR, 'page.html'))) {
    throw new Error('Seed fixture missing: expected tests/fixtures/aggregator--daily8.com--ukraine-*/ or ../shared/fixtures/seed-daily8/');
  }
  const truth = JSON.parse(readFileSync(join(SHARED_SEED_DIR, 'truth.json'), 'utf8')) as ExpectedArticle & { url: string };
  return { name: 'seed-daily8', url: truth.url, html: readFileSync(join(SHARED_SEED_DIR, 'page.html')), expected: truth };
}
