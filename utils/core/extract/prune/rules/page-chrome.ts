import type { PruneContext, PruneRule } from '../context';
import { ARTICLE_TAGS, CHROME_ROLES, CHROME_TAGS } from '../helpers';
import { isAttached, removeNode } from '../../dom';
import { closestTag } from '../../page-scan';

/** Site navigation, banners and footers outside the story. */
export function removePageChrome(ctx: PruneContext, _root: Element): void {
  const story = ctx.landmarks.body;
  for (const el of ctx.scan.elements) {
    if (!CHROME_TAGS.has(el.tagName) && !CHROME_ROLES.has(el.getAttribute('role') ?? '')) continue;
    if (!isAttached(el) || ctx.isProtected(el) || (story && story.contains(el))) continue;
    if ((el.tagName === 'HEADER' || el.tagName === 'FOOTER') && closestTag(el, ARTICLE_TAGS)) continue;
    removeNode(el);
  }
}

/** Site navigation, banners and footers outside the story. */
export const pageChrome: PruneRule = { name: 'pageChrome', run: removePageChrome };
