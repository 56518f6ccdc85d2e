import { describe, expect, it } from 'vitest';
import { trimEdgeFurniture } from '../../utils/core/extract/trim-furniture';
import { PARAS, parse, textOf } from '../helpers/extract-stages';

/** Readability's output: a div of blocks. Two long paragraphs make the story's first and last. */
const P1 = `<p>${PARAS[0]}</p>`;
const P2 = `<p>${PARAS[1]}</p>`;

function trimmed(inner: string): string[] {
  const content = parse(`<!DOCTYPE html><html><head></head><body><div id="c">${inner}</div></body></html>`).getElementById('c')!;
  trimEdgeFurniture(content);
  return Array.from(content.querySelectorAll('p, div, span, time, h2, h3, h4, h5, h6, small, address, footer, header, li'))
    .filter((el) => !el.querySelector('p, div, li'))
    .map((el) => textOf(el))
    .filter((text, i, all) => text && all.indexOf(text) === i);
}

describe('trimEdgeFurniture', () => {
  it.each([
    ['a date stamp before the story', '<p>Updated Nov 19, 6:55 AM</p>' + P1 + P2, 'Updated Nov 19, 6:55 AM'],
    ['a "Published" stamp in a div', '<div>Published 6 June 2025</div>' + P1 + P2, 'Published 6 June 2025'],
    ['a bare date', '<div><time>June 6, 2025</time></div>' + P1 + P2, 'June 6, 2025'],
    ['a byline with a date', '<p>By Jane Doe - 11/18/19</p>' + P1 + P2, 'By Jane Doe - 11/18/19'],
    ['a bare byline', '<p class="byline">By Jane Doe</p>' + P1 + P2, 'By Jane Doe'],
    [
      'a print header with the page address',
      '<div><span>https://www.valley-courier.example/news/article/harbour-14848218.php</span></div>' + P1 + P2,
      'https://www.valley-courier.example/news/article/harbour-14848218.php',
    ],
    ['a ticker label over the story', '<div><h2><span>BREAKING</span> NEWS</h2></div>' + P1 + P2, 'BREAKING NEWS'],
    ['a byline in capitals', '<p>BY JANE DOE</p>' + P1 + P2, 'BY JANE DOE'],
    ['a German stamp', '<p>Aktualisiert am 6. Juni 2025</p>' + P1 + P2, 'Aktualisiert am 6. Juni 2025'],
    [
      'a copyright line after the story',
      P1 + P2 + '<p>© 2025 The Harbour Gazette. All rights reserved.</p>',
      '© 2025 The Harbour Gazette. All rights reserved.',
    ],
    ['a "last updated" stamp after the story', P1 + P2 + '<footer>Last updated 08:30</footer>', 'Last updated 08:30'],
    ['a standalone time in its own block', '<div><span>Posted 8:30</span></div>' + P1 + P2, 'Posted 8:30'],
  ])('cuts %s', (_name, inner, gone) => {
    const kept = trimmed(inner);
    expect(kept).not.toContain(gone);
    expect(kept).toEqual([PARAS[0], PARAS[1]]);
  });

  it.each([
    ["a stamp between the story's paragraphs", P1 + '<p>Updated Nov 19, 6:55 AM</p>' + P2, 'Updated Nov 19, 6:55 AM'],
    ['a sentence starting "By the"', P1 + P2 + '<p>By the end of the year the channel will be open.</p>', 'By the end of the year the channel will be open.'],
    ['a sentence starting "By Tuesday"', P1 + P2 + '<p>By Tuesday, the council had approved it.</p>', 'By Tuesday, the council had approved it.'],
    ['a dated sentence', '<p>On June 6 the council voted.</p>' + P1 + P2, 'On June 6 the council voted.'],
    ['a timeline list after the story', P1 + P2 + '<ul><li>June 6: council vote</li><li>November: work starts</li></ul>', 'June 6: council vote'],
    ["a date inside a sentence's span", P1 + P2 + '<p>Work starts in <span>November 3</span> if the licence comes through in time.</p>', 'November 3'],
    ['a copyright line before the story', '<p>© Photo: Jane Roe</p>' + P1 + P2, '© Photo: Jane Roe'],
    ['a subhead over the story that is no ticker label', '<h2>Breaking the silence on the harbour</h2>' + P1 + P2, 'Breaking the silence on the harbour'],
    [
      'a link in a sentence at the end',
      P1 + P2 + '<p>The report is at https://council.example/report, the council said.</p>',
      'https://council.example/report',
    ],
    [
      'a long closing paragraph that mentions copyright',
      P1 +
        P2 +
        `<p>${'The council said the maps were under copyright and could not be republished without permission from the survey office, which holds the rights to the data and has refused two requests already from residents, who say that the public paid for the survey and should be able to see it in full, and who plan to appeal.'}</p>`,
      'under copyright',
    ],
  ])('keeps %s', (_name, inner, kept) => {
    expect(trimmed(inner).join(' | ')).toContain(kept);
  });

  it('leaves a story with fewer than two long paragraphs alone', () => {
    expect(trimmed('<p>Updated Nov 19, 6:55 AM</p>' + P1 + '<p>Short.</p>')).toContain('Updated Nov 19, 6:55 AM');
  });

  it('keeps a closing story sentence that starts with "Updated"', () => {
    const sentence = 'Updated figures show the levy will raise more than planned.';
    expect(trimmed(P1 + P2 + `<p>${sentence}</p>`)).toContain(sentence);
  });
});
