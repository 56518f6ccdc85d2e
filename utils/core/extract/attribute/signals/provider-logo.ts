import { closestLink, countWords, isBlockTag, TEXT_NODE, textOf } from '../../dom';
import { isSameSite, registrableDomain, resolveUrl } from '../../urls';
import { cleanOutletName, hasNameShape } from '../names';
import {
  MAX_CREDIT_LINE_EXTRA_WORDS,
  MIN_LINK_LIST_SITES,
  MIN_PHOTO_HEIGHT_PX,
  MIN_PHOTO_WIDTH_PX,
  WEIGHT_PROVIDER_SLOT,
  WEIGHT_UNNAMED_LOGO,
} from '../tuning';

/** The signal name of a provider logo with no readable name. */
export const PROVIDER_LOGO_SLOT = 'provider-logo-unnamed';
import type { Candidate, Signal } from '../types';
import { isControlOrAdLink } from '../validators/ad-or-ui-label';
import { foreignLinkUrl, readNearestHeadlineRegion } from './region';

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
 * A story's photo, whose alt describes the picture ("best clothes airers 2023"), even where its class
 * says `image__source`: in a figure, or declared at a photo's size.
 */
function isPhoto(img: Element): boolean {
  if (img.closest('figure')) return true;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return width >= MIN_PHOTO_WIDTH_PX || height >= MIN_PHOTO_HEIGHT_PX;
}

/** Elements whose text no reader sees as part of a line. */
const UNSEEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The words on a link's own line: its block's text and inline children, its nested blocks (the headline, a figure) aside. */
function lineWordsAround(link: Element): number {
  let block = link.parentElement;
  while (block && !isBlockTag(block.tagName) && block.tagName !== 'BODY') block = block.parentElement;
  if (!block) return countWords(textOf(link));
  let words = 0;
  for (const node of Array.from(block.childNodes)) {
    if (node.nodeType === TEXT_NODE) words += countWords(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !isBlockTag((node as Element).tagName) && !UNSEEN_TAGS.has((node as Element).tagName)) words += countWords(textOf(node));
  }
  return words;
}

/** A link among a sentence's words (a dek, a summary bullet, a paragraph), not a credit line of its own. */
function isInRunningText(link: Element): boolean {
  return lineWordsAround(link) - countWords(textOf(link)) > MAX_CREDIT_LINE_EXTRA_WORDS;
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
    const out = readNearestHeadlineRegion(landmarks, (el) => {
      if (el.tagName === 'A' && el.hasAttribute('href')) {
        const url = foreignLinkUrl(el, pageUrl);
        // The headline linking elsewhere is a link post's subject ("Vesper: Now for iPad"), not its credit.
        if (!url || isInRunningText(el) || landmarks.headline?.contains(el)) return null;
        const img = el.querySelector('img[alt]');
        const label = textOf(el) || img?.getAttribute('alt') || '';
        return {
          signal: this.name,
          name: hasNameShape(cleanOutletName(label)) ? cleanOutletName(label) : null,
          url,
          weight: WEIGHT_PROVIDER_SLOT,
          element: img && !textOf(el) ? img : el,
        };
      }
      if (el.tagName !== 'IMG' || !el.hasAttribute('alt') || isPhoto(el)) return null;
      // A logo without a link, or linking within the site (MSN's provider channel): its alt text names the outlet.
      const link = closestLink(el);
      if (link && foreignLinkUrl(link, pageUrl)) return null;
      const holder = el.parentElement?.closest('[class]');
      const label = `${holder?.getAttribute('class') ?? ''} ${link?.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`;
      if (!LOGO_HOLDER_CLASS.test(label)) return null;
      const name = cleanOutletName(el.getAttribute('alt') || el.getAttribute('title') || link?.getAttribute('aria-label'));
      if (hasNameShape(name)) return { signal: this.name, name, url: null, weight: WEIGHT_PROVIDER_SLOT, element: el };
      // An outlet's logo with an empty alt still says "another outlet's credit is here": it lends weight to a differing JSON-LD publisher.
      if (PROVIDER_SLOT_CLASS.test(label) && !isHomeLink(link, pageUrl))
        return { signal: PROVIDER_LOGO_SLOT, name: null, url: null, weight: WEIGHT_UNNAMED_LOGO, element: el, unnamedSlot: true };
      return null;
    });
    return mergeSameAddress(withoutLinkLists(out));
  },
};

/**
 * Links to several sites, or under several names (affiliate links share one redirect host), in one
 * region credit none of them: the logos and unlinked labels stay.
 */
function withoutLinkLists(candidates: Candidate[]): Candidate[] {
  // Share buttons and ad links sit beside any credit; the validators drop them later.
  const links = candidates.filter((c) => c.url && !isControlOrAdLink(c.name, c.url));
  const sites = new Set(links.map((c) => registrableDomain(c.url)));
  const names = new Set(links.filter((c) => c.name).map((c) => c.name!.toLowerCase()));
  return Math.max(sites.size, names.size) >= MIN_LINK_LIST_SITES ? candidates.filter((c) => !c.url) : candidates;
}

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
