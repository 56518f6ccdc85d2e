import type { PruneContext, PruneRule } from '../context';
import { NOTE_BLOCKS, removeLineBlocks } from '../helpers';
import { MAX_WIDGET_CREDIT_CHARS } from '../tuning';

/** "Powered by SmartAsset.com" over a calculator or a feed widget: the widget's credit line, alone in its block. */
const WIDGET_CREDIT = /^(?:powered by|presented by|brought to you by|in partnership with|provided by)\s+\S.{1,59}(?<![.!?])$/i;

export function removeWidgetCredits(ctx: PruneContext, _root: Element): void {
  removeLineBlocks(ctx, WIDGET_CREDIT, MAX_WIDGET_CREDIT_CHARS, NOTE_BLOCKS);
}

export const widgetCredits: PruneRule = { name: 'widgetCredits', run: removeWidgetCredits };
