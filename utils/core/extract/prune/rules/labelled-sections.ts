import type { PruneContext, PruneRule } from '../context';
import { classifyLabel, findCards, findLabelHeadings, firstContentChild } from '../helpers';
import { boundedTextOf, headingLevel, isAttached, linkDensity, removeNode, textOf } from '../../dom';
import { outletOfFeedHeading } from '../../related-cards';
import {
  BARE_LABEL_RANK,
  LOWEST_HEADING_LEVEL,
  MAX_AD_SLOT_CHARS,
  MIN_LABELLED_LINK_DENSITY,
  STORY_PARAGRAPH_MAX_LINK_DENSITY,
  STORY_PARAGRAPH_MIN_CHARS,
} from '../tuning';

/** Sections introduced by a "Related"/"Comments"/"Hashtags"/promo heading. */
export function removeLabelledSections(ctx: PruneContext, _root: Element): void {
  for (const heading of findLabelHeadings(ctx.scan)) {
    if (!isAttached(heading) || ctx.isProtected(heading)) continue;
    const kind = classifyLabel(textOf(heading));
    if (!kind) continue;
    if (kind === 'ad') {
      removeAdSlot(ctx, heading);
      continue;
    }
    const section = sectionOf(ctx, heading);
    const feedOutlet = kind === 'feed' ? outletOfFeedHeading(textOf(heading)) : null;
    if (section) {
      if (kind === 'feed') ctx.cutFeed(section, 'related-feed', feedOutlet);
      else removeNode(section);
      continue;
    }
    // The heading sits among siblings: cut it and what follows, up to the next heading of its rank.
    // A bare label (not a heading) only takes the list right after it.
    const level = headingLevel(heading);
    const cut: Element[] = [heading];
    const first = heading.nextElementSibling;
    // A bare label ("Next story") before a whole article takes everything after it.
    const labelsArticle = !level && kind === 'feed' && !!first && !!first.querySelector('h1, h2, h3, article');
    const guard = unguardedRank(ctx, heading);
    for (let next = first; next; next = next.nextElementSibling) {
      const nextLevel = headingLevel(next);
      if ((nextLevel && nextLevel <= (level || LOWEST_HEADING_LEVEL)) || ctx.isProtected(next) || isStoryParagraph(ctx, next) || holdsHeadingAbove(next, guard))
        break;
      cut.push(next);
      if (!level && !labelsArticle) break;
    }
    if (!level && !labelsArticle && (cut.length < 2 || linkDensity(cut[1]) < MIN_LABELLED_LINK_DENSITY)) cut.splice(1);
    // A subheading of the story itself ("More on the economy" over real paragraphs) stays.
    if (cut.length === 1 && first && isStoryParagraph(ctx, first)) continue;
    for (const el of cut) {
      if (kind === 'feed') for (const card of findCards(el)) ctx.collect(card, feedOutlet);
      removeNode(el);
    }
    if (kind === 'feed') ctx.signals.add('related-feed');
  }
}

/** A paragraph of the story itself: long, few links, right in the body cluster. */
function isStoryParagraph(ctx: PruneContext, el: Element): boolean {
  return (
    el.parentElement === ctx.landmarks.body &&
    el.tagName === 'P' &&
    textOf(el).length >= STORY_PARAGRAPH_MIN_CHARS &&
    linkDensity(el) < STORY_PARAGRAPH_MAX_LINK_DENSITY
  );
}

/** An "Advertisement" label and the small slot around it, never more. */
function removeAdSlot(ctx: PruneContext, label: Element): void {
  let slot = label;
  while (slot.parentElement && !ctx.isProtected(slot.parentElement) && boundedTextOf(slot.parentElement, MAX_AD_SLOT_CHARS - 1) !== null)
    slot = slot.parentElement;
  removeNode(slot);
}

/**
 * The wrapper a heading introduces: climbed while the heading stays its first
 * content, and (where the headline went unfound) never into a wrapper holding
 * a heading ranked above the label: an "h5 Related" box first in a blog's
 * content column that also holds the post's h2 is a box of that column.
 */
function sectionOf(ctx: PruneContext, heading: Element): Element | null {
  const level = unguardedRank(ctx, heading);
  let section: Element = heading;
  while (section.parentElement && section.parentElement.tagName !== 'BODY' && section.parentElement.tagName !== 'HTML') {
    const parent = section.parentElement;
    if (ctx.isProtected(parent) || firstContentChild(parent) !== section || holdsHeadingAbove(parent, level)) break;
    section = parent;
  }
  return section === heading ? null : section;
}

/**
 * Where the story's headline went unfound, nothing protects the story from a
 * label's cut but this: the cut never takes a heading ranked above the label
 * (the rank returned; 0 when the headline is known and protects the story).
 */
function unguardedRank(ctx: PruneContext, label: Element): number {
  return ctx.landmarks.headline ? 0 : labelRank(label);
}

/** A label's heading rank: its own, or that of the heading it wraps (`<div><h5>Related</h5></div>`). */
function labelRank(label: Element): number {
  const own = headingLevel(label);
  if (own) return own;
  for (let rank = 1; rank <= LOWEST_HEADING_LEVEL; rank++) if (label.getElementsByTagName(`h${rank}`).length) return rank;
  return BARE_LABEL_RANK;
}

function holdsHeadingAbove(el: Element, level: number): boolean {
  for (let rank = 1; rank < level; rank++) if (el.getElementsByTagName(`h${rank}`).length) return true;
  return false;
}

/** Sections introduced by a "Related"/"Comments"/"Hashtags"/promo heading. */
export const labelledSections: PruneRule = { name: 'labelledSections', run: removeLabelledSections };
