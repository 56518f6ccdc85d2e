import type { Article, ExtractFailure, ExtractOptions, ExtractResult } from './types';
import { attribute, gatherSourceEvidence, type Candidate } from './attribute';
import { cleanArticleHtml } from './clean-html';
import { findLandmarks, normalizeForMatch } from './detect';
import { collapseWhitespace, isAttached, measureTree, queryAll, textOf } from './dom';
import { absolutizeUrls, collectLinks } from './links';
import { readPageMetadata } from './page-metadata';
import { documentElementOf, prepareWorkingCopy } from './prepare';
import { collectPageLinks, judgeArticle } from './no-article';
import { pruneFeeds } from './prune';
import { runReadability } from './readability';
import { blockTextOf, readingStats } from './text';
import { scanPage, type PageScan } from './page-scan';
import { trimEdgeFurniture } from './trim-furniture';
import { isHttpUrl, isOtherPage, resolveUrl } from './urls';

export type * from './types';

/** Limits that keep a monstrous page from freezing the tab or the CLI. */
export const DEFAULT_LIMITS = {
  maxElements: 40_000,
  maxDepth: 600,
  timeBudgetMs: 5_000,
};

/** Readability's pick shorter than this, beside a body cluster after the headline, is a miss. */
const FALLBACK_BELOW_CHARS = 250;

class BudgetExceeded extends Error {}

/**
 * The extraction core: a document and its URL in, an Article or a typed
 * failure out. Works on a clone (the page is never changed) and touches no
 * browser or extension global, so it runs unchanged in the content script,
 * under jsdom in tests and on linkedom in the CLI.
 *
 * Stages: prepare (clone, flatten shadow roots) -> detect (headline, body)
 * -> prune (feeds, promos, comments) -> attribute evidence -> Readability
 * -> clean and absolutize -> text, links -> attribution.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const timeBudgetMs = options.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
  const maxElements = options.maxElements ?? DEFAULT_LIMITS.maxElements;
  const checkBudget = (stage: string) => {
    if (now() - started > timeBudgetMs) throw new BudgetExceeded(`Gave up after ${timeBudgetMs} ms (in ${stage}).`);
  };

  try {
    const root = doc ? documentElementOf(doc) : null;
    if (!root) return fail('PARSE_ERROR', 'The page has no HTML document to read.');
    const size = measureTree(root);
    if (size.elements > maxElements) return fail('TOO_LARGE', `The page has ${size.elements} elements; the limit is ${maxElements}.`);
    if (size.depth > DEFAULT_LIMITS.maxDepth) return fail('TOO_LARGE', `The page nests elements ${size.depth} deep; the limit is ${DEFAULT_LIMITS.maxDepth}.`);

    const work = prepareWorkingCopy(doc);
    const scan = scanPage(documentElementOf(work) ?? root);
    const baseUrl = findBaseUrl(scan, url);
    const metadata = readPageMetadata(work, scan);
    const landmarks = findLandmarks(scan, metadata);
    checkBudget('detect');

    const pruned = pruneFeeds(work, landmarks, baseUrl, scan);
    const evidence = gatherSourceEvidence(work, landmarks, metadata, baseUrl, scan);
    // Byline and attribution lines are read; their blocks (author links, "3 min read", "Source: X") are furniture.
    for (const el of [...evidence.bylineElements, ...evidence.attributionElements]) el.parentNode?.removeChild(el);
    const headlineText = landmarks.headline ? textOf(landmarks.headline) : null;
    checkBudget('prune');

    // Readability scores paragraphs, so a bulleted summary can lose to a sidebar box; keep the
    // body cluster aside to fall back on when Readability returns much less than it.
    const bodyFallback = needsFallback(landmarks) ? (landmarks.body!.cloneNode(true) as Element) : null;
    const read = runReadability(work, maxElements);
    checkBudget('extract');
    if (!read && !bodyFallback) return { ...fail('NO_ARTICLE', 'No article was found on this page.'), pageLinks: collectPageLinks(doc, baseUrl) };

    const content = pickContent(work, read ? unwrapReadabilityPage(read.content) : null, bodyFallback);
    absolutizeUrls(content, baseUrl);
    cleanArticleHtml(content);
    trimEdgeFurniture(content);
    const text = blockTextOf(content);
    if (isUnreadableText(text)) return fail('NO_ARTICLE', 'This page holds no readable text (binary or garbled content).');
    const verdict = judgeArticle({ doc, content, text, baseUrl, landmarks, metadata, cardsRemoved: pruned.cardsRemoved, commentChars: pruned.commentChars, readMoreUrl: findReadMoreUrl(evidence.candidates) });
    if (verdict.noArticle) return { ...fail('NO_ARTICLE', verdict.reason), pageLinks: verdict.pageLinks };

    const attribution = attribute({
      metadata,
      evidence,
      pageUrl: url,
      pruneSignals: pruned.signals,
      feedOutlets: Array.from(new Set(pruned.related.map((r) => r.source).filter((s): s is string => !!s))),
      readabilityByline: read?.byline ?? null,
      readabilityPublished: read?.publishedTime ?? null,
      readabilitySiteName: read?.siteName ?? null,
      readabilityLang: read?.lang ?? null,
      readabilityExcerpt: read?.excerpt ?? null,
    });
    checkBudget('attribute');

    const stats = readingStats(text);
    const article: Article = {
      title: pickTitle(headlineText, landmarks.titles, read?.title ?? null, attribution.site.name),
      byline: attribution.byline,
      excerpt: attribution.excerpt,
      lang: attribution.lang,
      dir: attribution.dir,
      publishedTime: attribution.publishedTime,
      url,
      canonicalUrl: attribution.canonicalUrl,
      site: attribution.site,
      source: attribution.source,
      originalUrl: attribution.originalUrl,
      teaser: verdict.teaser,
      aggregator: attribution.aggregator,
      contentHtml: serializeChildren(content),
      text,
      links: collectLinks(content),
      // On an aggregator a card's bare label is its outlet; elsewhere it is a section kicker.
      related: pruned.related.map(({ label, ...item }) => ({ ...item, source: item.source ?? (attribution.aggregator ? label : null) })),
      wordCount: stats.wordCount,
      readingMinutes: stats.readingMinutes,
    };
    return { ok: true, article };
  } catch (error) {
    if (error instanceof BudgetExceeded) return fail('TIMEOUT', error.message);
    const message = error instanceof Error ? error.message : String(error);
    if (/Aborting parsing document/i.test(message)) return fail('TOO_LARGE', message);
    return fail('INTERNAL', `Extraction failed: ${message}`);
  }
}

/**
 * Worth keeping a copy of the body cluster: a list (Readability scores paragraphs,
 * not items) or a few paragraphs. A body of many paragraphs is never missed.
 */
function needsFallback(landmarks: { headline: Element | null; body: Element | null }): boolean {
  const body = landmarks.body;
  if (!landmarks.headline || !body || !isAttached(body)) return false;
  return /^(?:UL|OL)$/.test(body.tagName) || body.getElementsByTagName('p').length < 4;
}

/**
 * Readability's body, unless it is near empty while the page has a body
 * cluster after its headline (it chose a side box): then the cluster.
 */
function pickContent(doc: Document, readable: Element | null, bodyCluster: Element | null): Element {
  if (!readable) return bodyCluster!;
  if (!bodyCluster) return readable;
  // Only a near-empty pick is a miss: a short story beside long comments is still Readability's to choose.
  const readableText = collapseWhitespace(readable.textContent);
  if (readableText.length >= FALLBACK_BELOW_CHARS * 2) return readable;
  // Block text skips scripts and styles, which the cluster still holds (Readability drops them).
  const clusterText = collapseWhitespace(blockTextOf(bodyCluster));
  if (clusterText.length < 200) return readable;
  const pickedText = collapseWhitespace(blockTextOf(readable));
  if (pickedText.length >= FALLBACK_BELOW_CHARS || pickedText.includes(clusterText.slice(0, 80))) return readable;
  // Created by the working copy: on linkedom a cloned node's ownerDocument is still the original page.
  const wrapper = doc.createElement('div');
  wrapper.appendChild(bodyCluster);
  return wrapper;
}

function fail(code: ExtractFailure['code'], message: string): ExtractFailure {
  return { ok: false, code, message };
}

function findBaseUrl(scan: PageScan, url: string): string {
  const base = scan.byTag('BASE').find((el) => el.hasAttribute('href'))?.getAttribute('href');
  const resolved = base ? resolveUrl(base, url) : null;
  return isHttpUrl(resolved) ? resolved : url;
}

/** Readability wraps the body in `<div id="readability-page-1">`; the article is its content. */
function unwrapReadabilityPage(content: Element): Element {
  const only = content.children.length === 1 ? content.children[0] : null;
  return only && /^readability-page-/.test(only.getAttribute('id') ?? '') ? only : content;
}

function serializeChildren(el: Element): string {
  return el.innerHTML.trim();
}

/** Binary bytes served as HTML decode to control and replacement characters, not prose. */
function isUnreadableText(text: string): boolean {
  const head = text.slice(0, 2000);
  const bad = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return head.length > 0 && bad > head.length * 0.05;
}

/** The headline shown on the page, else the most specific title the page gives. */
function pickTitle(headline: string | null, titles: string[], readabilityTitle: string | null, siteName: string): string {
  if (headline) return headline;
  const site = normalizeForMatch(siteName);
  const fromMeta = titles.find((t) => normalizeForMatch(t) !== site);
  return collapseWhitespace(readabilityTitle) || fromMeta || 'Untitled';
}

/** The address a "Read more »" or "Read the full story on X" line points to (the line itself is cut as furniture). */
function findReadMoreUrl(candidates: Candidate[]): string | null {
  return candidates.find((c) => (c.signal === 'read-more-link' || c.signal === 'read-full-story') && c.url)?.url ?? null;
}
