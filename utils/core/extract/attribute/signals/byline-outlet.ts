import { boundedTextOf, listElements } from '../../dom';
import { isSameSite } from '../../urls';
import { cleanOutletName, hasNameShape, splitAuthorOutlet } from '../names';
import { MAX_BYLINE_CHARS, MIN_BYLINE_LINE_CHARS, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Signal } from '../types';
import { isInOrAfterBody, readNearestHeadlineRegion } from './region';

/** "Story by Jane Roe • The Courier" (MSN), "By Jane Roe, Reuters", "Jane Roe | AP". */
const STORY_BY = /^(?:story|article|report|reporting|words)\s+by\s+(.+?)\s*[•·|]\s*(.+?)(?:\s*[•·|]\s*.*)?$/i;
const BY_LINE = /^(?:by|von|par|por|door)\s+(.+)$/i;

/** "NJ Advance Media for NJ.com": a desk writing for the site, which prints its own host as its name. */
const FOR_HOST = /\bfor\s+((?:[\p{L}\d-]+\.)+[a-z]{2,})$/iu;

/** The site's host as the credit prints it, when the credit ends "for <this site's host>". */
function printedHostOf(outlet: string | null, pageUrl: string): string | null {
  if (!outlet) return null;
  const host = FOR_HOST.exec(outlet)?.[1];
  return host && isSameSite(`https://${host}/`, pageUrl) ? host : null;
}

/** The outlet printed in the byline after the person. */
export const bylineOutlet: Signal = {
  name: 'byline-outlet',
  read({ landmarks, pageUrl }) {
    const lineOf = (el: Element) => {
      const text = boundedTextOf(el, MAX_BYLINE_CHARS);
      return text && text.length > MIN_BYLINE_LINE_CHARS && (STORY_BY.test(text) || BY_LINE.test(text)) ? text : null;
    };
    return readNearestHeadlineRegion(landmarks, (el) => {
      const text = lineOf(el);
      // The innermost element holding the whole line.
      if (!text || listElements(el).some((inner) => inner !== el && !isInOrAfterBody(inner, landmarks) && lineOf(inner))) return null;
      const storyBy = STORY_BY.exec(text);
      const outlet = storyBy ? storyBy[2] : splitAuthorOutlet(BY_LINE.exec(text)?.[1] ?? '').outlet;
      const name = cleanOutletName(printedHostOf(outlet, pageUrl) ?? outlet);
      return hasNameShape(name) ? { signal: storyBy ? 'story-by-line' : this.name, name, url: null, weight: WEIGHT_CREDIT_LINE, element: el } : null;
    });
  },
};
