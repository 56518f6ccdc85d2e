import type { ExtractOptions } from '../../utils/core/extract/types';

/**
 * A clock that never moves, for tests that check what the core extracts. The core skips optional
 * stages, and finally gives up, on wall-clock time; on a loaded CI machine that would turn a
 * behaviour test into a timing test. Tests of the budget itself pass their own `now`.
 */
export const UNTIMED: ExtractOptions = { now: () => 0 };
