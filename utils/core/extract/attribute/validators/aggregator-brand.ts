import { isSameSite } from '../../urls';
import { isSameOutletVia } from '../names';
import type { Validator } from '../types';

/**
 * Never the site's own brand as a foreign credit: an "MSN" logo linking to
 * microsoft.com, a "Yahoo Finance" logo linking to its staff blog, is the
 * platform, not another outlet. Its address is dropped and its name kept: a
 * credit naming the site is evidence of the site's own story, which
 * decide.ts weighs apart from foreign credits.
 */
export const notAggregatorBrand: Validator = {
  name: 'not-aggregator-brand',
  check(candidate, { directory, pageUrl, site }) {
    const name = candidate.name;
    if (!name || !candidate.url || isSameSite(candidate.url, pageUrl)) return candidate;
    const page = directory.lookupOutlet(pageUrl);
    const brands = [site.name, ...(page ? [page.name, ...page.aliases] : [])];
    // Its address goes (it is the platform's, not an original's); its name stays as the site's own credit.
    return brands.some((b) => isSameOutletVia(directory, b, name)) ? { ...candidate, url: null } : candidate;
  },
};
