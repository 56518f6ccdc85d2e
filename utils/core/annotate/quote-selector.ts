/**
 * Anchoring highlights by the text they quote, as the W3C Web Annotation
 * `TextQuoteSelector` does: the exact words plus a little of the text before
 * and after them. Offsets would break as soon as the article is extracted
 * again with one more caption or one less ad; the quote and its context find
 * the same words again. Pure: works on the article's text as a string.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A span of the text, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Characters of context kept on each side: enough to tell apart a phrase that recurs, short enough to survive nearby edits. */
export const QUOTE_CONTEXT_CHARS = 32;

/** Describes `text[start, end)` as a quote with its context; null when the span holds no visible text. */
export function describeQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT_CHARS): TextQuoteSelector | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  // A selection that starts or ends on white space quotes only the words.
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from >= to) return null;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - context), from),
    suffix: text.slice(to, to + context),
  };
}

/** Text with every run of white space made one space, and where each character came from. */
interface FoldedText {
  folded: string;
  /** `origin[i]`: index in the original text of folded character i. */
  origin: number[];
}

function fold(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      folded += ' ';
    } else {
      inSpace = false;
      folded += ch;
    }
    origin.push(i);
  }
  return { folded, origin };
}

const foldString = (text: string) => text.replace(/\s+/g, ' ');

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds quotes in one text. Build it once per article and anchor every
 * highlight with it (a thousand highlights fold the text once, not a
 * thousand times).
 */
export function createAnchorer(text: string): (selector: TextQuoteSelector) => TextSpan | null {
  const { folded, origin } = fold(text);
  return (selector) => {
    const exact = foldString(selector.exact).trim();
    if (!exact) return null;
    const prefix = foldString(selector.prefix ?? '');
    const suffix = foldString(selector.suffix ?? '');
    let best = -1;
    let bestScore = -1;
    for (let at = folded.indexOf(exact); at !== -1; at = folded.indexOf(exact, at + 1)) {
      // White space around the quote may differ between extractions: compare the context without it.
      const before = folded.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
      const after = folded.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
      const score = commonSuffixLength(before, prefix.trimEnd()) + commonPrefixLength(after, suffix.trimStart());
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    if (best === -1) return null;
    return { start: origin[best], end: origin[best + exact.length - 1] + 1 };
  };
}

/** Anchors one quote in `text`: where its words are now, or null when they are gone (the highlight is then detached). */
export function anchorQuote(text: string, selector: TextQuoteSelector): TextSpan | null {
  return createAnchorer(text)(selector);
}
