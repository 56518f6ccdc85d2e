import { jsonLdString, typesOf } from '../../page-metadata';
import { isSiteHome } from '../../../domain/hosts';
import { resolveUrl } from '../../urls';
import { WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate, Signal } from '../types';

/** JSON-LD `author` of type Organization: wire copy credits the agency as its author ("Reuters"). */
export const jsonLdAuthorOrganization: Signal = {
  name: 'jsonld-author-organization',
  read({ metadata, pageUrl }) {
    const authors = metadata.jsonLdArticle?.author;
    const list = Array.isArray(authors) ? authors : authors ? [authors] : [];
    const out: Candidate[] = [];
    for (const a of list) {
      if (!a || typeof a !== 'object' || !typesOf(a as Record<string, unknown>).some((t) => /Organization$/i.test(t))) continue;
      const url = resolveUrl(jsonLdString(a, 'url'), pageUrl);
      // An organization whose home page is this site's is the site writing as itself, not a wire.
      const own = isSiteHome(url, pageUrl);
      out.push({ signal: this.name, name: jsonLdString(a), url, weight: WEIGHT_CREDIT_LINE, own });
    }
    return out;
  },
};
