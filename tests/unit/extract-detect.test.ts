import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../utils/core/extract/detect';
import { precedes } from '../../utils/core/extract/dom';
import { PARAS, analyse, parse, textOf } from '../helpers/extract-stages';

const doc = (head: string, body: string) => parse(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const landmarksOf = (head: string, body: string) => analyse(doc(head, body)).landmarks;
const ps = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');
const idOf = (el: Element | null) => el?.getAttribute('id') ?? null;

describe('titles', () => {
  it.each([
    [
      'JSON-LD headline, og:title, twitter:title, JSON-LD name, then <title> and its headline part',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","name":"LD name"}</script>' +
        '<meta property="og:title" content="OG title"><meta name="twitter:title" content="Twitter title"><title>Doc headline | Gazette</title>',
      ['LD headline', 'OG title', 'Twitter title', 'LD name', 'Doc headline | Gazette', 'Doc headline'],
    ],
    [
      'duplicates once',
      '<meta property="og:title" content="Harbour plan approved"><meta name="twitter:title" content="Harbour plan approved"><title>Harbour plan approved</title>',
      ['Harbour plan approved'],
    ],
    ['"Headline - Site"', '<title>Harbour plan approved - The Gazette</title>', ['Harbour plan approved - The Gazette', 'Harbour plan approved']],
    // The longest part is taken to be the headline, wherever the site name sits.
    ['"Site » Headline"', '<title>Gazette » Harbour plan approved</title>', ['Gazette » Harbour plan approved', 'Harbour plan approved']],
    ['a hyphen inside a word is no separator', '<title>Cross-party deal on harbour</title>', ['Cross-party deal on harbour']],
    ['none', '', []],
  ])('%s', (_name, head, expected) => {
    expect(landmarksOf(head, '<p>x</p>').titles).toEqual(expected);
  });
});

describe('headline', () => {
  it.each([
    [
      'the h1 that matches og:title',
      '<meta property="og:title" content="Council approves harbour plan">',
      '<h1 id="want">Council approves harbour plan</h1>',
      'want',
    ],
    ['case and punctuation do not matter', '<title>Council approves harbour plan!</title>', '<h1 id="want">COUNCIL APPROVES — HARBOUR PLAN</h1>', 'want'],
    [
      'the h1 over an earlier sidebar h3 with the same text',
      '<title>Council approves harbour plan</title>',
      '<aside><h3 id="card">Council approves harbour plan</h3></aside><h1 id="want">Council approves harbour plan</h1>',
      'want',
    ],
    [
      'a heading matching a more specific title over an h1 matching a later one',
      '<meta property="og:title" content="Council approves harbour plan"><title>Gazette front page</title>',
      '<h1 id="masthead">Gazette front page</h1><h2 id="want">Council approves harbour plan</h2>',
      'want',
    ],
    [
      'a long heading that the title continues',
      '<title>Council approves Carrow Harbour dredging plan after two years</title>',
      '<h1 id="want">Council approves Carrow Harbour dredging plan</h1>',
      'want',
    ],
    [
      'an itemprop=headline element',
      '<title>Council approves harbour plan</title>',
      '<div itemprop="headline" id="want">Council approves harbour plan</div>',
      'want',
    ],
    [
      'a role=heading element',
      '<title>Council approves harbour plan</title>',
      '<div role="heading" aria-level="1" id="want">Council approves harbour plan</div>',
      'want',
    ],
    ['the only h1 when no title matches', '<title>Gazette</title>', '<h1 id="want">Something else entirely</h1>', 'want'],
    ['nothing when two h1s match no title', '<title>Gazette</title>', '<h1>First headline here</h1><h1>Second headline here</h1>', null],
    ['nothing for a lone h1 under 8 characters', '<title>Gazette</title>', '<h1>News</h1>', null],
    // A short heading such as "Weather" must not claim a headline that merely starts with it.
    [
      'nothing for a short heading that only starts the title',
      '<title>Weather warning for the coast</title><meta property="og:title" content="Weather warning for the coast">',
      '<h2>Weather warning</h2><h1>A</h1>',
      null,
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(idOf(landmarksOf(head, body).headline)).toBe(expected);
  });
});

describe('body cluster', () => {
  const title = '<title>Council approves harbour plan</title>';
  const h1 = '<h1>Council approves harbour plan</h1>';

  it.each([
    ['the parent of the long paragraphs', `${h1}<div id="want">${ps(PARAS[0], PARAS[1], 'Short line.')}</div>`, 'want'],
    [
      'the parent with the most long paragraphs',
      `${h1}<div id="a">${ps(PARAS[0], PARAS[1])}</div><div id="want">${ps(PARAS[0], PARAS[1], PARAS[2])}</div>`,
      'want',
    ],
    [
      'after the headline, not a bigger cluster of card excerpts above it',
      `<div id="cards">${ps(PARAS[0], PARAS[1], PARAS[2], PARAS[3])}</div>${h1}<div id="want">${ps(PARAS[0], PARAS[1])}</div>`,
      'want',
    ],
    [
      'before an "Up next" heading, not the longer story below it',
      `${h1}<div id="want">${ps(PARAS[0], PARAS[1])}</div><h2>Up next</h2><div id="next">${ps(PARAS[0], PARAS[1], PARAS[2], PARAS[3])}</div>`,
      'want',
    ],
    [
      'before a second h1, not the longer story below it',
      `${h1}<div id="want">${ps(PARAS[0], PARAS[1])}</div><h1>Another story entirely</h1><div id="next">${ps(PARAS[0], PARAS[1], PARAS[2])}</div>`,
      'want',
    ],
    [
      'not cut short by an ordinary subheading',
      `${h1}<div id="a">${ps(PARAS[0], PARAS[1])}</div><h2>What happens next</h2><div id="want">${ps(PARAS[0], PARAS[1], PARAS[2])}</div>`,
      'want',
    ],
    ['an element that also holds the headline', `<div id="want">${h1}${ps(PARAS[0], PARAS[1])}</div>`, 'want'],
    ['list items only where there are no paragraphs', `${h1}<ul id="want"><li>${PARAS[0]}</li><li>${PARAS[1]}</li></ul>`, 'want'],
    [
      'paragraphs over a longer list',
      `${h1}<div id="want">${ps(PARAS[0], PARAS[1])}</div><ul><li>${PARAS[0]}</li><li>${PARAS[1]}</li><li>${PARAS[2]}</li></ul>`,
      'want',
    ],
    ['pre and blockquote count as paragraphs', `${h1}<div id="want"><pre>${PARAS[0]}</pre><blockquote>${PARAS[1]}</blockquote></div>`, 'want'],
    ['nothing for one long paragraph', `${h1}<div>${ps(PARAS[0], 'Short.', 'Short too.')}</div>`, null],
    ['nothing for short paragraphs', `${h1}<div>${ps('One.', 'Two.', 'Three.')}</div>`, null],
  ])('%s', (_name, body, expected) => {
    expect(idOf(landmarksOf(title, body).body)).toBe(expected);
  });

  it('without a headline, the largest cluster anywhere', () => {
    const { headline, body } = landmarksOf(
      '<title>Gazette</title>',
      `<div id="a">${ps(PARAS[0], PARAS[1])}</div><div id="b">${ps(PARAS[0], PARAS[1], PARAS[2])}</div>`,
    );
    expect(headline).toBeNull();
    expect(idOf(body)).toBe('b');
  });

  it('the headline and body of a typical page', () => {
    const { headline, body } = landmarksOf(
      '<title>Council approves harbour plan | Gazette</title>',
      `<header><nav><a href="/">Home</a></nav></header><main><article><h1>Council approves harbour plan</h1><p class="byline">By Jane Roe</p>` +
        `<div class="content">${ps(...PARAS)}</div></article><aside><h2>Most read</h2>` +
        `<div class="card">${ps(PARAS[0], PARAS[1])}</div><div class="card">${ps(PARAS[2], PARAS[3])}</div></aside></main>`,
    );
    expect(textOf(headline)).toBe('Council approves harbour plan');
    expect(body?.getAttribute('class')).toBe('content');
  });

  it('not a related section whose own heading is the boundary', () => {
    const { body } = landmarksOf(
      '<title>Council approves harbour plan</title>',
      `<h1>Council approves harbour plan</h1><div id="want">${ps(PARAS[0], PARAS[1])}</div>` +
        `<section id="related"><h2>Related stories</h2>${ps(PARAS[0], PARAS[1], PARAS[2])}</section>`,
    );
    expect(idOf(body)).toBe('want');
  });
});

describe('normalizeForMatch', () => {
  it.each([
    ['Council Approves — Harbour Plan!', 'council approves harbour plan'],
    ['  Ça va? Très   bien.  ', 'ça va très bien'],
    ['"Quoted", 2025', 'quoted 2025'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

// linkedom's compareDocumentPosition is wrong for nodes that are not siblings; the stages order nodes with this.
describe('precedes (document order, on linkedom)', () => {
  const d = parse(
    '<!DOCTYPE html><html><head></head><body><div id="a"><p id="a1"><em id="a1x">x</em></p><p id="a2"></p></div><div id="b"><p id="b1"></p></div></body></html>',
  );
  const el = (id: string) => d.getElementById(id)!;

  it.each([
    ['a sibling before', 'a1', 'a2', true],
    ['a sibling after', 'a2', 'a1', false],
    ['a cousin before', 'a1x', 'b1', true],
    ['a cousin after', 'b1', 'a1x', false],
    ['a deep node before a later sibling of its ancestor', 'a1x', 'a2', true],
    ['an ancestor before its descendant', 'a', 'a1x', true],
    ['a descendant not before its ancestor', 'a1x', 'a', false],
    ['a node not before itself', 'a1', 'a1', false],
  ])('%s', (_name, x, y, expected) => {
    expect(precedes(el(x), el(y))).toBe(expected);
  });

  it('is false for a node outside the document', () => {
    const loose = d.createElement('p');
    expect(precedes(loose, el('a'))).toBe(false);
    expect(precedes(el('a'), loose)).toBe(false);
  });
});
