import { jsonLdString } from '../../page-metadata';
import { resolveUrl } from '../../urls';
import { WEIGHT_STRUCTURED } from '../tuning';
import type { Signal } from '../types';

/** A JSON-LD organisation field of the article that names who supplied it. */
function organizationSignal(key: 'sourceOrganization' | 'provider'): Signal {
  return {
    name: `jsonld-${key}`,
    read({ metadata, pageUrl }) {
      const value = metadata.jsonLdArticle?.[key];
      if (!value) return [];
      return [{ signal: this.name, name: jsonLdString(value), url: resolveUrl(jsonLdString(value, 'url'), pageUrl), weight: WEIGHT_STRUCTURED }];
    },
  };
}

/** JSON-LD `sourceOrganization`: the organisation that supplied the content. */
export const jsonLdSourceOrganization = organizationSignal('sourceOrganization');
/** JSON-LD `provider`: the service provider of the item (how aggregators credit the original). */
export const jsonLdProvider = organizationSignal('provider');
