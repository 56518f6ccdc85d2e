import type { PruneContext, PruneRule } from '../context';
import { COMMENT_CONTAINER_TAGS } from '../helpers';
import { isAttached, removeNode, textOf } from '../../dom';
import { MIN_MARKED_COMMENTS } from '../tuning';

/** One comment's own mark: the class word "comment" alone, or schema.org's Comment microdata. */
const ONE_COMMENT_CLASS = /(?:^|\s)comment(?:\s|$)/i;
const COMMENT_ITEMTYPE = /schema\.org\/Comment$/i;

function marksOneComment(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls && ONE_COMMENT_CLASS.test(cls)) return true;
  if (el.getAttribute('itemprop') === 'comment') return true;
  const type = el.getAttribute('itemtype');
  return !!type && COMMENT_ITEMTYPE.test(type);
}

/**
 * Comments marked one by one where no container names the thread (the
 * comment-threads rule reads containers): a discussion page whose comments
 * sit in plain divs, each `class="Comment …"` or `itemprop="comment"`. Several
 * are needed, so one box of an article styled "comment" is not a thread.
 */
export function removeMarkedComments(ctx: PruneContext, root: Element): void {
  const marked = new Set(ctx.scan.byTag(...COMMENT_CONTAINER_TAGS).filter((el) => el !== root && isAttached(el) && marksOneComment(el)));
  // A reply sits inside the comment it answers: the outermost ones make the thread.
  const outermost = [...marked].filter((el) => !hasMarkedAncestor(el, marked));
  if (outermost.length < MIN_MARKED_COMMENTS) return;
  for (const el of outermost) {
    if (ctx.isProtected(el)) continue;
    ctx.commentChars += textOf(el).length;
    removeNode(el);
  }
}

function hasMarkedAncestor(el: Element, marked: Set<Element>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (marked.has(up)) return true;
  return false;
}

/** Comments marked one by one (class "comment", schema.org Comment). */
export const markedComments: PruneRule = { name: 'markedComments', run: removeMarkedComments };
