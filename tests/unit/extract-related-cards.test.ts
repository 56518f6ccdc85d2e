import { describe, expect, it } from 'vitest';
import { cleanOutletName, isHeadingLike, outletOfFeedHeading, readCard } from '../../utils/core/extract/related-cards';
import { parse } from '../helpers/extract-stages';

const BASE = 'https://www.aggregator.example/feed/today';

/** The card is the first element of the body. */
function cardOf(html: string): Element {
  return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body.firstElementChild!;
}

describe('readCard', () => {
  it.each([
    [
      'a linked heading and a classed source',
      '<div><h3><a href="/s/1">Storm closes the coast road</a></h3><span class="source">The Courier</span></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: 'The Courier', label: null },
    ],
    [
      'a heading inside its link',
      '<div><a href="https://courier.example/storm"><h3>Storm closes the coast road</h3></a></div>',
      { title: 'Storm closes the coast road', href: 'https://courier.example/storm', source: null, label: null },
    ],
    [
      'the longest link when there is no heading',
      '<div><a href="/s/1"><img src="/t.jpg" alt=""></a><a href="/s/1">Storm closes the coast road</a><a href="/c">Weather</a></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: null },
    ],
    [
      'a title-classed element',
      '<div><div class="card-title">Storm closes the coast road</div><a href="/s/1">Read</a></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: null },
    ],
    [
      'a card that is itself the link',
      '<a href="/s/1"><span class="headline">Storm closes the coast road</span></a>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: null },
    ],
    [
      "a logo's alt text as the source",
      '<div><img src="/l.png" alt="Valley Sentinel logo"><h3><a href="/s/1">Storm closes the coast road</a></h3></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: 'Valley Sentinel', label: null },
    ],
    [
      'a data-source attribute',
      '<div data-x="1"><h3 data-source="The Courier"><a href="/s/1">Storm closes the coast road</a></h3></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: 'The Courier', label: null },
    ],
    [
      'the label printed with a relative time',
      '<div><h3><a href="/s/1">Storm closes the coast road</a></h3><p><span>Tribune</span><span>3h ago</span></p></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: 'Tribune', label: null },
    ],
    [
      'the outlet part of "Outlet · 2 hours ago"',
      '<div><h3><a href="/s/1">Storm closes the coast road</a></h3><small>By Jane Roe</small><small>The Courier · 2 hours ago</small></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: 'The Courier', label: null },
    ],
    [
      'a bare kicker as a label only',
      '<div><span>Environment</span><h3><a href="/s/1">Storm closes the coast road</a></h3></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: 'Environment' },
    ],
    [
      'no byline as the label',
      '<div><h3><a href="/s/1">Storm closes the coast road</a></h3><span>By Jane Roe</span></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: null },
    ],
    [
      'a relative time alone is no outlet',
      '<div><h3><a href="/s/1">Storm closes the coast road</a></h3><span>5 minutes ago</span></div>',
      { title: 'Storm closes the coast road', href: 'https://www.aggregator.example/s/1', source: null, label: null },
    ],
    [
      'a script link gives no href',
      '<div><h3><a href="javascript:void(0)">Storm closes the coast road</a></h3></div>',
      { title: 'Storm closes the coast road', href: null, source: null, label: null },
    ],
  ])('%s', (_name, html, expected) => {
    expect(readCard(cardOf(html), BASE)).toEqual(expected);
  });

  it('uses the default source only when the card names none', () => {
    expect(readCard(cardOf('<div><h3><a href="/s/1">Storm closes the coast road</a></h3></div>'), BASE, 'The Valley Sentinel')?.source).toBe(
      'The Valley Sentinel',
    );
    expect(
      readCard(cardOf('<div><h3><a href="/s/1">Storm closes the coast road</a></h3><span class="source">The Courier</span></div>'), BASE, 'The Valley Sentinel')
        ?.source,
    ).toBe('The Courier');
  });

  it.each([
    ['no heading and only one-word links', '<div><a href="/a">Weather</a><a href="/b">Sport</a></div>'],
    ['nothing at all', '<div><img src="/x.png"></div>'],
    ['a title over 300 characters', `<div><h3><a href="/a">${'word '.repeat(70)}</a></h3></div>`],
  ])('reads nothing from %s', (_name, html) => {
    expect(readCard(cardOf(html), BASE)).toBeNull();
  });
});

describe('cleanOutletName', () => {
  it.each([
    ['- Reuters', 'Reuters'],
    ['• The Courier', 'The Courier'],
    ['By The Courier', 'The Courier'],
    ['via AP', 'AP'],
    ['from Axios', 'Axios'],
    ['Source: BBC News', 'BBC News'],
    ['The Courier |', 'The Courier'],
    ['The Courier:', 'The Courier'],
    ['  The \n Times  ', 'The Times'],
    ['Byline Times', 'Byline Times'],
    ['Viavision', 'Viavision'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanOutletName(raw)).toBe(expected);
  });
});

describe('outletOfFeedHeading', () => {
  it.each([
    ['More from The Valley Sentinel', 'The Valley Sentinel'],
    ['More from Reuters:', 'Reuters'],
    ['More by The Courier »', 'The Courier'],
    ['Also from AP', 'AP'],
    ['Mehr von Spiegel', 'Spiegel'],
    ['Plus de Le Monde', 'Le Monde'],
    ['More from our partners', null],
    ['More from 2024', null],
    ['More on the economy', null],
    ['Related stories', null],
    ['More from this outlet and many other places we like to read', null],
  ])('%j -> %j', (heading, expected) => {
    expect(outletOfFeedHeading(heading)).toBe(expected);
  });
});

describe('isHeadingLike', () => {
  it.each([
    ['<h2>x</h2>', true],
    ['<h6>x</h6>', true],
    ['<div role="heading" aria-level="3">x</div>', true],
    ['<div class="heading">x</div>', false],
    ['<p>x</p>', false],
  ])('%s -> %s', (html, expected) => {
    expect(isHeadingLike(cardOf(html))).toBe(expected);
  });
});
