import type { PruneContext, PruneRule } from '../context';
import { boundedTextOf, isAttached, removeNode, textOf } from '../../dom';
import { MAX_CREDIT_CHARS } from '../tuning';

/** "Photo: Meg Kinnard, AP", "Image: Getty", "Media caption Who is ...", "Credit: ...": a picture's label, not story text. */
export const PHOTO_CREDIT = /^(?:photo|photograph|image|picture|credit|photo credit|media caption|caption|video caption|foto|bild)(?:\b\s*:?\s*\S|$)/i;
const CREDIT_TAGS = new Set(['SPAN', 'P', 'DIV', 'SMALL', 'FIGCAPTION', 'CITE', 'EM', 'I']);

/** Picture credits and captions printed as their own short line. */
export function removePhotoCredits(ctx: PruneContext): void {
  for (const t of ctx.scan.texts) {
    if (!PHOTO_CREDIT.test(t.text) || !isAttached(t.parent)) continue;
    // Climb to the whole line ("Photo:" and the name are often two spans).
    let line: Element = t.parent;
    while (line.parentElement && CREDIT_TAGS.has(line.parentElement.tagName) && boundedTextOf(line.parentElement, MAX_CREDIT_CHARS) !== null)
      line = line.parentElement;
    const text = textOf(line);
    if (!CREDIT_TAGS.has(line.tagName) || text.length > MAX_CREDIT_CHARS || !text.startsWith(t.text) || ctx.isProtected(line)) continue;
    // "Image: ..." as the start of a sentence of the story stays: a credit has no full stop inside.
    if (/[.!?]\s+\p{Lu}/u.test(text) && !/^media caption/i.test(text)) continue;
    removeNode(line);
  }
}

export const photoCredits: PruneRule = { name: 'photoCredits', run: removePhotoCredits };
