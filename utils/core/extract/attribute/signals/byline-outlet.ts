import { listElements, textOf } from '../../dom';
import { cleanOutletName, hasNameShape, splitAuthorOutlet } from '../names';
import { MAX_BYLINE_CHARS, MIN_BYLINE_LINE_CHARS, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate, Signal } from '../types';
import { headlineRegions, isInOrAfterBody } from './region';

/** "Story by Jane Roe • The Courier" (MSN), "By Jane Roe, Reuters", "Jane Roe | AP". */
const STORY_BY = /^(?:story|article|report|reporting|words)\s+by\s+(.+?)\s*[•·|]\s*(.+?)(?:\s*[•·|]\s*.*)?$/i;
const BY_LINE = /^(?:by|von|par|por|door)\s+(.+)$/i;

/** The outlet printed in the byline after the person. */
export const bylineOutlet: Signal = {
  name: 'byline-outlet',
  read({ landmarks }) {
    const out: Candidate[] = [];
    for (const region of headlineRegions(landmarks)) {
      const lines = listElements(region).filter((el) => {
        const text = textOf(el);
        return (
          text.length > MIN_BYLINE_LINE_CHARS &&
          text.length <= MAX_BYLINE_CHARS &&
          (STORY_BY.test(text) || BY_LINE.test(text)) &&
          !isInOrAfterBody(el, landmarks)
        );
      });
      // The innermost element holding the whole line.
      const innermost = lines.filter((el) => !lines.some((other) => other !== el && el.contains(other)));
      for (const el of innermost) {
        const text = textOf(el);
        const storyBy = STORY_BY.exec(text);
        const outlet = storyBy ? storyBy[2] : splitAuthorOutlet(BY_LINE.exec(text)?.[1] ?? '').outlet;
        const name = cleanOutletName(outlet);
        if (hasNameShape(name)) out.push({ signal: storyBy ? 'story-by-line' : this.name, name, url: null, weight: WEIGHT_CREDIT_LINE, element: el });
      }
      if (out.length) break;
    }
    return out;
  },
};
