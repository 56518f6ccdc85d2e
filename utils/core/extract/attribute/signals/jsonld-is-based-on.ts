import { jsonLdString } from '../../page-metadata';
import { resolveUrl } from '../../urls';
import { WEIGHT_STRUCTURED } from '../tuning';
import type { Signal } from '../types';

/** JSON-LD `isBasedOn` (or `isBasedOnUrl`): the work this page republishes, with its publisher when given. */
export const jsonLdIsBasedOn: Signal = {
  name: 'jsonld-isBasedOn',
  read({ metadata, pageUrl }) {
    const article = metadata.jsonLdArticle;
    const basedOn = article?.isBasedOn ?? article?.isBasedOnUrl;
    if (!basedOn) return [];
    const node = typeof basedOn === 'object' && !Array.isArray(basedOn) ? (basedOn as Record<string, unknown>) : null;
    const name = node ? (jsonLdString(node.publisher) ?? jsonLdString(node.sourceOrganization)) : null;
    return [{ signal: this.name, name, url: resolveUrl(jsonLdString(basedOn, 'url'), pageUrl), weight: WEIGHT_STRUCTURED }];
  },
};
