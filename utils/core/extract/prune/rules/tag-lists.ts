import type { PruneContext, PruneRule } from '../context';
import { TAG_BLOCKS, blockAround } from '../helpers';
import { isAttached, linkDensity, removeNode, textOf } from '../../dom';
import { TAG_LIST_PREFIX } from '../../patterns';
import { closestTag } from '../../page-scan';
import { MAX_TAG_LIST_CHARS, MIN_TAG_LIST_LINK_DENSITY } from '../tuning';

/** "#Tag #Tag" link clouds and "Tags: a, b" lines. */
export function removeTagLists(ctx: PruneContext, _root: Element): void {
  const containers = new Set<Element>();
  for (const t of ctx.scan.texts) {
    if (!isAttached(t.parent)) continue;
    if (TAG_LIST_PREFIX.test(t.text)) {
      const block = blockAround(t.parent, TAG_LIST_PREFIX, MAX_TAG_LIST_CHARS, TAG_BLOCKS);
      if (block) containers.add(block);
    } else if (t.text.startsWith('#') && t.parent.tagName === 'A' && t.parent.parentElement) {
      containers.add(closestTag(t.parent.parentElement, TAG_BLOCKS) ?? t.parent.parentElement);
    }
  }
  for (const el of containers) {
    if (!isAttached(el) || ctx.isProtected(el)) continue;
    const links = Array.from(el.getElementsByTagName('a'));
    if (!links.length) continue;
    const hashtags = links.length >= 2 && links.every((a) => textOf(a).startsWith('#'));
    const labelled = TAG_LIST_PREFIX.test(textOf(el));
    if ((hashtags || labelled) && linkDensity(el) > MIN_TAG_LIST_LINK_DENSITY) removeNode(el);
  }
}

/** "#Tag #Tag" link clouds and "Tags: a, b" lines. */
export const tagLists: PruneRule = { name: 'tagLists', run: removeTagLists };
