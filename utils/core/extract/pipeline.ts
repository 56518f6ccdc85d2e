import type { Article, ExtractDiagnostics, ExtractFailure, ExtractOptions, ExtractResult } from './types';
import { attribute, gatherSourceEvidence, type Candidate, type SourceEvidence } from './attribute';
import { cleanArticleHtml } from './clean-html';
import { findDensestBlock, isPlainProse } from './densest-block';
import { findLandmarks, type Landmarks } from './detect';
import { forgetDocumentOrder, rememberDocumentOrder } from './dom';
import { absolutizeUrls, collectLinks } from './links';
import { collectPageLinks, isUnreadableText, judgeArticle, type NoArticleVerdict } from './no-article';
import { readPageMetadata, type PageMetadata } from './page-metadata';
import { scanPage, type PageScan } from './page-scan';
import { documentElementOf, prepareWorkingCopy } from './prepare';
import { pruneFeeds, type PruneOutcome } from './prune';
import { runReadability, type ReadabilityOutput } from './readability';
import { findBaseUrl, needsFallback, pickContent, pickTitle, unwrapReadabilityPage } from './select-content';
import { blockTextOf, readingStats } from './text';
import { trimEdgeFurniture } from './trim-furniture';

/**
 * The extraction stages, run in order by `runPipeline`. Each stage is a
 * function of one typed input (what the stages before it made) to one typed
 * output, or a typed failure. The runner times every stage and keeps the
 * time budget: an optional stage that would start after `degradeAfterMs` is
 * skipped, and Readability gives way to a simpler rule when it would not
 * finish in the budget. Every such step is named in `diagnostics.degraded`.
 * Pages are never refused for their size here (the CLI refuses only files
 * over 50 MB, which a browser tab would not hold either).
 */

export const DEFAULT_BUDGET = {
  /** Past this much work, a page that is still going gets TIMEOUT (an answer, not a frozen tab). */
  timeBudgetMs: 5_000,
  /** Past this much work, optional stages still to come are skipped, so hostile pages are answered within 2 s. */
  degradeAfterMs: 1_000,
  /**
   * Readability's predicted time beyond which the simple rule reads the body
   * instead, whatever the page. The prediction is generous; the slowest
   * ordinary news page in the benchmark sets takes Readability about 0.3 s,
   * issue 11's big articles take it 1-7 s on the whole page.
   */
  readabilityBudgetMs: 400,
  /**
   * The lower bar for a long story of plain prose (`isPlainProse`): there the
   * body cluster is the story and Readability, 300-700 ms on issue 11's big
   * articles, would only cost time. Readability on an ordinary page's
   * candidate takes 4 ms (median) and at most about 60 ms (Zyte's 181 pages),
   * so no ordinary page comes near this. A long linked page keeps Readability,
   * which drops its navigation boxes: Wikipedia's longest test page is
   * predicted at 136 ms (163 ms measured) and its link text is over 15 %.
   */
  plainProseBudgetMs: 150,
};

/**
 * Readability's predicted cost per element of the page, in ms on the reference
 * machine (the benchmark's): measured 0.011-0.017 on issue 11's big articles
 * and 0.016 on Wikipedia's longest test page (median 0.006 on Zyte's pages,
 * far below any bar). The prediction counts work, not the clock: one measured
 * from the scan's time followed GC pauses and cold starts, and the same page
 * got Readability in one run and the body rule in the next.
 */
const READABILITY_MS_PER_ELEMENT = 0.012;
/** Nesting up to about this depth is ordinary (news pages: 15-40); beyond it Readability's cost grows with its square. */
const ORDINARY_DEPTH = 100;

/** Readability's time on a page of `elements` elements nested `maxDepth` deep, as the budget predicts it. */
export function predictReadabilityMs(elements: number, maxDepth: number): number {
  return READABILITY_MS_PER_ELEMENT * elements * (1 + (maxDepth / ORDINARY_DEPTH) ** 2);
}

class BudgetExceeded extends Error {}

interface Prepared {
  work: Document;
  root: Element;
}
interface Scanned extends Prepared {
  scan: PageScan;
  baseUrl: string;
  metadata: PageMetadata;
  landmarks: Landmarks;
  maxDepth: number;
}
interface Pruned extends Scanned {
  pruned: PruneOutcome;
  evidence: SourceEvidence | null;
}
interface Read extends Pruned {
  read: ReadabilityOutput | null;
  content: Element;
}

const NO_PRUNE: PruneOutcome = { related: [], cardsRemoved: 0, signals: [], commentChars: 0 };

export function runPipeline(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  let diagnostics: ExtractDiagnostics | null = null;
  const result = runStages(doc, url, options, (d) => (diagnostics = d));
  if (diagnostics && options.onDiagnostics) options.onDiagnostics(diagnostics);
  return result;
}

function runStages(doc: Document, url: string, options: ExtractOptions, report: (d: ExtractDiagnostics) => void): ExtractResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budget = { ...DEFAULT_BUDGET, ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}) };
  const diagnostics: ExtractDiagnostics = { degraded: [], stageMs: {}, elements: 0 };
  report(diagnostics);
  const spentBefore = options.spentBeforeMs ?? 0;
  const elapsed = () => now() - started + spentBefore;
  const stage = <T>(name: string, run: () => T): T => {
    const t0 = now();
    const out = run();
    const t1 = now();
    diagnostics.stageMs[name] = (diagnostics.stageMs[name] ?? 0) + (t1 - t0);
    // TIMEOUT counts the core's own work only: a slow parse degrades the stages, it never costs the answer.
    if (t1 - started > budget.timeBudgetMs) throw new BudgetExceeded(`Gave up after ${budget.timeBudgetMs} ms (in ${name}).`);
    return out;
  };
  /** An optional stage runs only while the page is within the degrade budget. */
  const optional = <T>(name: string, run: () => T, fallback: T): T => {
    if (elapsed() > budget.degradeAfterMs) {
      diagnostics.degraded.push(`${name}: skipped, ${Math.round(elapsed())} ms already spent (budget ${budget.degradeAfterMs} ms)`);
      return fallback;
    }
    return stage(name, run);
  };
  const fail = (code: ExtractFailure['code'], message: string): ExtractFailure => ({ ok: false, code, message });

  try {
    const root = doc ? documentElementOf(doc) : null;
    if (!root) return fail('PARSE_ERROR', 'The page has no HTML document to read.');

    const prepared = stage('prepare', (): Prepared => {
      const work = prepareWorkingCopy(doc, !options.ownsDocument);
      return { work, root: documentElementOf(work) ?? root };
    });
    const scan = stage('scan', () => {
      const scanned = scanPage(prepared.root);
      rememberDocumentOrder(scanned.elements);
      return scanned;
    });
    diagnostics.elements = scan.elements.length;
    const metadata = stage('metadata', () => readPageMetadata(prepared.work, scan));
    const scanned = stage('detect', (): Scanned => ({
      ...prepared,
      scan,
      baseUrl: findBaseUrl(scan, url),
      metadata,
      landmarks: findLandmarks(scan, metadata),
      maxDepth: scan.maxDepth,
    }));

    const pruned = ((): Pruned => {
      const feeds = optional('prune', () => pruneFeeds(scanned.work, scanned.landmarks, scanned.baseUrl, scanned.scan), NO_PRUNE);
      const evidence = optional(
        'evidence',
        () => {
          const found = gatherSourceEvidence(scanned.work, scanned.landmarks, scanned.metadata, scanned.baseUrl, scanned.scan);
          // Byline and attribution lines are read; their blocks (author links, "3 min read", "Source: X") are furniture.
          for (const el of [...found.bylineElements, ...found.attributionElements]) el.parentNode?.removeChild(el);
          return found;
        },
        null,
      );
      return { ...scanned, pruned: feeds, evidence };
    })();

    const predictedReadabilityMs = predictReadabilityMs(diagnostics.elements, pruned.maxDepth);
    const overBudget =
      predictedReadabilityMs > budget.readabilityBudgetMs ||
      (predictedReadabilityMs > budget.plainProseBudgetMs && !!pruned.landmarks.body && isPlainProse(pruned.landmarks.body));
    const useReadability = !overBudget && elapsed() <= budget.degradeAfterMs;
    // Readability moves nodes: sibling stamps from the scan would lie from here on.
    forgetDocumentOrder();
    const read = stage('read', (): Read | null => {
      if (!useReadability) {
        diagnostics.degraded.push(
          `readability: replaced by the densest-block rule (predicted ${Math.round(predictedReadabilityMs)} ms, budget ${budget.readabilityBudgetMs} ms, ${budget.plainProseBudgetMs} ms for plain prose)`,
        );
        const content = pruned.landmarks.body ?? findDensestBlock(pruned.root);
        return content ? { ...pruned, read: null, content } : null;
      }
      // Readability scores paragraphs, so a bulleted summary can lose to a sidebar box; keep the
      // body cluster aside to fall back on when Readability returns much less than it.
      const bodyFallback = needsFallback(pruned.landmarks) ? (pruned.landmarks.body!.cloneNode(true) as Element) : null;
      narrowToCandidate(pruned.work, pruned.landmarks);
      let readable: ReadabilityOutput | null;
      try {
        readable = runReadability(pruned.work);
      } catch (error) {
        // Readability assumes a tree as a browser builds it and throws on some others: the page still
        // has its story, so the body cluster or the densest block stands in, as when over budget.
        diagnostics.degraded.push(`readability: failed (${error instanceof Error ? error.message : String(error)}); replaced by the densest-block rule`);
        const content = bodyFallback ?? findDensestBlock(pruned.root);
        return content ? { ...pruned, read: null, content } : null;
      }
      if (!readable && !bodyFallback) return null;
      const content = pickContent(pruned.work, readable ? unwrapReadabilityPage(readable.content) : null, bodyFallback);
      return { ...pruned, read: readable, content };
    });
    if (!read)
      return {
        ...fail('NO_ARTICLE', 'No article was found on this page.'),
        pageLinks: collectPageLinks(pruned.work, pruned.baseUrl, undefined, pruned.pruned.related),
      };

    stage('clean', () => {
      absolutizeUrls(read.content, read.baseUrl);
      cleanArticleHtml(read.content);
    });
    optional('trim', () => trimEdgeFurniture(read.content), undefined);
    const body = stage('text', () => blockTextOf(read.content));
    if (isUnreadableText(body)) return fail('NO_ARTICLE', 'This page holds no readable text (binary or garbled content).');
    const verdict = stage('decide', () =>
      judgeArticle({
        doc: read.work,
        content: read.content,
        text: body,
        baseUrl: read.baseUrl,
        landmarks: read.landmarks,
        metadata: read.metadata,
        cardsRemoved: read.pruned.cardsRemoved,
        commentChars: read.pruned.commentChars,
        readMoreUrl: findReadMoreUrl(read.evidence?.candidates ?? []),
        related: read.pruned.related,
      }),
    );
    if (verdict.noArticle) return { ...fail('NO_ARTICLE', verdict.reason), pageLinks: verdict.pageLinks };
    const article = stage('attribute', () => assemble(read, body, url, options, verdict));
    return { ok: true, article };
  } catch (error) {
    if (error instanceof BudgetExceeded) return fail('TIMEOUT', error.message);
    const message = error instanceof Error ? error.message : String(error);
    return fail('INTERNAL', `Extraction failed: ${message}`);
  }
}

const EMPTY_EVIDENCE: SourceEvidence = {
  candidates: [],
  headlineTime: null,
  headlineByline: null,
  storyOpening: null,
  bylineElements: [],
  attributionElements: [],
};

/** The "Read more" / "Read the full story" address attribution found: a teaser's full story. */
function findReadMoreUrl(candidates: Candidate[]): string | null {
  return candidates.find((c) => (c.signal === 'read-more-link' || c.signal === 'read-full-story') && c.url)?.url ?? null;
}

/** Attribution, links, stats and the serialized body: the Article. */
function assemble(read: Read, text: string, url: string, options: ExtractOptions, verdict: Extract<NoArticleVerdict, { noArticle: false }>): Article {
  const { pruned, read: readable, landmarks, content } = read;
  const attribution = attribute({
    metadata: read.metadata,
    evidence: read.evidence ?? EMPTY_EVIDENCE,
    pageUrl: url,
    pruneSignals: pruned.signals,
    feedOutlets: Array.from(new Set(pruned.related.map((r) => r.source).filter((s): s is string => !!s))),
    readabilityByline: readable?.byline ?? null,
    readabilityPublished: readable?.publishedTime ?? null,
    readabilitySiteName: readable?.siteName ?? null,
    readabilityLang: readable?.lang ?? null,
    readabilityExcerpt: readable?.excerpt ?? null,
  });
  const stats = readingStats(text);
  return {
    title: pickTitle(landmarks.headlineText, landmarks.titles, readable?.title ?? null, attribution.site.name),
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
    contentHtml: options.serializeContent ? options.serializeContent(content) : content.innerHTML.trim(),
    text,
    links: collectLinks(content),
    // On an aggregator a card's bare label is its outlet; elsewhere it is a section kicker.
    related: pruned.related.map(({ label, ...item }) => ({ ...item, source: item.source ?? (attribution.aggregator ? label : null) })),
    wordCount: stats.wordCount,
    readingMinutes: stats.readingMinutes,
  };
}

/** Ancestors a candidate may climb above the headline-and-body pair: room for a standfirst and lead image. */
const CANDIDATE_CLIMB = 1;

/**
 * Readability on the candidate subtree: when the headline and the body
 * cluster were both found, everything in <body> outside their common
 * ancestor (one level up) is detached before Readability runs, so it scores
 * the story's part of the page instead of the whole page. Metadata in <head>
 * stays. The prune and evidence stages have already read the rest.
 */
function narrowToCandidate(work: Document, landmarks: Landmarks): boolean {
  const { headline, body } = landmarks;
  if (!headline || !body) return false;
  const pageBody = work.body;
  if (!pageBody) return false;
  const above = new Set<Node>();
  for (let n: Node | null = headline; n; n = n.parentNode) above.add(n);
  let candidate: Element | null = body;
  while (candidate && !above.has(candidate)) candidate = candidate.parentElement;
  for (let i = 0; i < CANDIDATE_CLIMB && candidate && candidate !== pageBody; i++) candidate = candidate.parentElement;
  if (!candidate || candidate === pageBody || !above.has(pageBody)) return false;
  let inside = false;
  for (let n: Node | null = candidate; n && n !== pageBody; n = n.parentNode) if (n.parentNode === pageBody) inside = true;
  if (!inside) return false;
  for (let keep: Element = candidate; keep !== pageBody; keep = keep.parentElement!) {
    const parent = keep.parentElement!;
    for (let sibling = parent.firstChild; sibling;) {
      const next = sibling.nextSibling;
      if (sibling !== keep && sibling.nodeType === 1) parent.removeChild(sibling);
      sibling = next;
    }
  }
  return true;
}
