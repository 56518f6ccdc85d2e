import { jsonLdString } from '../../page-metadata';
import { isSameSite, resolveUrl } from '../../urls';
import { WEIGHT_STRUCTURED } from '../tuning';
import type { Signal } from '../types';

function sameWords(a: string, b: string | null | undefined): boolean {
  return !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A JSON-LD organisation field of the article that names who supplied it. */
function organizationSignal(key: 'sourceOrganization' | 'provider'): Signal {
  return {
    name: `jsonld-${key}`,
    read({ metadata, pageUrl }) {
      const value = metadata.jsonLdArticle?.[key];
      if (!value) return [];
      const name = jsonLdString(value);
      const url = resolveUrl(jsonLdString(value, 'url'), pageUrl);
      // A desk of the site itself (heise.de's "Security" at heise.de/security), which the page's
      // og:site_name also goes by: the site under a section's name, not a supplier.
      const own = !!name && !!url && isSameSite(url, pageUrl) && sameWords(name, metadata.meta.get('og:site_name'));
      return [{ signal: this.name, name, url, weight: WEIGHT_STRUCTURED, own }];
    },
  };
}

/** JSON-LD `sourceOrganization`: the organisation that supplied the content. */
export const jsonLdSourceOrganization = organizationSignal('sourceOrganization');
/** JSON-LD `provider`: the service provider of the item (how aggregators credit the original). */
export const jsonLdProvider = organizationSignal('provider');
