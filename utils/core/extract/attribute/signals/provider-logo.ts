import { listElements, textOf } from '../../dom';
import { isSameSite, resolveUrl } from '../../urls';
import { cleanOutletName, hasNameShape } from '../names';
import { WEIGHT_PROVIDER_SLOT, WEIGHT_UNNAMED_LOGO } from '../tuning';

/** The signal name of a provider logo with no readable name. */
export const PROVIDER_LOGO_SLOT = 'provider-logo-unnamed';
import type { Candidate, Signal } from '../types';
import { foreignLinkUrl, headlineRegions, isInOrAfterBody } from './region';

const LOGO_HOLDER_CLASS = /provider|source|attribution|partner|publisher|logo|brand|origin/i;
/** Classes that say the logo is another outlet's, not the site's own brand. */
const PROVIDER_SLOT_CLASS = /provider|source|attribution|partner|publisher|origin/i;

/** The site's own home link (its logo), which says nothing about another outlet. */
function isHomeLink(link: Element | null, pageUrl: string): boolean {
  if (!link) return false;
  const url = resolveUrl(link.getAttribute('href'), pageUrl);
  return !!url && isSameSite(url, pageUrl) && new URL(url).pathname.replace(/\/+$/, '') === '';
}

/**
 * A provider link or logo right around the headline, above the body: the
 * credit a reader sees ("[CNN logo] Story by ..."). The link's host is the
 * strongest part of it (a label can be an alt text like "Recommendation
 * image"); the label is kept for the validators to judge.
 */
export const providerLogo: Signal = {
  name: 'provider-logo',
  read({ landmarks, pageUrl }) {
    const out: Candidate[] = [];
    for (const region of headlineRegions(landmarks)) {
      for (const el of listElements(region)) {
        const isLink = el.tagName === 'A' && el.hasAttribute('href');
        const isLogo = el.tagName === 'IMG' && el.hasAttribute('alt');
        if ((!isLink && !isLogo) || isInOrAfterBody(el, landmarks)) continue;
        if (isLink) {
          const url = foreignLinkUrl(el, pageUrl);
          if (!url) continue;
          const img = el.querySelector('img[alt]');
          const label = textOf(el) || img?.getAttribute('alt') || '';
          out.push({
            signal: this.name,
            name: hasNameShape(cleanOutletName(label)) ? cleanOutletName(label) : null,
            url,
            weight: WEIGHT_PROVIDER_SLOT,
            element: img && !textOf(el) ? img : el,
          });
        } else {
          // A logo without a link, or linking within the site (MSN's provider channel): its alt text names the outlet.
          const link = el.closest('a[href]');
          if (link && foreignLinkUrl(link, pageUrl)) continue;
          const holder = el.parentElement?.closest('[class]');
          const label = `${holder?.getAttribute('class') ?? ''} ${link?.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`;
          if (!LOGO_HOLDER_CLASS.test(label)) continue;
          const name = cleanOutletName(el.getAttribute('alt') || el.getAttribute('title') || link?.getAttribute('aria-label'));
          if (hasNameShape(name)) out.push({ signal: this.name, name, url: null, weight: WEIGHT_PROVIDER_SLOT, element: el });
          // An outlet's logo with an empty alt still says "another outlet's credit is here": it lends weight to a differing JSON-LD publisher.
          else if (PROVIDER_SLOT_CLASS.test(label) && !isHomeLink(link, pageUrl))
            out.push({ signal: PROVIDER_LOGO_SLOT, name: null, url: null, weight: WEIGHT_UNNAMED_LOGO, element: el, unnamedSlot: true });
        }
      }
      if (out.length) break;
    }
    return mergeSameAddress(out);
  },
};

/** A logo and its text link often share one address: one reading, with the name either gives. */
function mergeSameAddress(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const twin = c.url ? out.find((o) => o.url === c.url) : undefined;
    if (!twin) out.push(c);
    else if (!twin.name && c.name) Object.assign(twin, { name: c.name, element: c.element });
  }
  return out;
}
