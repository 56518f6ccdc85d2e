import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { blockTextOf, blockTextOfHtml } from '../../scripts/bench/block-text';
import {
  aggregateMetrics,
  countShingles,
  matchShingles,
  precisionScore,
  recallScore,
  scorePair,
  scorePairs,
  tokenAccuracy,
  tokenize,
} from '../../scripts/bench/zyte-score';

// Expected values are worked out by hand from evaluate.py's rules (and were
// cross-checked by running evaluate.py's own functions in Python 3.11).

function expectTriple(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(3);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
}

describe('tokenize (Python re \\w+ on str)', () => {
  it('keeps letters, digits, underscores and other numerics; splits on punctuation', () => {
    expect(tokenize('Hello, world_1 ünïcode x² ½ Ⅻ')).toEqual(['Hello', 'world_1', 'ünïcode', 'x²', '½', 'Ⅻ']);
  });

  it('does not treat combining marks as word characters, as Python does not', () => {
    // U+0301 COMBINING ACUTE ACCENT is Mn: Python's \w skips it and splits the word.
    expect(tokenize('e\u0301t')).toEqual(['e', 't']);
    // Devanagari vowel signs (Mc) and virama (Mn) split "हिन्दी" into its consonants.
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('leaves unspaced CJK runs whole and cuts at CJK punctuation', () => {
    expect(tokenize('日本語のテキスト、二〇二五年')).toEqual(['日本語のテキスト', '二〇二五年']);
  });

  it('keeps case and treats null as empty', () => {
    expect(tokenize('The THE the')).toEqual(['The', 'THE', 'the']);
    expect(tokenize(null)).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes overlapping 4-token shingles', () => {
    expect([...countShingles('one two three four five').entries()]).toEqual([
      ['one two three four', 1],
      ['two three four five', 1],
    ]);
  });

  it('makes one shingle of a text shorter than 4 tokens and none of an empty one', () => {
    expect([...countShingles('Breaking news').entries()]).toEqual([['Breaking news', 1]]);
    expect(countShingles('').size).toBe(0);
    expect(countShingles(' ,.; ').size).toBe(0);
  });

  it('counts repeated shingles as a multiset', () => {
    const counts = countShingles('a b c d a b c d');
    expect(counts.get('a b c d')).toBe(2);
    expect(counts.size).toBe(4);
  });
});

describe('matchShingles (tp, fp, fn divided by their sum)', () => {
  it('scores an exact match as all true positives', () => {
    expectTriple(matchShingles('one two three four five', 'one two three four five'), [1, 0, 0]);
  });

  it('scores disjoint texts as half false positives, half false negatives', () => {
    expectTriple(matchShingles('a b c d', 'e f g h'), [0, 0.5, 0.5]);
  });

  it('compares short texts as single shingles', () => {
    expectTriple(matchShingles('Breaking news', 'Breaking news today'), [0, 0.5, 0.5]);
    expectTriple(matchShingles('Breaking news', 'Breaking, news!'), [1, 0, 0]);
  });

  it('counts a repeated shingle only as often as the other side has it', () => {
    // truth: abcd x2, bcda, cdab, dabc; prediction: abcd x1 -> tp 1, fn 4.
    expectTriple(matchShingles('a b c d a b c d', 'a b c d'), [0.2, 0, 0.8]);
    expectTriple(matchShingles('a b c d', 'a b c d a b c d'), [0.2, 0.8, 0]);
  });

  it('counts one inserted word against the shingles that span it', () => {
    // truth shingles: w1-4, w2-5, w3-6; prediction: w1-4, w2 w3 w4 x, w3 w4 x w5, w4 x w5 w6.
    expectTriple(matchShingles('w1 w2 w3 w4 w5 w6', 'w1 w2 w3 w4 x w5 w6'), [1 / 6, 1 / 2, 1 / 3]);
  });

  it('is case sensitive', () => {
    expectTriple(matchShingles('The cat sat down', 'the cat sat down'), [0, 0.5, 0.5]);
  });

  it('leaves empty texts at zero', () => {
    expectTriple(matchShingles('', ''), [0, 0, 0]);
    expectTriple(matchShingles('', 'some words here and more'), [0, 1, 0]);
    expectTriple(matchShingles('some words here and more', ''), [0, 0, 1]);
  });
});

describe('precision and recall per page', () => {
  it('gives 1 when fp = fn = 0, even with tp = 0', () => {
    expect(precisionScore([0, 0, 0])).toBe(1);
    expect(recallScore([0, 0, 0])).toBe(1);
  });

  it('gives tp/(tp+fp) and tp/(tp+fn) otherwise', () => {
    expect(precisionScore([0.2, 0, 0.8])).toBe(1);
    expect(recallScore([0.2, 0, 0.8])).toBeCloseTo(0.2, 12);
    expect(precisionScore([0, 1, 0])).toBe(0);
    expect(recallScore([0, 0, 1])).toBe(0);
  });
});

describe('accuracy', () => {
  it('is 1 only when the token lists are equal', () => {
    expect(tokenAccuracy("Hello,   world! It's  me.", 'Hello world It s me')).toBe(1);
    expect(tokenAccuracy('a b c d a b c d', 'a b c d')).toBe(0);
    expect(tokenAccuracy('', '')).toBe(1);
    expect(tokenAccuracy('Cat', 'cat')).toBe(0);
  });
});

describe('corpus metrics', () => {
  it('averages P over pages with tp+fp > 0 and R over pages with tp+fn > 0, then takes F1 of the averages', () => {
    const metrics = scorePairs([
      scorePair('one two three four five', 'one two three four five'), // P 1, R 1, exact
      scorePair('a b c d a b c d', 'a b c d'), // P 1, R 0.2
      scorePair('', ''), // in neither average, but exact
      scorePair('', 'x y z w'), // P 0, not in the recall average
    ]);
    expect(metrics.precisionPages).toBe(3);
    expect(metrics.recallPages).toBe(2);
    expect(metrics.precision).toBeCloseTo(2 / 3, 12);
    expect(metrics.recall).toBeCloseTo(0.6, 12);
    // 2 * (2/3) * 0.6 / (2/3 + 0.6) = 0.8 / (19/15) = 12/19
    expect(metrics.f1).toBeCloseTo(12 / 19, 12);
    expect(metrics.accuracy).toBe(0.5);
  });

  it('weighs a long page no more than a short one', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const half = long.split(' ').slice(0, 203).join(' '); // 200 of 397 shingles
    const metrics = aggregateMetrics([matchShingles(long, half), matchShingles('a b c d', 'e f g h')], [0, 0]);
    // long page: P 1, R 200/397; short page: P 0, R 0.
    expect(metrics.precision).toBeCloseTo(0.5, 12);
    expect(metrics.recall).toBeCloseTo(200 / 397 / 2, 12);
  });

  it('reports NaN rather than throwing when no page enters an average', () => {
    const metrics = aggregateMetrics([[0, 0, 0]], [1]);
    expect(Number.isNaN(metrics.precision)).toBe(true);
    expect(Number.isNaN(metrics.f1)).toBe(true);
  });
});

describe('block-separated text', () => {
  it('puts a line break between blocks where textContent would glue words', () => {
    const text = blockTextOfHtml('<div><p>first<b>bold</b></p><p>second</p><ul><li>one</li><li>two</li></ul>three<br>four</div>');
    expect(text).toBe('firstbold\nsecond\none\ntwo\nthree\nfour');
    expect(tokenize(text)).toEqual(['firstbold', 'second', 'one', 'two', 'three', 'four']);
  });

  it('walks a tree deeper than a recursive walk survives (20,000 levels)', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body></body></html>');
    let node: Element = doc.body;
    for (let i = 0; i < 20_000; i++) node = node.appendChild(doc.createElement('span'));
    node.appendChild(doc.createTextNode('deep'));
    expect(blockTextOf(doc.body)).toBe('deep');
  });
});
