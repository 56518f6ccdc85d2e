import type { Landmarks } from '../detect';
import { boundedTextOf, listElements, listElementsBefore, precedes, textOf } from '../dom';
import type { PageScan } from '../page-scan';
import { toIsoTime } from './dates';
import { BYLINE_REGION_LEVELS, DATE_REGION_LEVELS, MAX_BYLINE_ELEMENT_CHARS } from './tuning';

/** What the page prints by its headline besides the outlet: the byline and the date. */

const AUTHOR_MARK =
  /(?:^|[\s_-])(?:author|auteur|autor|autore|autores|writer|reporter|byline|signature|firma|credit|journalist)(?:s|-?name|-?line|-?info|-?box|__name)?(?:$|[\s_-])/i;

/**
 * The byline printed with the headline: `rel=author` and `itemprop=author`
 * first, then elements whose class says author (in any of a few languages),
 * innermost first. Only the headline's own region is searched, after pruning,
 * so a neighbouring card's author cannot be taken.
 */
export function findHeadlineByline(landmarks: Landmarks, scan: PageScan): { text: string | null; elements: Element[] } {
  let region: Element | null = landmarks.headline?.parentElement ?? null;
  for (let level = 0; region && level < BYLINE_REGION_LEVELS; level++, region = region.parentElement) {
    const inHeader = (el: Element) =>
      (!landmarks.body || !(landmarks.body.contains(el) || precedes(landmarks.body, el))) && !isInOtherCard(el, region!, landmarks.headline!);
    const short = (el: Element) => (boundedTextOf(el, MAX_BYLINE_ELEMENT_CHARS)?.length ?? 0) > 1;
    // A byline stands before the story's body: the walk stops where the body begins (on a long story, most of the region).
    const inRegion = listElementsBefore(region, landmarks.body);
    const marked = inRegion.filter(
      (el) =>
        (/(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '') || /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) &&
        inHeader(el) &&
        short(el),
    );
    const classed = inRegion
      .filter((el) => AUTHOR_MARK.test(scan.classAndId(el)) && inHeader(el) && short(el))
      .sort((a, b) => a.getElementsByTagName('*').length - b.getElementsByTagName('*').length);
    const all = [...marked, ...classed];
    if (!all.length) continue;
    const outermost = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
    const text = marked.length > 1 ? marked.map((el) => textOf(el)).join(' and ') : textOf(all[0]);
    return { text, elements: outermost };
  }
  return { text: null, elements: [] };
}

/**
 * Inside the headline's region but in a block of its own that carries
 * another heading (a teaser card before the story): not this story's byline.
 */
function isInOtherCard(el: Element, region: Element, headline: Element): boolean {
  let child: Element = el;
  while (child.parentElement && child.parentElement !== region) child = child.parentElement;
  if (child.contains(headline)) return false;
  return ['h1', 'h2', 'h3', 'h4'].some((tag) => Array.from(child.getElementsByTagName(tag)).some((h) => h !== headline));
}

const TIME_ATTRS = ['datetime', 'data-timestamp', 'data-t', 'data-time', 'data-published', 'data-date', 'content'];

/** The first date the page shows around the headline, before the body; else the first in the page. */
export function findHeadlineTime(doc: Document, landmarks: Landmarks, scan: PageScan): string | null {
  const regions: Element[] = [];
  for (let r = landmarks.headline?.parentElement ?? null, level = 0; r && level < DATE_REGION_LEVELS; r = r.parentElement, level++) regions.push(r);
  if (doc.body) regions.push(doc.body);
  // <time> anywhere; epoch or date attributes only near the headline, where they are cheap to look for.
  const near = regions.length > 1 ? listElements(regions[Math.min(1, regions.length - 2)]) : [];
  const dated = [
    ...near.filter((el) => TIME_ATTRS.some((attr) => attr !== 'content' && el.hasAttribute(attr)) || el.getAttribute('itemprop') === 'datePublished'),
    ...scan.byTag('TIME'),
  ];
  for (const region of regions) {
    for (const el of dated) {
      if (!region.contains(el)) continue;
      if (landmarks.body && region !== doc.body && precedes(landmarks.body, el) && !landmarks.body.contains(el)) continue;
      for (const attr of TIME_ATTRS) {
        const iso = toIsoTime(el.getAttribute(attr));
        if (iso) return iso;
      }
    }
  }
  return null;
}
