import { findInJson } from '../page-metadata';
import { isRelativeTime } from '../patterns';
import type { AttributionInput } from './index';
import { EPOCH_MS_FROM, MAX_PLAUSIBLE_YEAR, MIN_PLAUSIBLE_YEAR } from './tuning';

/** A unit, not a threshold: epoch seconds times this are milliseconds. */
const MS_PER_SECOND = 1000;

/** The publication date: ISO 8601 from structured data first, never a relative time. */

const JSON_DATE_KEYS = [
  'datePublished',
  'publishedDateTime',
  'publishedAt',
  'published_at',
  'publishTime',
  'publish_time',
  'pubDate',
  'firstPublished',
  'createdDateTime',
  'date',
  'createdAt',
];
const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
];

export function readPublishedTime(input: AttributionInput): string | null {
  const { metadata } = input;
  const candidates: unknown[] = [metadata.jsonLdArticle?.datePublished];
  for (const key of DATE_META_KEYS) candidates.push(metadata.meta.get(key));
  candidates.push(input.evidence.headlineTime);
  for (const json of [metadata.nextData, ...metadata.pageJson]) {
    candidates.push(
      findInJson(json, (obj) => {
        for (const key of JSON_DATE_KEYS) {
          const v = obj[key];
          if ((typeof v === 'string' || typeof v === 'number') && toIsoTime(v)) return v;
        }
        return null;
      }),
    );
  }
  candidates.push(input.readabilityPublished, metadata.jsonLdArticle?.dateCreated, metadata.jsonLdArticle?.dateModified);
  for (const c of candidates) {
    const iso = toIsoTime(c);
    if (iso) return iso;
  }
  return null;
}

/** ISO 8601 in UTC from an ISO-like string or epoch seconds/milliseconds; null for anything relative or odd. */
export function toIsoTime(value: unknown): string | null {
  if (value == null || value === '') return null;
  let ms: number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
    const n = Number(value);
    ms = n < EPOCH_MS_FROM ? n * MS_PER_SECOND : n;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (isRelativeTime(text) || !/\d{4}/.test(text)) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    ms = Date.parse(text);
  } else {
    return null;
  }
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_PLAUSIBLE_YEAR || year > MAX_PLAUSIBLE_YEAR) return null;
  return date.toISOString().replace('.000Z', 'Z');
}
