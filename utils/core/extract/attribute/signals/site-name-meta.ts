import { ownHostName, readOwnSiteName } from '../page-info';
import { WEIGHT_OWN_SITE } from '../tuning';
import type { Candidate, Signal } from '../types';

/** `og:site_name`, `application-name` and a `publisher` meta tag: the page naming its own site (evidence for a publisher's own story). */
export const siteNameMeta: Signal = {
  name: 'og:site_name',
  read({ metadata, pageUrl }) {
    const out: Candidate[] = [];
    const og = readOwnSiteName(metadata.meta.get('og:site_name'), pageUrl);
    if (og) out.push({ signal: 'og:site_name', name: og, url: pageUrl, weight: WEIGHT_OWN_SITE, own: true });
    const app = readOwnSiteName(metadata.meta.get('application-name'), pageUrl);
    if (app) out.push({ signal: 'application-name', name: app, url: pageUrl, weight: WEIGHT_OWN_SITE, own: true });
    // `publisher` names a parent company as often as the site: read only when it spells the site's own host.
    const publisher = ownHostName(metadata.meta.get('publisher'), pageUrl);
    if (publisher) out.push({ signal: 'meta-publisher', name: publisher, url: pageUrl, weight: WEIGHT_OWN_SITE, own: true });
    return out;
  },
};
