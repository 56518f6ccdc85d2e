import type { PruneContext, PruneRule } from '../context';
import { NOTE_BLOCKS, removeLineBlocks } from '../helpers';
import { AGGREGATOR_NOTE } from '../../patterns';
import { MAX_AGGREGATOR_NOTE_CHARS } from '../tuning';

/** Aggregators' own notes: "We have summarized this news...", "Does this summary seem wrong?". */
export function removeAggregatorNotes(ctx: PruneContext, _root: Element): void {
  removeLineBlocks(ctx, AGGREGATOR_NOTE, MAX_AGGREGATOR_NOTE_CHARS, NOTE_BLOCKS);
}

export const aggregatorNotes: PruneRule = { name: 'aggregatorNotes', run: removeAggregatorNotes };
