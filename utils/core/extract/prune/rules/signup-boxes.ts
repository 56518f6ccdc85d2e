import type { PruneContext, PruneRule } from '../context';
import { BOX_TAGS, FORM_TAGS, isEmailInput } from '../helpers';
import { boundedTextOf, isAttached, removeNode } from '../../dom';
import { PROMO_CLASS } from '../../patterns';
import { closestTag } from '../../page-scan';
import { MAX_PROMO_BOX_CHARS, MAX_SIGNUP_BOX_CHARS } from '../tuning';

/** Newsletter and subscription boxes: an e-mail form or a promo class around little text. */
export function removeSignupBoxes(ctx: PruneContext, root: Element): void {
  for (const input of ctx.scan.byTag('INPUT')) {
    if (!isAttached(input) || !isEmailInput(input)) continue;
    let box: Element | null = closestTag(input, FORM_TAGS);
    while (
      box &&
      box.parentElement &&
      box.parentElement !== root &&
      !ctx.isProtected(box.parentElement) &&
      boundedTextOf(box.parentElement, MAX_SIGNUP_BOX_CHARS - 1) !== null
    )
      box = box.parentElement;
    if (box && isAttached(box) && !ctx.isProtected(box)) removeNode(box);
  }
  for (const el of ctx.scan.byTag(...BOX_TAGS)) {
    const label = ctx.scan.classAndId(el);
    if (!label || !PROMO_CLASS.test(label) || !isAttached(el) || ctx.isProtected(el)) continue;
    if (boundedTextOf(el, MAX_PROMO_BOX_CHARS - 1) !== null) removeNode(el);
  }
}

/** Newsletter and subscription boxes: an e-mail form or a promo class around little text. */
export const signupBoxes: PruneRule = { name: 'signupBoxes', run: removeSignupBoxes };
