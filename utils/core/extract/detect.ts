import { collapseWhitespace, headingLevel, precedes, textOf } from './dom';
import type { PageScan } from './page-scan';

const HEADLINE_TAGS = new Set(['H1', 'H2', 'H3']);
import { FEED_HEADING } from './patterns';
import type { PageMetadata } from './page-metadata';
import { jsonLdString } from './page-metadata';
import { LONG_PARAGRAPH_CHARS, MAX_HEADLINE_CHARS, MIN_HEADLINE_MATCH_CHARS, MIN_TITLE_PREFIX_CHARS, NON_H1_RANK_PENALTY, TITLE_RANK_STEP } from './tuning';

/**
 * Finds the landmarks every later stage protects: the headline the page is
 * about and the cluster of paragraphs that is its body. Pruning never removes
 * an element that contains either, so a feed rule cannot eat the story.
 */
export interface Landmarks {
  /** Titles the page gives itself (og:title, JSON-LD headline, <title>), most specific first. */
  titles: string[];
  /** The heading element whose text is the page's headline, if found. */
  headline: Element | null;
  /**
   * The headline's text, read when it was found: Readability retags an h1 in
   * the story as an h2 by moving its children to a new element, which leaves
   * `headline` empty for every stage after it.
   */
  headlineText: string | null;
  /** The element holding most of the story's paragraphs, if found. */
  body: Element | null;
}

export function findLandmarks(scan: PageScan, metadata: PageMetadata): Landmarks {
  const titles = collectTitles(metadata);
  const headline = findHeadline(scan, titles);
  const body = findBodyCluster(scan, headline);
  return { titles, headline, headlineText: headline ? textOf(headline) : null, body };
}

function collectTitles(metadata: PageMetadata): string[] {
  const out: string[] = [];
  const add = (t: string | null | undefined) => {
    const clean = collapseWhitespace(t);
    if (clean && !out.includes(clean)) out.push(clean);
  };
  add(jsonLdString(metadata.jsonLdArticle?.headline));
  add(metadata.meta.get('og:title'));
  add(metadata.meta.get('twitter:title'));
  add(jsonLdString(metadata.jsonLdArticle?.name));
  add(metadata.documentTitle);
  // "Headline | Site" and "Headline - Site": the part before the separator.
  const split = metadata.documentTitle.split(/\s+[|\-–—:·»]\s+/);
  if (split.length > 1) add(split.sort((a, b) => b.length - a.length)[0]);
  return out;
}

/** Lower-cased letters and digits only, for comparing headlines across markup. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function findHeadline(scan: PageScan, titles: string[]): Element | null {
  const wanted = titles.map(normalizeForMatch).filter((t) => t.length >= MIN_HEADLINE_MATCH_CHARS);
  const headings = scan.elements.filter(
    (el) => HEADLINE_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading' || el.getAttribute('itemprop') === 'headline',
  );
  let best: Element | null = null;
  let bestRank = Infinity;
  for (const h of headings) {
    const text = normalizeForMatch(textOf(h));
    if (text.length < MIN_HEADLINE_MATCH_CHARS || text.length > MAX_HEADLINE_CHARS) continue;
    const index = wanted.findIndex(
      (t) => t === text || (text.length > MIN_TITLE_PREFIX_CHARS && t.startsWith(text)) || (t.length > MIN_TITLE_PREFIX_CHARS && text.startsWith(t)),
    );
    if (index < 0) continue;
    // Prefer an exact match, then h1, then the first in the page.
    const rank = index * TITLE_RANK_STEP + (h.tagName === 'H1' ? 0 : NON_H1_RANK_PENALTY);
    if (rank < bestRank) {
      best = h;
      bestRank = rank;
    }
  }
  if (best) return best;
  const h1s = scan.byTag('H1').filter((h) => textOf(h).length >= MIN_HEADLINE_MATCH_CHARS);
  return h1s.length === 1 ? h1s[0] : null;
}

/**
 * The parent with the most long paragraphs, looked for after the headline and
 * before the next headline-like boundary (another h1, or an "Up next" heading),
 * so a full second article appended below cannot win.
 */
function findBodyCluster(scan: PageScan, headline: Element | null): Element | null {
  // Paragraphs make a body; list items only where there are no paragraphs (a bulleted summary).
  return pickCluster(scan, headline, scan.byTag('P', 'PRE', 'BLOCKQUOTE')) ?? pickCluster(scan, headline, scan.byTag('LI'));
}

function findClusters(blocks: Element[]): Array<[Element, number]> {
  const counts = new Map<Element, number>();
  for (const p of blocks) {
    const parent = p.parentElement;
    if (!parent || textOf(p).length < LONG_PARAGRAPH_CHARS) continue;
    counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  // One long paragraph is a card's excerpt as often as a story: a body has two or more.
  return Array.from(counts.entries()).filter(([, n]) => n >= 2);
}

/** The best cluster among the blocks after the headline and before the next boundary, else among all. */
function pickCluster(scan: PageScan, headline: Element | null, blocks: Element[]): Element | null {
  let candidates: Array<[Element, number]> = [];
  if (headline) {
    const boundary = findBoundaryAfter(scan, headline);
    const between = blocks.filter((b) => precedes(headline, b) && (!boundary || precedes(b, boundary)));
    candidates = findClusters(between);
  }
  if (!candidates.length) candidates = findClusters(blocks);
  if (!candidates.length) return null;
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][0];
}

function findBoundaryAfter(scan: PageScan, headline: Element): Element | null {
  for (const h of scan.byTag('H1', 'H2', 'H3', 'H4')) {
    if (h === headline || !precedes(headline, h)) continue;
    if (h.tagName === 'H1' && headingLevel(headline) <= 1) return h;
    if (FEED_HEADING.test(textOf(h))) return h;
  }
  return null;
}
