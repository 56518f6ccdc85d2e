import { isHttpUrl, isSameSite, resolveUrl } from '../../urls';
import { WEIGHT_STRUCTURED } from '../tuning';
import type { Candidate, Signal } from '../types';

const ORIGINAL_META_KEYS = ['original-source', 'syndication-source', 'og:original_url', 'original-url'];

/**
 * Syndication markup: `<meta name="original-source">`, `syndication-source`,
 * `og:original_url`, and `<link rel="syndication-source">` (old Yahoo pages).
 */
export const metaOriginalSource: Signal = {
  name: 'syndication-meta',
  read({ metadata, pageUrl, scan }) {
    const urls = ORIGINAL_META_KEYS.map((key) => metadata.meta.get(key));
    for (const link of scan.byTag('LINK')) {
      if (/(?:^|\s)(?:syndication-source|original-source)(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) urls.push(link.getAttribute('href') ?? undefined);
    }
    const out: Candidate[] = [];
    for (const raw of urls) {
      const url = resolveUrl(raw, pageUrl);
      if (isHttpUrl(url) && !isSameSite(url, pageUrl) && !out.some((c) => c.url === url))
        out.push({ signal: this.name, name: null, url, weight: WEIGHT_STRUCTURED });
    }
    return out;
  },
};
