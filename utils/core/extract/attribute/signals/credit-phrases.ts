import { firstLinkIn, isAttached, textOf } from '../../dom';
import { closestTag } from '../../page-scan';
import { ATTRIBUTION_PHRASES, READ_MORE_LINK, SOURCE_LABEL, SOURCE_LINE } from '../../patterns';
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
      const labelled = SOURCE_LABEL.test(t.text);
      if ((!labelled && !PHRASE_START.test(t.text)) || !isAttached(t.parent)) continue;
      // "(Source: Riivka)" between paragraphs cites a picture or a quote, as a caption would.
      if (INLINE_CITATION.test(t.text)) continue;
      let found: Candidate | null = null;
      // The phrase may span the text node and a link after it: read up to two levels of parents.
      for (let el: Element | null = t.parent, level = 0; el && level < CREDIT_PHRASE_LEVELS && el.tagName !== 'BODY'; el = el.parentElement, level++) {
        if (seen.has(el) || closestTag(el, FIGURE_TAGS)) break;
        seen.add(el);
        found = readCreditLine(el, pageUrl);
        if (found) break;
      }
      // "2018/12/30 來源：X": the label opens its own text, not the line that also holds the date.
      if (!found && labelled) found = readLabelledText(t.text, t.parent);
      if (found) out.push(found);
    }
    return withoutRivalSourceLines(out);
  },
};

/** A credit written in brackets. */
const INLINE_CITATION = /^\s*[([]/;

/**
 * A story has one "Source:" line. Several naming different sources are the
 * sources of its pictures, quotes or figures, and none says whose story it is.
 */
function withoutRivalSourceLines(candidates: Candidate[]): Candidate[] {
  const names = new Set(candidates.filter((c) => c.signal === 'source-line' && c.name).map((c) => c.name!.toLowerCase()));
  return names.size > 1 ? candidates.filter((c) => c.signal !== 'source-line') : candidates;
}

/**
 * A "Source: X" text inside a short line that also holds other things, as a
 * meta line under a headline does ("2018/12/30 來源：X"): the name is the
 * text's own. Inside a paragraph the label is more often a chart's or a
 * quote's source, so a long line is not read.
 */
function readLabelledText(text: string, parent: Element): Candidate | null {
  if (closestTag(parent, FIGURE_TAGS) || textOf(parent).length > MAX_CREDIT_LINE_CHARS) return null;
  const name = cleanOutletName(SOURCE_LINE.exec(text)?.[1] ?? '');
  if (!hasNameShape(name)) return null;
  return { signal: 'source-line', name, url: null, weight: WEIGHT_CREDIT_LINE, element: parent, line: standaloneLine(parent, textOf) };
}

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
