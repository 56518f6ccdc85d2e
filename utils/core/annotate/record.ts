import { cleanUrl } from '../domain/clean-url';
import type { Article } from '../extract/types';
import type { TextQuoteSelector } from './quote-selector';

/**
 * What is kept of a reader's highlights on one article: one record per
 * ORIGINAL article (the outlet's address when we know it), so the same story
 * read on an aggregator and on the outlet's own site shares its highlights.
 * Records come back from storage written by other versions of the extension,
 * so they are checked on the way in and anything malformed is dropped, never
 * allowed to break the list.
 */

export interface Highlight {
  id: string;
  selector: TextQuoteSelector;
  note: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface HighlightRecord {
  version: 1;
  /** The original article's address (also the storage key). */
  url: string;
  title: string;
  outlet: string | null;
  /** An archived copy the reader chose to cite (e.g. a Wayback Machine address), or null. */
  archiveUrl: string | null;
  highlights: Highlight[];
}

/** Notes longer than this are cut: a note is a remark, not a second article, and storage is finite. */
export const MAX_NOTE_CHARS = 10_000;

/**
 * The original article's address: the source's URL when it is an article's
 * (a source URL that is only the outlet's home page would lump every story of
 * that outlet together), else the canonical address, else the page's own;
 * tracking parameters removed.
 */
export function originalArticleUrl(article: Pick<Article, 'url' | 'canonicalUrl' | 'source' | 'site'>): string {
  const source = article.source?.url ?? null;
  const candidate = source && isArticleAddress(source) && !sameAddress(source, article.site?.url ?? null) ? source : null;
  return cleanUrl(candidate ?? article.canonicalUrl ?? article.url);
}

function isArticleAddress(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname.replace(/\/+$/, '') !== '' || url.search !== '');
  } catch {
    return false;
  }
}

function sameAddress(a: string, b: string | null): boolean {
  if (!b) return false;
  const norm = (s: string) =>
    s
      .replace(/^https?:\/\/(www\.)?/i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return norm(a) === norm(b);
}

export function emptyRecord(article: Pick<Article, 'url' | 'canonicalUrl' | 'source' | 'site' | 'title'>): HighlightRecord {
  return {
    version: 1,
    url: originalArticleUrl(article),
    title: article.title,
    outlet: article.source?.name?.trim() || null,
    archiveUrl: null,
    highlights: [],
  };
}

export function addHighlights(record: HighlightRecord, added: Highlight[]): HighlightRecord {
  return { ...record, highlights: [...record.highlights, ...added] };
}

export function setNote(record: HighlightRecord, id: string, note: string): HighlightRecord {
  const text = note.slice(0, MAX_NOTE_CHARS);
  return { ...record, highlights: record.highlights.map((h) => (h.id === id ? { ...h, note: text } : h)) };
}

export function removeHighlight(record: HighlightRecord, id: string): HighlightRecord {
  return { ...record, highlights: record.highlights.filter((h) => h.id !== id) };
}

/** Sets (or, with null, clears) the archived address to cite; only http(s) addresses are taken. */
export function setArchiveUrl(record: HighlightRecord, url: string | null): HighlightRecord {
  if (url !== null && !isHttpUrl(url)) throw new Error(`Not an http(s) address: ${url}`);
  return { ...record, archiveUrl: url === null ? null : new URL(url.trim()).toString() };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';

function parseSelector(raw: unknown): TextQuoteSelector | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  if (s.type !== 'TextQuoteSelector' || !isString(s.exact) || !s.exact.trim()) return null;
  return { type: 'TextQuoteSelector', exact: s.exact, prefix: isString(s.prefix) ? s.prefix : '', suffix: isString(s.suffix) ? s.suffix : '' };
}

function parseHighlight(raw: unknown): Highlight | null {
  if (!raw || typeof raw !== 'object') return null;
  const h = raw as Record<string, unknown>;
  const selector = parseSelector(h.selector);
  if (!selector || !isString(h.id) || !h.id) return null;
  return {
    id: h.id,
    selector,
    note: isString(h.note) ? h.note.slice(0, MAX_NOTE_CHARS) : '',
    createdAt: isString(h.createdAt) ? h.createdAt : '',
  };
}

/** A stored record, checked: null when it is not one at all; malformed highlights inside are dropped. */
export function parseRecord(raw: unknown): HighlightRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (r.version !== 1 || !isString(r.url) || !Array.isArray(r.highlights)) return null;
  const seen = new Set<string>();
  const highlights: Highlight[] = [];
  for (const item of r.highlights) {
    const h = parseHighlight(item);
    if (!h || seen.has(h.id)) continue;
    seen.add(h.id);
    highlights.push(h);
  }
  return {
    version: 1,
    url: r.url,
    title: isString(r.title) ? r.title : '',
    outlet: isString(r.outlet) ? r.outlet : null,
    archiveUrl: isString(r.archiveUrl) && isHttpUrl(r.archiveUrl) ? r.archiveUrl : null,
    highlights,
  };
}
