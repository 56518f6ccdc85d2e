import { collapseWhitespace } from './dom';
import type { PageScan } from './page-scan';
import { MAX_JSON_ARRAY_ITEMS, MAX_JSON_BYTES, MAX_JSON_LD_DEPTH, MAX_PAGE_JSON_SCRIPTS } from './tuning';

/**
 * Everything the page says about itself outside its visible text: meta tags,
 * JSON-LD, the canonical link, `__NEXT_DATA__`. Read once, before pruning.
 */
export interface PageMetadata {
  /** Lower-cased `name`/`property` -> first non-empty `content`. */
  meta: Map<string, string>;
  /** The first JSON-LD object that describes an article, if any. */
  jsonLdArticle: Record<string, unknown> | null;
  /** Every JSON-LD object on the page, `@graph`s flattened. */
  jsonLd: Record<string, unknown>[];
  canonical: string | null;
  /** The parsed `__NEXT_DATA__` of a Next.js page. */
  nextData: unknown;
  /** Other JSON the page embeds (`<script type="application/json">`), parsed. */
  pageJson: unknown[];
  documentTitle: string;
  lang: string | null;
  dir: string | null;
}

const ARTICLE_TYPES =
  /(?:^|:)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

export function readPageMetadata(doc: Document, scan: PageScan): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of scan.byTag('META')) {
    const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || el.getAttribute('http-equiv') || '')
      .toLowerCase()
      .trim();
    // Pages saved through Mercury's preprocessing carry the value in `value`, not `content`.
    const content = collapseWhitespace(el.getAttribute('content') ?? el.getAttribute('value'));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }

  const jsonLd: Record<string, unknown>[] = [];
  const scripts = scan.byTag('SCRIPT');
  for (const script of scripts.filter((el) => /ld\+json/i.test(el.getAttribute('type') ?? ''))) {
    const parsed = parseJson(script.textContent ?? '');
    if (parsed !== undefined) collectJsonLdObjects(parsed, jsonLd, 0);
  }
  const jsonLdArticle = jsonLd.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;

  const canonicalEl = scan.byTag('LINK').find((el) => /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '') && el.getAttribute('href'));
  const html = doc.documentElement;
  return {
    meta,
    jsonLd,
    jsonLdArticle,
    canonical: canonicalEl?.getAttribute('href')?.trim() || null,
    nextData: readNextData(scripts),
    pageJson: scripts
      .filter((el) => el.getAttribute('type') === 'application/json' && el.getAttribute('id') !== '__NEXT_DATA__')
      .slice(0, MAX_PAGE_JSON_SCRIPTS)
      .map((script) => parseJson(script.textContent ?? ''))
      .filter((v) => v !== undefined),
    documentTitle: collapseWhitespace(scan.byTag('TITLE')[0]?.textContent),
    lang: html?.getAttribute('lang')?.trim() || meta.get('content-language') || null,
    dir: html?.getAttribute('dir')?.trim().toLowerCase() || doc.body?.getAttribute('dir')?.trim().toLowerCase() || null,
  };
}

/** The `@type`s of a JSON-LD object as strings. */
export function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function parseJson(text: string): unknown {
  if (!text || text.length > MAX_JSON_BYTES) return undefined;
  try {
    return JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return undefined;
  }
}

function collectJsonLdObjects(node: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > MAX_JSON_LD_DEPTH || node == null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLdObjects(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph']) collectJsonLdObjects(obj['@graph'], out, depth + 1);
}

function readNextData(scripts: Element[]): unknown {
  const tagged = scripts.find((el) => el.getAttribute('id') === '__NEXT_DATA__');
  if (tagged) return parseJson(tagged.textContent ?? '');
  for (const script of scripts.filter((el) => !el.hasAttribute('src'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf('__NEXT_DATA__');
    if (at < 0) continue;
    const start = text.indexOf('{', at);
    const end = text.lastIndexOf('}');
    if (start > 0 && end > start) return parseJson(text.slice(start, end + 1));
  }
  return undefined;
}

/** A string property, or the `name`/`url` of an object property, of a JSON-LD node. */
export function jsonLdString(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return collapseWhitespace(value) || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = jsonLdString(v, key);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const v = (value as Record<string, unknown>)[key] ?? (key === 'url' ? (value as Record<string, unknown>)['@id'] : undefined);
    return typeof v === 'string' ? collapseWhitespace(v) || null : null;
  }
  return null;
}

/**
 * Walks parsed JSON breadth-first (bounded) and returns the first object for
 * which `accept` returns a value. Used on `__NEXT_DATA__`, whose shape varies.
 */
export function findInJson<T>(root: unknown, accept: (obj: Record<string, unknown>) => T | null, maxNodes = 20_000): T | null {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < maxNodes; i++) {
    const node = queue[i];
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      queue.push(...(node as unknown[]).slice(0, MAX_JSON_ARRAY_ITEMS));
      continue;
    }
    const found = accept(node as Record<string, unknown>);
    if (found != null) return found;
    for (const v of Object.values(node as Record<string, unknown>)) if (v && typeof v === 'object') queue.push(v);
  }
  return null;
}
