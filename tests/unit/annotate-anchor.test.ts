import { describe, expect, it } from 'vitest';
import { anchorQuote, createAnchorer, describeQuote } from '../../utils/core/annotate/quote-selector';

/** Highlights anchored by quote and context (W3C TextQuoteSelector), found again in a re-extracted article. */

const TEXT =
  'Ukraine says China supplies Russian defense factories. The claim came on Friday. ' +
  'Officials said the claim came from intelligence. Beijing denied the claim came from anywhere credible.';

function spanOf(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return { start: at, end: at + phrase.length };
}

describe('describeQuote', () => {
  it('keeps the exact words and up to 32 characters of context on each side', () => {
    const { start, end } = spanOf(TEXT, 'The claim came on Friday.');
    const selector = describeQuote(TEXT, start, end)!;
    expect(selector.exact).toBe('The claim came on Friday.');
    expect(selector.prefix).toBe('China supplies Russian defense factories. '.slice(-32));
    expect(selector.suffix).toBe(' Officials said the claim came f');
    expect(selector.type).toBe('TextQuoteSelector');
  });

  it('trims white space at the ends of a selection, and refuses one of white space only', () => {
    const at = TEXT.indexOf(' The claim');
    expect(describeQuote(TEXT, at, at + 10)!.exact).toBe('The claim');
    expect(describeQuote(TEXT, at, at + 1)).toBeNull();
    expect(describeQuote(TEXT, 5, 5)).toBeNull();
  });

  it('has shorter context at the very start and end of the text', () => {
    const selector = describeQuote(TEXT, 0, 7)!;
    expect(selector.prefix).toBe('');
    const last = describeQuote(TEXT, TEXT.length - 9, TEXT.length)!;
    expect(last.exact).toBe('credible.');
    expect(last.suffix).toBe('');
  });
});

describe('anchorQuote', () => {
  it('finds a quote where it was taken from', () => {
    const span = spanOf(TEXT, 'the claim came', 0);
    expect(anchorQuote(TEXT, describeQuote(TEXT, span.start, span.end)!)).toEqual(span);
  });

  it('tells a recurring phrase apart by its context', () => {
    for (const nth of [0, 1]) {
      const span = spanOf(TEXT, 'the claim came', nth);
      const selector = describeQuote(TEXT, span.start, span.end)!;
      expect(anchorQuote(TEXT, selector), `occurrence ${nth}`).toEqual(span);
    }
  });

  it('re-attaches in a re-extracted article with text added before it and white space changed', () => {
    const span = spanOf(TEXT, 'Officials said the claim came from intelligence.');
    const selector = describeQuote(TEXT, span.start, span.end)!;
    const again = `Photo: Reuters\n\n${TEXT.replace('Officials said', 'Officials\n   said')}`;
    const found = anchorQuote(again, selector)!;
    expect(again.slice(found.start, found.end)).toBe('Officials\n   said the claim came from intelligence.');
  });

  it('still picks the right occurrence when the context changed slightly', () => {
    const span = spanOf(TEXT, 'the claim came', 1);
    const selector = describeQuote(TEXT, span.start, span.end)!;
    const edited = TEXT.replace('Officials said', 'Senior officials said');
    const found = anchorQuote(edited, selector)!;
    expect(found).toEqual(spanOf(edited, 'the claim came', 1));
  });

  it('answers null (detached) when the words are gone', () => {
    const span = spanOf(TEXT, 'The claim came on Friday.');
    const selector = describeQuote(TEXT, span.start, span.end)!;
    expect(anchorQuote(TEXT.replace('on Friday', 'on Monday'), selector)).toBeNull();
    expect(anchorQuote(TEXT, { type: 'TextQuoteSelector', exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors 1,000 highlights in one long article, each to its own words', () => {
    const sentences = Array.from({ length: 1000 }, (_, i) => `Sentence number ${i} says something about item ${i % 7}.`);
    const text = sentences.join(' ');
    const selectors = sentences.map((s) => {
      const at = text.indexOf(s);
      return describeQuote(text, at, at + s.length)!;
    });
    const anchor = createAnchorer(`Intro added later. ${text}`);
    const found = selectors.map((s) => anchor(s));
    expect(found.every((span) => span !== null)).toBe(true);
    const shifted = 'Intro added later. '.length;
    found.forEach((span, i) => expect(span!.start - shifted).toBe(text.indexOf(sentences[i])));
  });
});
