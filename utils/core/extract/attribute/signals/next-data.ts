import { collapseWhitespace } from '../../dom';
import { findInJson, jsonLdString } from '../../page-metadata';
import { isSameSite, registrableDomain } from '../../urls';
import { MAX_JSON_SOURCE_NAME_CHARS, WEIGHT_STRUCTURED } from '../tuning';
import type { Signal } from '../types';

const SOURCE_KEYS = ['source', 'sourceName', 'source_name', 'publisher', 'publisherName', 'provider', 'providerName', 'media', 'mediaName'];
const URL_KEYS = ['origin_url', 'originUrl', 'originalUrl', 'original_url', 'sourceUrl', 'source_url', 'sourceHref', 'originalLink', 'canonicalUrl', 'url'];

/** An embed's type key, the platform's host word in lower case ("tiktok" beside a tiktok.com video): no outlet's credit. */
function isEmbedKind(name: string, url: string): boolean {
  return name === name.toLowerCase() && name.replace(/[^a-z0-9]/g, '') === registrableDomain(url)?.split('.')[0];
}

/**
 * Page JSON (`__NEXT_DATA__`, `<script type="application/json">`): an object
 * naming the source and an origin URL on another site (NewsBreak; MSN's
 * `provider.name` + `sourceHref`). Both are required: a name alone in page
 * JSON is as often a card of the feed.
 */
export const pageJsonSource: Signal = {
  name: 'page-json',
  read({ metadata, pageUrl }) {
    for (const json of [metadata.nextData, ...metadata.pageJson]) {
      if (!json) continue;
      const found = findInJson(json, (obj) => {
        const name = SOURCE_KEYS.map((k) => obj[k])
          .map((v) => (typeof v === 'string' ? v : jsonLdString(v)))
          .find((v) => v && v.length <= MAX_JSON_SOURCE_NAME_CHARS);
        if (!name) return null;
        const url = URL_KEYS.map((k) => obj[k]).find((v): v is string => typeof v === 'string' && /^https?:\/\//i.test(v) && !isSameSite(v, pageUrl));
        return url && !isEmbedKind(name, url) ? { name: collapseWhitespace(name), url } : null;
      });
      if (found) return [{ signal: json === metadata.nextData ? 'next-data' : this.name, name: found.name, url: found.url, weight: WEIGHT_STRUCTURED }];
    }
    return [];
  },
};
