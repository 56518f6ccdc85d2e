import type { PruneContext, PruneRule } from '../context';
import { COMMENT_CONTAINER_TAGS } from '../helpers';
import { isAttached, removeNode, textOf } from '../../dom';
import { COMMENT_CLASS } from '../../patterns';

/** Comment threads marked by class or id. */
export function removeCommentThreads(ctx: PruneContext, root: Element): void {
  for (const el of ctx.scan.byTag(...COMMENT_CONTAINER_TAGS)) {
    const label = ctx.scan.classAndId(el);
    if (!label || !COMMENT_CLASS.test(label) || !isAttached(el) || ctx.isProtected(el) || el === root) continue;
    ctx.commentChars += textOf(el).length;
    removeNode(el);
  }
}

/** Comment threads marked by class or id. */
export const commentThreads: PruneRule = { name: 'commentThreads', run: removeCommentThreads };
