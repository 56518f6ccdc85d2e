/**
 * The scoring of Zyte's article-extraction-benchmark (`evaluate.py`), ported
 * line for line so that our F1 is comparable with the published figures.
 *
 * Tokens: Python's `re.findall(r'\w+', text)` on a `str`. For `str` patterns
 * Python's `\w` is "`str.isalnum()` or underscore", i.e. the Unicode general
 * categories L* (letters) and N* (Nd, Nl, No) plus `_`. It does NOT match
 * combining marks (Mn, Mc, Me): `re.findall(r'\w+', 'e\u0301')` is `['e']`, and a
 * Devanagari vowel sign splits a word. `IGNORECASE` (set in evaluate.py) does
 * not change what `\w` matches. Checked over every code point: Python 3.11's
 * `\w` equals `[\p{L}\p{N}_]` exactly; the only difference left is the Unicode
 * version (Python 3.11 has 14.0, Node 20 has a newer one), so characters
 * assigned after 14.0 (rare CJK extensions, new scripts) count as word
 * characters here and not there. No page of the corpora uses them.
 *
 * Shingles: 4 consecutive tokens, counted as a multiset; a text with fewer
 * than 4 tokens is one shingle of all its tokens; an empty text has none.
 */

export const SHINGLE_SIZE = 4;

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

export interface ZyteMetrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Pages that entered the precision average (tp + fp > 0). */
  precisionPages: number;
  /** Pages that entered the recall average (tp + fn > 0). */
  recallPages: number;
  pages: number;
}

export function tokenize(text: string | null | undefined): string[] {
  return (text ?? '').match(TOKEN_RE) ?? [];
}

/** Shingles of `n` tokens as a multiset; keys join tokens with a separator no token contains. */
export function countShingles(text: string | null | undefined, n: number = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // evaluate.py: range(0, max(1, len(tokens) - n + 1)), skipping the empty tuple.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py `string_shingle_matching`: multiset tp/fp/fn, divided by their sum when it is not 0. */
export function matchShingles(truth: string, prediction: string, n: number = SHINGLE_SIZE): TpFpFn {
  const truthCounts = countShingles(truth, n);
  const predCounts = countShingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truthCounts) {
    const p = predCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
    fp += Math.max(0, p - t);
  }
  for (const [key, p] of predCounts) {
    if (!truthCounts.has(key)) fp += p;
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** evaluate.py `get_accuracy`: 1 when the token lists are equal (case kept). */
export function tokenAccuracy(truth: string, prediction: string): number {
  const a = tokenize(truth);
  const b = tokenize(prediction);
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return 0;
  return 1;
}

function mean(values: number[]): number {
  // Python's statistics.mean raises on an empty list; NaN keeps the report going and shows as "n/a".
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** evaluate.py `metrics_from_tp_fp_fns` plus the mean accuracy. */
export function aggregateMetrics(rows: readonly TpFpFn[], accuracies: readonly number[]): ZyteMetrics {
  const precisions = rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore);
  const recalls = rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = (2 * precision * recall) / (precision + recall);
  return {
    f1,
    precision,
    recall,
    accuracy: mean([...accuracies]),
    precisionPages: precisions.length,
    recallPages: recalls.length,
    pages: rows.length,
  };
}

export interface ScoredPair {
  tpFpFn: TpFpFn;
  accuracy: number;
}

export function scorePair(truth: string, prediction: string): ScoredPair {
  return { tpFpFn: matchShingles(truth, prediction), accuracy: tokenAccuracy(truth, prediction) };
}

export function scorePairs(pairs: readonly ScoredPair[]): ZyteMetrics {
  return aggregateMetrics(
    pairs.map((p) => p.tpFpFn),
    pairs.map((p) => p.accuracy),
  );
}
