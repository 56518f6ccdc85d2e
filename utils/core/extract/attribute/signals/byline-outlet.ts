import { boundedTextOf, listElements } from '../../dom';
import { cleanOutletName, hasNameShape, splitAuthorOutlet } from '../names';
import { MAX_BYLINE_CHARS, MIN_BYLINE_LINE_CHARS, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Signal } from '../types';
import { isInOrAfterBody, readNearestHeadlineRegion } from './region';

/** "Story by Jane Roe • The Courier" (MSN), "By Jane Roe, Reuters", "Jane Roe | AP". */
const STORY_BY = /^(?:story|article|report|reporting|words)\s+by\s+(.+?)\s*[•·|]\s*(.+?)(?:\s*[•·|]\s*.*)?$/i;
const BY_LINE = /^(?:by|von|par|por|door)\s+(.+)$/i;

/** The outlet printed in the byline after the person. */
export const bylineOutlet: Signal = {
  name: 'byline-outlet',
  read({ landmarks }) {
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
      const name = cleanOutletName(outlet);
      return hasNameShape(name) ? { signal: storyBy ? 'story-by-line' : this.name, name, url: null, weight: WEIGHT_CREDIT_LINE, element: el } : null;
    });
  },
};
