import { jsonLdString } from '../../page-metadata';
import { isSiteHome } from '../../../domain/hosts';
import { isSameSite, resolveUrl } from '../../urls';
import { WEIGHT_CORROBORATING, WEIGHT_OWN_SITE } from '../tuning';
import type { Signal } from '../types';

/**
 * JSON-LD `publisher`. On the publisher's own page it names the site (own
 * evidence; its `url` on this site says so outright). When it differs from the site it is the parent company as often
 * as the original outlet, so it only corroborates other evidence.
 */
export const jsonLdPublisher: Signal = {
  name: 'jsonld-publisher',
  read({ metadata, pageUrl }) {
    const publisher = metadata.jsonLdArticle?.publisher;
    const name = jsonLdString(publisher);
    if (!name) return [];
    const url = resolveUrl(jsonLdString(publisher, 'url'), pageUrl);
    // A publisher's home page is not the story's address.
    const onSite = !url || isSameSite(url, pageUrl);
    // A publisher whose home page is this site's is the site, under whatever name ("毎日新聞" on mainichi.jp).
    const own = isSiteHome(url, pageUrl);
    return [{ signal: this.name, name, url: onSite ? null : url, weight: onSite ? WEIGHT_OWN_SITE : WEIGHT_CORROBORATING, corroborating: true, own }];
  },
};
