import type { PruneContext, PruneRule } from '../context';
import { countIn, hasHeadlineLink } from '../helpers';
import { isAttached } from '../../dom';
import { hasRelativeTime } from '../../patterns';
import { MAX_TIME_MARKERS } from '../tuning';

/**
 * Cards that carry a relative time ("3 minutes ago") beside a headline link:
 * each time label is climbed to the largest ancestor holding no other label;
 * two or more such cards under one parent are a feed.
 */
export function removeTimedCardFeeds(ctx: PruneContext, root: Element): void {
  const markers = Array.from(new Set(ctx.scan.texts.filter((t) => !t.parent.firstElementChild && hasRelativeTime(t.text)).map((t) => t.parent)))
    .filter(isAttached)
    .slice(0, MAX_TIME_MARKERS);
  if (markers.length < 2) return;
  const markerSet = new Set(markers);
  const groups = new Map<Element, Element[]>();
  for (const marker of markers) {
    let card: Element = marker;
    while (card.parentElement && card.parentElement !== root && countIn(card.parentElement, markerSet) === 1) card = card.parentElement;
    const parent = card.parentElement;
    if (!parent) continue;
    const list = groups.get(parent) ?? [];
    if (!list.includes(card)) list.push(card);
    groups.set(parent, list);
  }
  for (const cards of groups.values()) {
    const storyCards = cards.filter((c) => isAttached(c) && !ctx.isProtected(c) && !ctx.isInStory(c) && hasHeadlineLink(c, ctx.baseUrl));
    if (storyCards.length < 2) continue;
    for (const card of storyCards) ctx.cutCard(card);
  }
}

/**
 * Cards that carry a relative time ("3 minutes ago") beside a headline link:
 * each time label is climbed to the largest ancestor holding no other label;
 * two or more such cards under one parent are a feed.
 */
export const timedCardFeeds: PruneRule = { name: 'timedCardFeeds', run: removeTimedCardFeeds };
