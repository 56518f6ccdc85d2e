import { describe, expect, it } from 'vitest';
import {
  closestHeading,
  closestLink,
  collapseWhitespace,
  countPhraseWords,
  countTextWords,
  countWords,
  firstLinkIn,
  hasHeadingIn,
  linksIn,
  listElements,
  listElementsBefore,
  precedes,
} from '../../utils/core/extract/dom';
import { PARSERS } from '../helpers/extract-doms';

/**
 * The DOM helpers that stand in for selector queries (linkedom compiles a
 * selector on every call) must find exactly what the selectors find, on both DOMs.
 */
const PAGE = `<!DOCTYPE html><html><head></head><body>
  <header id="masthead"><a href="/">Home</a><a name="top">no href</a><h2 id="kicker"><span id="in-heading">World</span></h2></header>
  <article id="story">
    <h1 id="headline"><a id="headline-link" href="/story"><b id="bold">The harbour budget</b></a></h1>
    <p id="byline">By <a href="/staff/ana">Ana Lima</a></p>
    <div id="story-body"><p id="first">The council met <a href="https://records.example/1">again</a>.</p>
      <svg id="chart"><a href="#bar"><text id="bar-label">bar</text></a></svg>
      <p id="second">It argued until late.</p></div>
    <aside id="after"><a href="/more">More</a></aside>
  </article>
</body></html>`;

describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('DOM helpers on %s', (dom) => {
  const doc = () => PARSERS[dom](PAGE);
  const ids = (els: readonly (Element | null)[]) => els.map((el) => el?.id || el?.tagName.toLowerCase() || null);

  it('linksIn and firstLinkIn find what a[href] finds', () => {
    const d = doc();
    for (const root of [d.body, d.getElementById('story')!, d.getElementById('masthead')!, d.getElementById('byline')!, d.getElementById('second')!]) {
      expect(linksIn(root)).toEqual(Array.from(root.querySelectorAll('a[href]')));
      expect(firstLinkIn(root)).toBe(root.querySelector('a[href]'));
    }
    expect(linksIn(d.getElementById('masthead')!).map((a) => a.getAttribute('href'))).toEqual(['/']);
  });

  it('closestLink and closestHeading find what closest() finds', () => {
    const d = doc();
    for (const id of ['bold', 'headline-link', 'headline', 'in-heading', 'kicker', 'first', 'bar-label', 'story']) {
      const el = d.getElementById(id)!;
      expect(closestLink(el)).toBe(el.closest('a[href]'));
      expect(closestHeading(el)).toBe(el.closest('h1, h2, h3, h4, h5, h6'));
    }
    expect(ids([closestLink(d.getElementById('bold')!), closestHeading(d.getElementById('in-heading')!)])).toEqual(['headline-link', 'kicker']);
  });

  it('hasHeadingIn says what querySelector(h1-h6) says', () => {
    const d = doc();
    for (const id of ['masthead', 'story', 'byline', 'story-body', 'headline']) {
      const el = d.getElementById(id)!;
      expect(hasHeadingIn(el)).toBe(!!el.querySelector('h1, h2, h3, h4, h5, h6'));
    }
    expect(hasHeadingIn(d.getElementById('masthead')!)).toBe(true);
    expect(hasHeadingIn(d.getElementById('byline')!)).toBe(false);
  });

  it('listElementsBefore keeps what comes before the stop, and nothing inside or after it', () => {
    const d = doc();
    const story = d.getElementById('story')!;
    const body = d.getElementById('story-body')!;
    // What the byline search kept before it stopped walking at the body: neither inside the body nor after it.
    const expected = listElements(story).filter((el) => !body.contains(el) && !precedes(body, el));
    expect(ids(listElementsBefore(story, body))).toEqual(ids(expected));
    expect(ids(listElementsBefore(story, body))).toEqual(['story', 'headline', 'headline-link', 'bold', 'byline', 'a']);
  });

  it('listElementsBefore: no stop gives all; a root inside or after the stop gives none; a stop after the root gives all', () => {
    const d = doc();
    const story = d.getElementById('story')!;
    const body = d.getElementById('story-body')!;
    expect(listElementsBefore(story, null)).toEqual(listElements(story));
    expect(listElementsBefore(body, body)).toEqual([]);
    expect(listElementsBefore(d.getElementById('second')!, body)).toEqual([]);
    expect(listElementsBefore(d.getElementById('after')!, body)).toEqual([]);
    expect(listElementsBefore(d.getElementById('masthead')!, body)).toEqual(listElements(d.getElementById('masthead')!));
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['a lone space stays', 'harbour budget', 'harbour budget'],
    ['a run of spaces becomes one', 'harbour    budget', 'harbour budget'],
    ['a newline becomes a space', 'harbour\nbudget', 'harbour budget'],
    ['a tab alone becomes a space', 'harbour\tbudget', 'harbour budget'],
    ['indentation between lines', '  harbour\n      budget\n  ', 'harbour budget'],
    ['a non-breaking space alone', 'harbour\u00a0budget', 'harbour budget'],
    ['a zero-width space alone', 'harbour\u200bbudget', 'harbour budget'],
    ['zero-width and plain spaces together', 'harbour \u200b budget', 'harbour budget'],
    ['an ideographic space', '港口\u3000疏浚', '港口 疏浚'],
    ['white space only', ' \n\t\u00a0 ', ''],
    ['null', null, ''],
  ])('%s', (_name, text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });

  it('gives the same text as replacing every run, on a long mixed text', () => {
    const pieces = [' ', '  ', '\n', '\t', '\u00a0', '\u200b', ' \u200b', 'word', 'harbour', '港口'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const text = Array.from({ length: 5000 }, () => pieces[next() % pieces.length]).join('');
    expect(collapseWhitespace(text)).toBe(text.replace(/[\s\u200b]+/g, ' ').trim());
  });
});

describe('countWords', () => {
  const byRegex = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;

  it.each([
    ['words between spaces', 'The council approved the plan', 5],
    ['joined by apostrophes, points and hyphens', "council’s 3.5 dredge-plan O'Neill", 4],
    ['a joiner alone is no word', ' - . ’ ', 0],
    ['a joiner that starts nothing', 'x -b', 2],
    ['letters of any script', 'ça été 日本語 ٣', 4],
    ['a letter outside the basic plane', '𝐀𝐁 and 😀', 2],
    ['a lone surrogate is no word', 'a\ud800b', 2],
    ['empty', '', 0],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
    expect(byRegex(text)).toBe(expected);
  });

  it('counts as the regular expression does, on a long mixed text', () => {
    const pieces = ['a', 'Z', '3', "'", '’', '.', '-', ' ', '\n', 'é', '日', '😀', '𝐀', '\u0301', '_', ',', '\u00a0', '٣', '\ud800', 'harbour'];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 50 }, () => pieces[next() % pieces.length]).join('');
      expect(countWords(text)).toBe(byRegex(text));
    }
  });
});

describe('words of CJK text, which has no spaces between words', () => {
  it.each([
    ['a Latin headline: its space-separated parts, as before', 'Ferry timetable changes again', 4],
    ['"Read more" is no headline', 'Read more', 2],
    ['a Chinese headline: a word per two Han characters', '渡輪新時刻表下月上路，班次增加三成', 8],
    ['a Japanese headline: eight Han characters and seven kana', '渡し船の時刻表が来月から変わる', 6],
    ['a katakana loanword is one word', 'カテゴリ', 1],
    ['a short CJK label', '更多', 1],
    ['a mixed headline: iPhone, then seven characters', 'iPhone 新機型下月上市', 1 + 4],
  ])('a phrase: %s', (_name, text, expected) => {
    expect(countPhraseWords(text)).toBe(expected);
  });

  it('counts each Chinese or Japanese character of a text as a word, the rest as countWords does', () => {
    expect(countTextWords('The council approved the plan')).toBe(5);
    expect(countTextWords('縣議會週四通過計畫。')).toBe(9);
    expect(countTextWords('渡し船 ferry 2025')).toBe(3 + 2);
    expect(countWords('縣議會週四通過計畫。')).toBe(1);
  });
});
