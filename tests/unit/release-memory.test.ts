import { describe, expect, it } from 'vitest';
import { releaseBetweenPages } from '../../cli/release-memory';

describe('releaseBetweenPages (the CLI batch, between pages)', () => {
  it('does nothing while the heap is below the threshold', () => {
    expect(releaseBetweenPages(0)).toBe(false);
    expect(releaseBetweenPages(100 * 1024 * 1024)).toBe(false);
  });

  it('collects once the heap is past it, and the garbage is gone afterwards', () => {
    // A page's worth of small objects (about 50 MB), measured while alive, then dropped and collected.
    let junk: Array<{ i: number; text: string }> | null = Array.from({ length: 500_000 }, (_, i) => ({ i, text: `node ${i}` }));
    const whileAlive = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(500_000);
    junk = null;
    expect(releaseBetweenPages(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(whileAlive - 20 * 1024 * 1024);
  });
});
