import { isHttpUrl, isSameBrandSite, isSameSite, resolveUrl } from '../../urls';
import { WEIGHT_ADDRESS_ONLY } from '../tuning';
import type { Candidate, Signal } from '../types';

/**
 * The canonical link or og:url on another site: the story's home is there.
 * The same name under another suffix (a moved site, a country edition) is the
 * site's own address, not another outlet's.
 */
export const canonicalElsewhere: Signal = {
  name: 'canonical-elsewhere',
  read({ metadata, pageUrl }) {
    const out: Candidate[] = [];
    for (const raw of [metadata.canonical, metadata.meta.get('og:url')]) {
      const url = resolveUrl(raw, pageUrl);
      if (isHttpUrl(url) && !isSameSite(url, pageUrl) && !isSameBrandSite(url, pageUrl) && !out.some((c) => c.url === url))
        out.push({ signal: this.name, name: null, url, weight: WEIGHT_ADDRESS_ONLY });
    }
    return out;
  },
};
