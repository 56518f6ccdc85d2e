import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Memory between pages of a batch. A page's DOM is garbage as soon as its
 * line is written, but V8 collects old garbage only when it decides to, so
 * a batch of big pages stacks the dead trees of earlier pages: 830 MB peak
 * over issue 11's big pages, where no page alone needs more than 420 MB.
 * Collecting once the heap is this full keeps the peak near the biggest
 * single page; below it (every ordinary page) nothing is done, so the cost
 * stays with the pages that cause it and never enters a page's `ms`.
 */
const COLLECT_ABOVE_HEAP_BYTES = 192 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** The engine's own full collection, reached the way jest's leak detector reaches it (no `--expose-gc` needed on the command line). */
function findCollector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Call after a page's result is written: frees the dead pages' trees when they have piled up. Returns whether it collected. */
export function releaseBetweenPages(heapUsed = process.memoryUsage().heapUsed): boolean {
  if (heapUsed < COLLECT_ABOVE_HEAP_BYTES) return false;
  const gc = findCollector();
  if (!gc) return false;
  gc();
  return true;
}
