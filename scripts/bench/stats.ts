/** Timing summaries and memory sampling for the benchmark. */

export interface TimingSummary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Median (mean of the two middle values for an even count), nearest-rank p95, max. */
export function summarize(values: readonly number[]): TimingSummary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, median: Number.NaN, p95: Number.NaN, max: Number.NaN };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { n, median, p95, max: sorted[n - 1] };
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

export interface MemoryPeak {
  rssMb: number;
  heapUsedMb: number;
}

const MB = 1024 * 1024;

/**
 * Peak of `process.memoryUsage()` over the samples taken. Extraction is
 * synchronous, so a timer could not sample during it; the runner samples right
 * after each parse and each extraction, when the DOM and its clone are alive.
 */
export class MemorySampler {
  private rss = 0;
  private heapUsed = 0;

  sample(): void {
    const usage = process.memoryUsage();
    if (usage.rss > this.rss) this.rss = usage.rss;
    if (usage.heapUsed > this.heapUsed) this.heapUsed = usage.heapUsed;
  }

  peak(): MemoryPeak {
    return { rssMb: this.rss / MB, heapUsedMb: this.heapUsed / MB };
  }
}

/** The kernel's high-water mark for the whole process, which catches peaks between samples. */
export function processMaxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Collects garbage when Node runs with `--expose-gc`, so each corpus starts from a clean heap. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
