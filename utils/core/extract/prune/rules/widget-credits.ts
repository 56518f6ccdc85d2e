import type { PruneContext, PruneRule } from '../context';
import { NOTE_BLOCKS, blockAround } from '../helpers';
import { isAttached, removeNode } from '../../dom';
import { MAX_WIDGET_CREDIT_CHARS } from '../tuning';

/** "Powered by SmartAsset.com" over a calculator or a feed widget: the widget's credit line, alone in its block. */
const WIDGET_CREDIT = /^(?:powered by|presented by|brought to you by|in partnership with|provided by)\s+\S.{1,59}(?<![.!?])$/i;

export function removeWidgetCredits(ctx: PruneContext, _root: Element): void {
  for (const t of ctx.scan.texts) {
    if (!WIDGET_CREDIT.test(t.text) || !isAttached(t.parent)) continue;
    const el = blockAround(t.parent, WIDGET_CREDIT, MAX_WIDGET_CREDIT_CHARS, NOTE_BLOCKS);
    if (el && !ctx.isProtected(el)) removeNode(el);
  }
}

export const widgetCredits: PruneRule = { name: 'widgetCredits', run: removeWidgetCredits };
