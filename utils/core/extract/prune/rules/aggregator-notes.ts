import type { PruneContext, PruneRule } from '../context';
import { NOTE_BLOCKS, blockAround } from '../helpers';
import { isAttached, removeNode } from '../../dom';
import { AGGREGATOR_NOTE } from '../../patterns';
import { MAX_AGGREGATOR_NOTE_CHARS } from '../tuning';

/** Aggregators' own notes: "We have summarized this news...", "Does this summary seem wrong?". */
export function removeAggregatorNotes(ctx: PruneContext, _root: Element): void {
  for (const t of ctx.scan.texts) {
    if (!AGGREGATOR_NOTE.test(t.text) || !isAttached(t.parent)) continue;
    const el = blockAround(t.parent, AGGREGATOR_NOTE, MAX_AGGREGATOR_NOTE_CHARS, NOTE_BLOCKS);
    if (el && !ctx.isProtected(el)) removeNode(el);
  }
}

/** Aggregators' own notes: "We have summarized this news...", "Does this summary seem wrong?". */
export const aggregatorNotes: PruneRule = { name: 'aggregatorNotes', run: removeAggregatorNotes };
