import { describe, expect, it } from 'vitest';
import { cleanArticleHtml } from '../../utils/core/extract/clean-html';
import { countWords } from '../../utils/core/extract/dom';
import { absolutizeUrls, collectLinks } from '../../utils/core/extract/links';
import { blockTextOf, readingStats } from '../../utils/core/extract/text';
import { PARSERS } from '../helpers/extract-doms';

const BASE = 'https://www.example.com/news/2025/story.html';

describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('on %s', (dom) => {
  const root = (inner: string): Element =>
    PARSERS[dom](`<!DOCTYPE html><html><head></head><body><div id="root">${inner}</div></body></html>`).getElementById('root')!;
  const cleaned = (inner: string) => {
    const el = root(inner);
    cleanArticleHtml(el);
    return el.innerHTML;
  };

  describe('cleanArticleHtml', () => {
    it.each([
      ['script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
      ['style and noscript', '<style>p{}</style><p>a</p><noscript><p>js off</p></noscript>', '<p>a</p>'],
      ['iframe, object and embed', '<iframe src="https://x.example/"></iframe><object data="x.swf"></object><embed src="x.swf"><p>a</p>', '<p>a</p>'],
      [
        'forms and their controls',
        '<form action="/s"><input name="q"><button>Go</button><select><option>1</option></select><textarea></textarea></form><p>a</p>',
        '<p>a</p>',
      ],
      ['a stray button', '<p>a<button>Share</button></p>', '<p>a</p>'],
      ['template, dialog, base, meta, link', '<template><p>t</p></template><dialog>d</dialog><base href="/"><meta name="x"><link rel="x"><p>a</p>', '<p>a</p>'],
    ])('drops %s', (_name, inner, expected) => {
      expect(cleaned(inner)).toBe(expected);
    });

    it.each([
      ['event handlers', '<p onclick="x()" onmouseover="y()">a</p>', '<p>a</p>'],
      ['style', '<p style="color:red">a</p>', '<p>a</p>'],
      ['srcdoc', '<div srcdoc="<p>x</p>">a</div>', '<div>a</div>'],
      ['a javascript: href', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
      ['a javascript: href hidden by a tab', '<a href="java\tscript:alert(1)">a</a>', '<a>a</a>'],
      ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">', '<img alt="x">'],
      ['a vbscript: action', '<div data-x="1"><a href="vbscript:msgbox">a</a></div>', '<div data-x="1"><a>a</a></div>'],
    ])('removes %s', (_name, inner, expected) => {
      expect(cleaned(inner)).toBe(expected);
    });

    it.each([
      ['https links', '<a href="https://a.example/x">a</a>'],
      ['mailto links', '<a href="mailto:desk@example.com">desk</a>'],
      ['fragment links', '<a href="#notes">notes</a>'],
      ['https images with alt and size', '<img src="https://cdn.example/a.jpg" alt="Boats" width="10">'],
      ['ordinary markup', '<h2>Sub</h2><p><em>a</em> <strong>b</strong></p><blockquote cite="https://a.example/">q</blockquote>'],
    ])('keeps %s', (_name, inner) => {
      expect(cleaned(inner)).toBe(inner);
    });

    it("cleans the root element's own attributes too", () => {
      const el = root('<p>a</p>');
      el.setAttribute('onclick', 'x()');
      el.setAttribute('style', 'color:red');
      cleanArticleHtml(el);
      expect(el.hasAttribute('onclick') || el.hasAttribute('style')).toBe(false);
      expect(el.getAttribute('id')).toBe('root');
    });

    it.each([
      [
        'an image-only link to a home page (a logo)',
        '<a href="https://courier.example/"><img src="https://courier.example/logo.png" alt="The Courier"></a><p>a</p>',
        '<p>a</p>',
      ],
      [
        'an image-only link to a home page without slash',
        '<a href="https://courier.example"><img src="https://courier.example/logo.png" alt="The Courier"></a><p>a</p>',
        '<p>a</p>',
      ],
    ])('drops %s', (_name, inner, expected) => {
      expect(cleaned(inner)).toBe(expected);
    });

    it.each([
      ['an image link to an article', '<a href="https://courier.example/story"><img src="https://courier.example/a.jpg" alt="Boats"></a>'],
      ['a text link to a home page', '<a href="https://courier.example/">The Courier</a>'],
    ])('keeps %s', (_name, inner) => {
      expect(cleaned(inner)).toBe(inner);
    });
  });

  describe('absolutizeUrls', () => {
    const absolutized = (inner: string) => {
      const el = root(inner);
      absolutizeUrls(el, BASE);
      return el.innerHTML;
    };

    it.each([
      ['a relative href', '<a href="other.html">a</a>', '<a href="https://www.example.com/news/2025/other.html">a</a>'],
      ['a root-relative src', '<img src="/img/a.jpg">', '<img src="https://www.example.com/img/a.jpg">'],
      ['a video poster', '<video poster="../p.jpg"></video>', '<video poster="https://www.example.com/news/p.jpg"></video>'],
      ['a fragment', '<a href="#notes">n</a>', '<a href="https://www.example.com/news/2025/story.html#notes">n</a>'],
      ['an absolute URL', '<a href="https://a.example/x">a</a>', '<a href="https://a.example/x">a</a>'],
      ['an invalid href is dropped', '<a href="http://[::1">a</a>', '<a>a</a>'],
      ['an empty src is dropped', '<img src="" alt="x">', '<img alt="x">'],
      [
        'every srcset candidate, descriptors kept',
        '<img srcset="/a.jpg 1x, b.jpg 2x">',
        '<img srcset="https://www.example.com/a.jpg 1x, https://www.example.com/news/2025/b.jpg 2x">',
      ],
      ['a srcset URL with a comma in it', '<img srcset="/c/w_300,h_200/a.jpg 300w">', '<img srcset="https://www.example.com/c/w_300,h_200/a.jpg 300w">'],
    ])('%s', (_name, inner, expected) => {
      expect(absolutized(inner)).toBe(expected);
    });
  });

  describe('collectLinks', () => {
    it('lists http(s) links once each, in reading order, without trackers', () => {
      const el = root(
        '<p><a href="https://a.example/x?utm_source=tw&id=2">First</a> <a href="https://a.example/x?id=2#part">Again</a></p>' +
          '<p><a href="mailto:desk@example.com">Mail</a> <a href="#top">Top</a> <a href="/relative">Relative</a></p>' +
          '<p><a href="https://b.example/"><img src="https://b.example/l.png" alt="The B Logo"></a> <a href="https://c.example/p">  </a></p>',
      );
      expect(collectLinks(el)).toEqual([
        { text: 'First', href: 'https://a.example/x?id=2' },
        { text: 'The B Logo', href: 'https://b.example/' },
        { text: 'https://c.example/p', href: 'https://c.example/p' },
      ]);
    });

    it('gives [] for a body without links', () => {
      expect(collectLinks(root('<p>No links here.</p>'))).toEqual([]);
    });
  });

  describe('blockTextOf', () => {
    it.each([
      ['blocks apart, white space collapsed', '<p>One   two</p><p>Three</p>', 'One two\n\nThree'],
      ['a <br> as a line break', '<p>Line one<br>Line two</p>', 'Line one\nLine two'],
      ['list items as blocks', '<ul><li>Alpha</li><li>Beta</li></ul>', 'Alpha\n\nBeta'],
      ['inline markup joined', '<p>A <b>bold</b> <a href="#">link</a>.</p>', 'A bold link.'],
      ['loose text around a block', '<div>Intro <em>text</em><p>Para</p>tail</div>', 'Intro text\n\nPara\n\ntail'],
      ['table cells apart on one line', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\n\nc d'],
      ['headings as blocks', '<h2>Sub</h2><p>Body</p>', 'Sub\n\nBody'],
      ['scripts, styles and buttons skipped', '<p>Text<button>Share</button><script>x()</script><style>p{}</style></p>', 'Text'],
      ['empty blocks skipped', '<p> </p><div></div><p>Only</p>', 'Only'],
      ['nested blocks', '<blockquote><p>Quoted</p></blockquote><figure><figcaption>Caption</figcaption></figure>', 'Quoted\n\nCaption'],
    ])('%s', (_name, inner, expected) => {
      expect(blockTextOf(root(inner))).toBe(expected);
    });
  });
});

describe('readingStats and countWords', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it.each([
    ['nothing', '', 0, 1],
    ['one word', 'Harbour', 1, 1],
    ['230 words: one minute', words(230), 230, 1],
    ['345 words: 1.5 rounds up to two', words(345), 345, 2],
    ['344 words: just under 1.5 minutes', words(344), 344, 1],
    ['460 words: two minutes', words(460), 460, 2],
    ['2300 words: ten minutes', words(2300), 2300, 10],
  ])('%s', (_name, text, wordCount, readingMinutes) => {
    expect(readingStats(text)).toEqual({ wordCount, readingMinutes });
  });

  it.each([
    ['Hello, world!', 2],
    ["Don't stop", 2],
    ['The U.S. economy', 3],
    ['It grew 3.5 per cent', 5],
    ['well-known harbour', 2],
    ['— … ·', 0],
    ['Über die Brücke', 3],
    ['港口 疏浚', 2],
  ])('countWords(%j) is %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
