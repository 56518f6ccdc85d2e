import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHtmlDocument } from '../../cli/load-page';
import { extractArticle } from '../../utils/core/extract';
import type { Article } from '../../utils/core/extract/types';
import { FIXTURES_DIR, leakedProbes, missingInOrder, normalizeText, outletNameMatches, type ExpectedArticle, type FixtureCase } from './fixture-cases';
import { UNTIMED } from './untimed';

/** The two DOMs the core must work on: linkedom (the CLI) and jsdom (a browser-like DOM). */
export const parsers: Record<string, (html: string, url: string) => Document> = {
  linkedom: (html) => parseHtmlDocument(html),
  jsdom: (html, url) => new JSDOM(html, { url }).window.document,
};

/** The outlet's name, or null; `source` is becoming nullable in the core, so read it defensively. */
export function sourceNameOf(article: Article): string | null {
  return (article.source as { name?: string | null } | null)?.name ?? null;
}

/**
 * The real pages: each fixture's checks run on both DOMs, and the checks that
 * fail (on either) must be exactly those listed for it in
 * tests/fixtures/real/known-failures.json. A listed check that now passes
 * fails the test too, so the list only ever shrinks as the core improves.
 */
export const KNOWN_FAILURES_FILE = join(FIXTURES_DIR, 'real', 'known-failures.json');
export const knownFailures: Record<string, string[]> = existsSync(KNOWN_FAILURES_FILE) ? JSON.parse(readFileSync(KNOWN_FAILURES_FILE, 'utf8')) : {};

export type CheckResult = Record<string, boolean>;

/** Named checks of one extraction against the truth; true = right. */
export function realChecks(doc: Document, fixture: FixtureCase): CheckResult {
  const result = extractArticle(doc, fixture.url, UNTIMED);
  const expected: ExpectedArticle = fixture.expected;
  if (expected.noArticle) return { noArticle: !result.ok && result.code === 'NO_ARTICLE' };
  if (!result.ok) return { extracts: false };
  const { article } = result;
  const checks: CheckResult = { extracts: true };
  if (expected.title) checks.title = normalizeText(article.title) === normalizeText(expected.title);
  checks.paragraphs = missingInOrder(article.text, expected.paragraphs ?? []).length === 0;
  checks.leakProbes = leakedProbes(article.text, expected.leakProbes ?? []).length === 0;
  if (expected.source !== undefined) {
    const got = sourceNameOf(article);
    checks.source = expected.source === null ? got === null : outletNameMatches(got, expected.source);
    if (expected.source?.url) checks.sourceUrl = (article.source as { url?: string | null } | null)?.url === expected.source.url;
  }
  if (expected.aggregator !== undefined) {
    checks.aggregator = expected.aggregator === null ? article.aggregator === null : outletNameMatches(article.aggregator?.name, expected.aggregator);
  }
  return checks;
}

/** The checks that fail for one real fixture on either DOM, sorted. */
export function failingChecks(fixture: FixtureCase): string[] {
  const failing = new Set<string>();
  for (const parse of Object.values(parsers)) {
    for (const [check, ok] of Object.entries(realChecks(parse(fixture.html, fixture.url), fixture))) if (!ok) failing.add(check);
  }
  return [...failing].sort();
}
