import { firstLinkIn, isAttached, textOf } from '../../dom';
import { closestTag } from '../../page-scan';
import { ATTRIBUTION_PHRASES, READ_MORE_LINK } from '../../patterns';
import { cleanOutletName, hasNameShape } from '../names';
import { CREDIT_PHRASE_LEVELS, MAX_CREDIT_LINE_CHARS, MIN_CREDIT_LINE_CHARS, WEIGHT_ADDRESS_ONLY, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate, Signal, SignalContext } from '../types';
import { foreignLinkUrl, standaloneLine } from './region';

const PHRASE_START =
  /^(?:summary|summari[sz]ed|compiled|curated|ai summary|originally|this (?:article|story)|source|quelle|fuente|read|view|see|continue|weiterlesen|vollständigen|lire|المصدر|מקור|full (?:story|article))/i;
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION']);

/**
 * Sentences that credit the original, anywhere in the page (the table is
 * `ATTRIBUTION_PHRASES` in patterns.ts, one signal name per phrasing):
 * "Originally published by X" (`originally-published`), "Source: X"
 * (`source-line`), "Read full story on X" (`read-full-story`), and a bare
 * "Read more »" link to another site (`read-more-link`, address only).
 * Captions and tables are skipped: "Source: County survey" is a chart credit.
 */
export const creditPhrases: Signal = {
  name: 'credit-phrases',
  read({ scan, pageUrl }: SignalContext) {
    const out: Candidate[] = [];
    const seen = new Set<Element>();
    for (const t of scan.texts) {
      if (!PHRASE_START.test(t.text) || !isAttached(t.parent)) continue;
      // The phrase may span the text node and a link after it: read up to two levels of parents.
      for (let el: Element | null = t.parent, level = 0; el && level < CREDIT_PHRASE_LEVELS && el.tagName !== 'BODY'; el = el.parentElement, level++) {
        if (seen.has(el) || closestTag(el, FIGURE_TAGS)) break;
        seen.add(el);
        const found = readCreditLine(el, pageUrl);
        if (found) {
          out.push(found);
          break;
        }
      }
    }
    return out;
  },
};

function readCreditLine(el: Element, pageUrl: string): Candidate | null {
  const text = textOf(el);
  if (text.length < MIN_CREDIT_LINE_CHARS || text.length > MAX_CREDIT_LINE_CHARS) return null;
  const link = el.tagName === 'A' ? el : firstLinkIn(el);
  const externalUrl = link ? foreignLinkUrl(link, pageUrl) : null;
  const line = standaloneLine(el, textOf);
  if (el.tagName === 'A' && externalUrl && READ_MORE_LINK.test(text))
    return { signal: 'read-more-link', name: null, url: externalUrl, weight: WEIGHT_ADDRESS_ONLY, line };
  for (const { signal, pattern } of ATTRIBUTION_PHRASES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const name = cleanOutletName(match[1]);
    if (!hasNameShape(name) && !externalUrl) return null;
    return { signal, name: hasNameShape(name) ? name : null, url: externalUrl, weight: WEIGHT_CREDIT_LINE, element: el, line };
  }
  return null;
}
