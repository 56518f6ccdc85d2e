import { describe, expect, it } from 'vitest';
import { closestTag, hasVisibleText, scanPage } from '../../utils/core/extract/page-scan';
import { boundedTextOf, textOf } from '../../utils/core/extract/dom';
import { PARSERS } from '../helpers/extract-doms';

const html = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('scanPage on %s', (dom) => {
  const scanOf = (body: string) => {
    const doc = PARSERS[dom](html(body));
    return { doc, scan: scanPage(doc.documentElement) };
  };

  it('lists every element once, in document order, starting with the root', () => {
    const { scan } = scanOf('<div><p>a<em>b</em></p><span>c</span></div><footer></footer>');
    expect(scan.elements.map((el) => el.tagName)).toEqual(['HTML', 'HEAD', 'TITLE', 'BODY', 'DIV', 'P', 'EM', 'SPAN', 'FOOTER']);
  });

  it('lists script, style, noscript and template elements but not what is inside them', () => {
    const { scan } = scanOf(
      '<script>var a = "<p>x</p>";</script><style>p{}</style><noscript><img src="a.jpg"></noscript><template><p>in template</p></template><p>after</p>',
    );
    expect(scan.elements.map((el) => el.tagName).slice(4)).toEqual(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'P']);
    expect(scan.texts.map((t) => t.text)).toEqual(['T', 'after']);
  });

  it.each([
    ['collapses runs of white space', '<p>  Harbour \n\t plan  </p>', ['Harbour plan']],
    // A literal U+00A0: linkedom splits a text node at each `&nbsp;` entity.
    ['collapses non-breaking spaces', '<p>3\u00a0\u00a0min read</p>', ['3 min read']],
    ['skips white-space-only text', '<div>   <span>a</span>\n  </div>', ['a']],
    ['keeps each text node apart', '<p>One <b>two</b> three</p>', ['One', 'two', 'three']],
    ['keeps a text of exactly 160 characters', `<p>${'a'.repeat(160)}</p>`, ['a'.repeat(160)]],
    ['drops a text of 161 characters', `<p>${'a'.repeat(161)}</p><p>b</p>`, ['b']],
    ['measures after collapsing', `<p>${'a '.repeat(80)}</p>`, [`${'a '.repeat(80)}`.trim()]],
  ])('short texts: %s', (_name, body, expected) => {
    expect(
      scanOf(body)
        .scan.texts.map((t) => t.text)
        .slice(1),
    ).toEqual(expected);
  });

  it('pairs each short text with its parent element', () => {
    const { scan } = scanOf('<p id="x">Hello <a href="/a">world</a></p>');
    const pairs = scan.texts.slice(1).map((t) => [t.text, t.parent.tagName]);
    expect(pairs).toEqual([
      ['Hello', 'P'],
      ['world', 'A'],
    ]);
  });

  it('byTag gives one tag in document order, and [] for an absent tag', () => {
    const { scan } = scanOf('<h2>a</h2><div><h2>b</h2></div><h2>c</h2>');
    expect(scan.byTag('H2').map((el) => el.textContent)).toEqual(['a', 'b', 'c']);
    expect(scan.byTag('TABLE')).toEqual([]);
  });

  it('byTag merges several tags in document order, the same on a repeated call', () => {
    const { scan } = scanOf('<h3>1</h3><p>2</p><div><h2>3</h2><p>4</p></div><h3>5</h3>');
    const first = scan.byTag('H2', 'H3', 'P').map((el) => el.textContent);
    expect(first).toEqual(['1', '2', '3', '4', '5']);
    expect(scan.byTag('H2', 'H3', 'P').map((el) => el.textContent)).toEqual(first);
  });

  it.each([
    ['class and id', '<div class="story main" id="s1"></div>', 'story main s1'],
    ['class only', '<div class="story"></div>', 'story'],
    ['id only', '<div id="s1"></div>', 's1'],
    ['neither', '<div></div>', ''],
    ['an empty class with an id', '<div class="" id="s1"></div>', 's1'],
  ])('classAndId: %s', (_name, body, expected) => {
    const { doc, scan } = scanOf(body);
    expect(scan.classAndId(doc.body.firstElementChild!)).toBe(expected);
  });
});

describe('closestTag and hasVisibleText', () => {
  const doc = PARSERS.linkedom(
    html(
      '<article><div><p id="p"><em id="e">x</em></p></div></article><div id="empty"> <span> </span></div><div id="script"><script>var x = 1;</script></div><div id="deep"><span><b>!</b></span></div>',
    ),
  );

  it.each([
    ['itself', 'e', ['EM'], 'EM'],
    ['an ancestor', 'e', ['ARTICLE'], 'ARTICLE'],
    ['the nearest of several', 'e', ['ARTICLE', 'DIV', 'P'], 'P'],
    ['none', 'e', ['ASIDE'], null],
  ])('closestTag: %s', (_name, id, tags, expected) => {
    expect(closestTag(doc.getElementById(id), new Set(tags))?.tagName ?? null).toBe(expected);
  });

  it('closestTag of null is null', () => {
    expect(closestTag(null, new Set(['DIV']))).toBeNull();
  });

  it.each([
    ['text deep down', 'deep', true],
    ['only white space', 'empty', false],
    ['only a script', 'script', false],
  ])('hasVisibleText: %s', (_name, id, expected) => {
    expect(hasVisibleText(doc.getElementById(id)!)).toBe(expected);
  });
});

describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('boundedTextOf on %s', (dom) => {
  const bodyOf = (body: string) => PARSERS[dom](html(body)).body;

  it.each([
    ['a short line, as textOf reads it', '<p> By  <a>Jane Roe</a>,\n Reuters </p>', 30, 'By Jane Roe, Reuters'],
    ['a space between two pieces survives a mid-way collapse', `<p>${' '.repeat(40)}By<span>  </span>Jane</p>`, 10, 'By Jane'],
    ['exactly the limit', '<p>abcde</p>', 5, 'abcde'],
    ['one character over the limit', '<p>abcdef</p>', 5, null],
    ['a long text in many pieces', `<div>${'<p>word </p>'.repeat(500)}</div>`, 100, null],
  ])('%s', (_name, body, max, expected) => {
    expect(boundedTextOf(bodyOf(body).firstElementChild!, max)).toBe(expected);
  });

  it('agrees with textOf whenever the text fits', () => {
    const el = bodyOf('<div>\u00a0Story by <b>A</b> \u200b• <i>The Courier</i>\n</div>').firstElementChild!;
    expect(boundedTextOf(el, 200)).toBe(textOf(el));
  });
});
