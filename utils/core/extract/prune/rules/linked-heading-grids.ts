import type { PruneContext, PruneRule } from '../context';
import { LINK_TAGS, countIn, hasHeadlineLink } from '../helpers';
import { isAttached } from '../../dom';
import { closestTag } from '../../page-scan';
import { isOtherPage } from '../../urls';
import { MAX_GRID_CARD_PARAGRAPHS, MIN_GRID_CARDS, MIN_GRID_CARD_SHARE } from '../tuning';

/** Three or more siblings that each hold a linked headline: a grid of story cards. */
export function removeLinkedHeadingGrids(ctx: PruneContext, root: Element): void {
  const parents = new Set<Element>();
  const headings = ctx.scan.byTag('H2', 'H3', 'H4').filter(isAttached);
  const headingSet = new Set(headings);
  for (const h of headings) {
    const link = closestTag(h, LINK_TAGS) ?? h.getElementsByTagName('a')[0] ?? null;
    if (!link || !isOtherPage(link.getAttribute('href'), ctx.baseUrl)) continue;
    let card: Element = h;
    while (card.parentElement && card.parentElement !== root && countIn(card.parentElement, headingSet) === 1) card = card.parentElement;
    if (card.parentElement) parents.add(card.parentElement);
  }
  for (const parent of parents) {
    if (!isAttached(parent) || ctx.isProtected(parent) || ctx.isInStory(parent)) continue;
    const cards = Array.from(parent.children).filter(
      (c) => countIn(c, headingSet) === 1 && c.getElementsByTagName('p').length <= MAX_GRID_CARD_PARAGRAPHS && hasHeadlineLink(c, ctx.baseUrl),
    );
    if (cards.length < MIN_GRID_CARDS || cards.length < parent.children.length * MIN_GRID_CARD_SHARE) continue;
    if (cards.some((c) => ctx.isProtected(c))) continue;
    for (const card of cards) ctx.cutCard(card);
  }
}

/** Three or more siblings that each hold a linked headline: a grid of story cards. */
export const linkedHeadingGrids: PruneRule = { name: 'linkedHeadingGrids', run: removeLinkedHeadingGrids };
