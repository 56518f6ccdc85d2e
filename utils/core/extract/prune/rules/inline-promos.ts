import type { PruneContext, PruneRule } from '../context';
import { PROMO_BLOCKS, blockAround } from '../helpers';
import { countPhraseWords, isAttached, linksIn, removeNode, textOf } from '../../dom';
import { INLINE_PROMO_PREFIX } from '../../patterns';
import { MAX_INLINE_PROMO_CHARS, MIN_HEADLINE_LINK_WORDS, MIN_PROMO_LINK_SHARE } from '../tuning';

/** "Read also: <link>" cards placed between the story's paragraphs. */
export function removeInlinePromos(ctx: PruneContext, _root: Element): void {
  for (const t of ctx.scan.texts) {
    if (!INLINE_PROMO_PREFIX.test(t.text) || !isAttached(t.parent)) continue;
    const el = blockAround(t.parent, INLINE_PROMO_PREFIX, MAX_INLINE_PROMO_CHARS, PROMO_BLOCKS);
    if (!el || ctx.isProtected(el)) continue;
    const text = textOf(el);
    // The promo names another story: a headline-sized link right after the label, not a bare "Read more »".
    const headlineLinks = linksIn(el).filter((a) => countPhraseWords(textOf(a).replace(INLINE_PROMO_PREFIX, '')) >= MIN_HEADLINE_LINK_WORDS);
    const linkText = headlineLinks.reduce((n, a) => n + textOf(a).length, 0);
    const rest = text.replace(INLINE_PROMO_PREFIX, '').trim();
    const leadsWithLink = headlineLinks.some((a) => rest.startsWith(textOf(a).replace(INLINE_PROMO_PREFIX, '').trim()));
    if (!headlineLinks.length || (linkText < text.length * MIN_PROMO_LINK_SHARE && !leadsWithLink)) continue;
    for (const a of headlineLinks) ctx.collect(a);
    removeNode(el);
  }
}

/** "Read also: <link>" cards placed between the story's paragraphs. */
export const inlinePromos: PruneRule = { name: 'inlinePromos', run: removeInlinePromos };
