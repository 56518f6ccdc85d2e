import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { createArticleSanitizer, isSafeUrl, safeHref } from '../../utils/core/sanitize/sanitize';
import { findUnsafeConstructs } from '../helpers/assert-safe-html';

const win = new JSDOM('').window as unknown as Window;
const sanitize = createArticleSanitizer(win);
const withoutImages = createArticleSanitizer(win, { images: false });

/** Parses sanitizer output the way the popup does (innerHTML into a div) to inspect it structurally. */
function parse(html: string): HTMLElement {
  const div = win.document.createElement('div');
  div.innerHTML = html;
  return div;
}

function clean(html: string): HTMLElement {
  return parse(sanitize(html));
}

describe('createArticleSanitizer: setup', () => {
  it('refuses a linkedom window, where DOMPurify would return its input unchanged', () => {
    const { window } = parseHTML('<!doctype html><html><body></body></html>');
    expect(() => createArticleSanitizer(window as unknown as Window)).toThrow(Error);
  });

  it('works on a jsdom window and returns a string', () => {
    expect(typeof sanitize('<p>Hello</p>')).toBe('string');
    expect(sanitize('<p>Hello</p>')).toBe('<p>Hello</p>');
  });

  it('returns an empty string for empty input', () => {
    expect(sanitize('')).toBe('');
  });

  it('registers its hooks on its own instance: another DOMPurify on the same window is untouched', async () => {
    const { default: DOMPurify } = await import('dompurify');
    createArticleSanitizer(win);
    const plain = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    // Our hooks would drop the relative link's href; DOMPurify's defaults keep it and add nothing.
    expect(plain.sanitize('<a href="/x">x</a>')).toBe('<a href="/x">x</a>');
  });

  it('two sanitizers with different options do not affect each other', () => {
    const html = '<p>a</p><img src="https://example.com/a.jpg" width="400">';
    expect(clean(html).querySelector('img')).not.toBeNull();
    expect(parse(withoutImages(html)).querySelector('img')).toBeNull();
    expect(clean(html).querySelector('img')).not.toBeNull();
  });
});

describe('createArticleSanitizer: elements', () => {
  it.each([
    ['script', '<p>a</p><script>alert(1)</script>'],
    ['style', '<style>p{color:red}</style><p>a</p>'],
    ['iframe', '<iframe src="https://example.com/embed"></iframe>'],
    ['frame', '<frameset><frame src="https://example.com/"></frameset>'],
    ['object', '<object data="https://example.com/x.swf"></object>'],
    ['embed', '<embed src="https://example.com/x.swf">'],
    ['form', '<form action="https://example.com/"><p>a</p></form>'],
    ['input', '<input value="x">'],
    ['button', '<button>Go</button>'],
    ['select', '<select><option>1</option></select>'],
    ['textarea', '<textarea>x</textarea>'],
    ['base', '<base href="https://evil.example/">'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['template', '<template><p>t</p></template>'],
    ['noscript', '<noscript><p>n</p></noscript>'],
  ])('removes <%s>', (tag, html) => {
    const out = clean(`<div>${html}</div>`);
    expect(out.getElementsByTagName(tag).length).toBe(0);
  });

  it('keeps the article text of a removed wrapper (form), drops the text of removed controls and scripts', () => {
    const out = sanitize('<form><p>Story text</p><button>Subscribe</button></form><script>var s = 1;</script>');
    expect(out).toBe('<p>Story text</p>');
  });

  it('removes <video> and <audio> but keeps what a stray unclosed one swallowed', () => {
    const out = clean('<p>One</p><video src="https://example.com/v.mp4"><source src="https://example.com/v.webm"><p>Two</p><audio><p>Three</p>');
    expect(out.querySelectorAll('video, audio, source').length).toBe(0);
    expect(Array.from(out.querySelectorAll('p'), (p) => p.textContent)).toEqual(['One', 'Two', 'Three']);
  });

  it('drops an HTML <title> in the body but keeps SVG titles', () => {
    const out = clean('<title>Page title</title><p>a</p><svg><title>Chart of rainfall</title></svg>');
    expect(out.textContent).toBe('aChart of rainfall');
  });

  it('keeps ordinary article markup', () => {
    const html =
      '<h2>Head</h2><p>Some <em>em</em>, <strong>strong</strong>, <code>x</code>, <sub>1</sub><sup>2</sup>.</p>' +
      '<blockquote><p>Quote</p></blockquote><ul><li>one</li></ul><ol start="3"><li>three</li></ol>' +
      '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody></table>' +
      '<pre><code>code</code></pre><figure><figcaption>cap</figcaption></figure><hr><p>a<br>b</p>' +
      '<details open=""><summary>s</summary>d</details><time datetime="2025-06-06">June 6</time>';
    expect(sanitize(html)).toBe(html);
  });

  it('drops HTML comments', () => {
    expect(sanitize('<p>a<!-- tracking: <img src=x onerror=alert(1)> --></p>')).toBe('<p>a</p>');
  });
});

describe('createArticleSanitizer: attributes', () => {
  it('drops every event handler attribute', () => {
    const out = clean('<p onclick="x()" onmouseover="x()">a</p><img src="https://example.com/a.jpg" onerror="x()" onload="x()">');
    for (const el of Array.from(out.querySelectorAll('*'))) {
      expect(el.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it('drops style attributes entirely, whatever they carry', () => {
    const out = clean(
      '<p style="color:red">a</p><p style="background:url(https://t.example/p)">b</p>' +
        '<p style="width:expression(alert(1))">c</p><p style="@import \'https://t.example/x.css\'">d</p>',
    );
    expect(out.querySelectorAll('[style]').length).toBe(0);
    expect(out.textContent).toBe('abcd');
  });

  it('keeps dir and lang', () => {
    expect(sanitize('<p dir="rtl" lang="ar">مرحبا</p>')).toBe('<p dir="rtl" lang="ar">مرحبا</p>');
  });

  it('drops id, name and class, which could clobber or restyle the popup', () => {
    expect(sanitize('<p id="body" class="popup-header" name="forms">a</p>')).toBe('<p>a</p>');
  });

  it('drops data-* and aria-* attributes', () => {
    expect(sanitize('<p data-x="1" aria-hidden="true">a</p>')).toBe('<p>a</p>');
  });

  it('drops page-chosen target, rel and ping on links before setting its own', () => {
    const a = clean('<a href="https://example.com/" target="_self" rel="opener" ping="https://t.example/">x</a>').querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.hasAttribute('ping')).toBe(false);
  });
});

describe('createArticleSanitizer: URLs', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'tel:+100',
    'chrome-extension://abc/popup.html',
    '/relative/path',
    '#fragment',
  ])('drops href %j (no base given)', (href) => {
    const a = clean(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`).querySelector('a')!;
    expect(a.hasAttribute('href')).toBe(false);
    // Not a link any more, so no link attributes either.
    expect(a.hasAttribute('target')).toBe(false);
  });

  it.each(['https://example.com/a?b=1&c=2', 'http://example.com/', 'mailto:desk@example.com'])('keeps href %s', (href) => {
    const a = clean(`<a href="${href.replace(/&/g, '&amp;')}">x</a>`).querySelector('a')!;
    expect(a.getAttribute('href')).toBe(href);
  });

  it('resolves relative URLs against an http(s) baseUrl when one is given', () => {
    const withBase = createArticleSanitizer(win, { baseUrl: 'https://news.example/world/story.html' });
    const out = parse(withBase('<a href="../about">a</a><img src="/i/a.jpg" width="300"><a href="javascript:x">j</a>'));
    expect(out.querySelector('a')!.getAttribute('href')).toBe('https://news.example/about');
    expect(out.querySelector('img')!.getAttribute('src')).toBe('https://news.example/i/a.jpg');
    expect(out.querySelectorAll('a')[1].hasAttribute('href')).toBe(false);
  });

  it('ignores a baseUrl that is not http(s)', () => {
    const withBase = createArticleSanitizer(win, { baseUrl: 'about:blank' });
    expect(withBase('<a href="/x">x</a>')).toBe('<a>x</a>');
  });

  it('drops data: and javascript: image sources, and the image with them', () => {
    const out = clean('<img src="data:image/png;base64,AAAA" width="20"><img src="javascript:alert(1)" width="20">');
    expect(out.querySelectorAll('img').length).toBe(0);
  });

  it('filters srcset candidate by candidate', () => {
    const img = clean(
      '<img src="https://example.com/a.jpg" srcset="https://example.com/a.jpg 1x, javascript:alert(1) 2x, data:image/png;base64,AA 3x, https://example.com/b.jpg 2x">',
    ).querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://example.com/a.jpg 1x, https://example.com/b.jpg 2x');
  });

  it('keeps commas inside srcset URLs (image CDNs put parameters there)', () => {
    const img = clean(
      '<img src="https://cdn.example/a.jpg" srcset="https://cdn.example/w_400,h_300/a.jpg 400w,https://cdn.example/w_800,h_600/a.jpg 800w, javascript:alert(1),x 900w">',
    ).querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://cdn.example/w_400,h_300/a.jpg 400w, https://cdn.example/w_800,h_600/a.jpg 800w');
  });

  it('drops a srcset with no safe candidate and the source that held it', () => {
    const out = clean('<picture><source srcset="javascript:alert(1)"><img src="https://example.com/a.jpg"></picture>');
    expect(out.querySelector('source')).toBeNull();
    expect(out.querySelector('img')).not.toBeNull();
  });

  it('checks cite on quotes', () => {
    const out = clean('<blockquote cite="javascript:alert(1)">a</blockquote><q cite="https://example.com/">b</q>');
    expect(out.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
    expect(out.querySelector('q')!.getAttribute('cite')).toBe('https://example.com/');
  });

  it('allows a URL attribute only where it belongs (href on a, src on img)', () => {
    const out = clean('<p href="https://example.com/" src="https://example.com/x.js">a</p>');
    expect(out.querySelector('p')!.getAttributeNames()).toEqual([]);
  });
});

describe('createArticleSanitizer: links and images', () => {
  it('opens links in a new tab without opener or referrer', () => {
    const a = clean('<a href="https://example.com/">x</a>').querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('loads images lazily without a referrer', () => {
    const img = clean('<img src="https://example.com/a.jpg" alt="A" width="600" height="400">').querySelector('img')!;
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('alt')).toBe('A');
    expect(img.getAttribute('width')).toBe('600');
  });

  it.each([
    '<img src="https://example.com/x.gif" width="1" height="1">',
    '<img src="https://example.com/x.gif" width="0" height="0">',
    '<img src="https://example.com/x.gif" width="1px">',
    '<img src="https://example.com/x.gif" height="1">',
    '<img src="https://www.google-analytics.com/collect?v=1&amp;t=pageview">',
    '<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView">',
    '<img src="https://sb.scorecardresearch.com/p?c1=2">',
    '<img src="https://example.com/stats/pixel.gif?u=1">',
    '<img src="https://example.com/img/1x1.png">',
  ])('drops the tracking pixel %s', (html) => {
    expect(clean(`<p>a</p>${html}`).querySelector('img')).toBeNull();
  });

  it('keeps ordinary images whose names merely contain pixel-like words', () => {
    const out = clean('<img src="https://example.com/photos/pixel-art-exhibit.jpg" width="640">');
    expect(out.querySelector('img')).not.toBeNull();
  });

  it('drops an image left without any source', () => {
    expect(clean('<img alt="x">').querySelector('img')).toBeNull();
  });

  it('images: false removes images and pictures but keeps figures and captions', () => {
    const out = parse(
      withoutImages(
        '<figure><picture><source srcset="https://example.com/a.webp"><img src="https://example.com/a.jpg"></picture><figcaption>The caption</figcaption></figure><p>Text</p>',
      ),
    );
    expect(out.querySelectorAll('img, picture, source').length).toBe(0);
    expect(out.querySelector('figure figcaption')!.textContent).toBe('The caption');
    expect(out.querySelector('p')!.textContent).toBe('Text');
  });
});

describe('createArticleSanitizer: SVG and MathML', () => {
  it('keeps static SVG drawing', () => {
    const out = clean(
      '<svg viewBox="0 0 10 10" width="10"><g><rect x="1" y="1" width="5" height="5" fill="url(#g)"></rect><path d="M0 0L10 10" stroke="black"></path></g></svg>',
    );
    const svg = out.querySelector('svg')!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(out.querySelector('rect')!.getAttribute('fill')).toBe('url(#g)');
    expect(out.querySelector('path')).not.toBeNull();
  });

  it('removes script, animate, set, foreignObject and use from SVG', () => {
    const out = clean(
      '<svg><script>alert(1)</script><animate attributeName="href" to="javascript:alert(1)"></animate>' +
        '<set attributeName="onmouseover" to="alert(1)"></set><animateTransform attributeName="transform"></animateTransform>' +
        '<foreignObject><p>html</p></foreignObject><use href="https://evil.example/x.svg#a"></use><circle r="1" onload="alert(1)"></circle></svg>',
    );
    for (const tag of ['script', 'animate', 'set', 'animateTransform', 'foreignObject', 'use']) {
      expect(out.getElementsByTagName(tag).length, tag).toBe(0);
    }
    expect(out.querySelector('circle')!.hasAttribute('onload')).toBe(false);
  });

  it('drops SVG paint that points outside the document', () => {
    const rect = clean('<svg><rect fill="url(https://t.example/p)" width="1"></rect></svg>').querySelector('rect')!;
    expect(rect.hasAttribute('fill')).toBe(false);
  });

  it('drops links inside SVG and MathML (only HTML links get our link attributes)', () => {
    const out = clean(
      '<svg><a href="https://example.com/" xlink:href="javascript:alert(1)"><text>t</text></a></svg><math><mi xlink:href="javascript:alert(1)" href="javascript:alert(1)">x</mi></math>',
    );
    for (const el of Array.from(out.querySelectorAll('*'))) {
      expect(el.getAttributeNames().filter((name) => name.endsWith('href'))).toEqual([]);
    }
    expect(out.textContent).toBe('tx');
  });

  it('keeps MathML presentation markup and drops maction', () => {
    const out = clean('<math><mfrac><mi>a</mi><mn>2</mn></mfrac><maction actiontype="statusline"><mtext>x</mtext></maction></math>');
    expect(out.querySelector('math')!.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(out.querySelector('mfrac')).not.toBeNull();
    expect(out.getElementsByTagName('maction').length).toBe(0);
  });
});

describe('createArticleSanitizer: output passes the shared checker', () => {
  it('a hostile mix comes out clean', () => {
    const hostile =
      '<p>a<img src=x onerror=alert(1)><a href="javascript:alert(1)">j</a></p><svg><animate attributeName=href to=javascript:alert(1) /></svg>' +
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>' +
      '<form><button formaction="javascript:alert(1)">b</button></form><iframe srcdoc="<script>alert(1)</script>"></iframe>';
    expect(findUnsafeConstructs(hostile).length).toBeGreaterThan(0);
    expect(findUnsafeConstructs(sanitize(hostile))).toEqual([]);
  });
});

describe('isSafeUrl and safeHref', () => {
  it.each([
    ['https://example.com/a', true],
    ['HTTP://EXAMPLE.COM/', true],
    ['mailto:desk@example.com', true],
    ['  https://example.com/  ', true],
    ['javascript:alert(1)', false],
    ['\u0000javascript:alert(1)', false],
    ['java\u0000script:alert(1)', false],
    ['java\u00adscript:alert(1)', false],
    ['&#x6A;avascript:alert(1)', false],
    ['&#0000106avascript:alert(1)', false],
    ['javascript&#58;alert(1)', false],
    ['javascript&colon;alert(1)', false],
    ['&amp;#106;avascript:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['blob:https://example.com/uuid', false],
    ['about:blank', false],
    ['https:javascript:alert(1)', false],
    ['/relative', false],
    ['', false],
  ])('isSafeUrl(%j) is %s', (url, expected) => {
    expect(isSafeUrl(url)).toBe(expected);
  });

  it('resolves relative and protocol-relative URLs only against an http(s) base', () => {
    expect(isSafeUrl('/a', 'https://example.com/x')).toBe(true);
    expect(safeHref('/a', 'https://example.com/x/y')).toBe('https://example.com/a');
    expect(safeHref('//cdn.example.org/a', 'https://example.com/')).toBe('https://cdn.example.org/a');
    expect(safeHref('/a', 'about:blank')).toBeNull();
    expect(safeHref('/a', 'not a url')).toBeNull();
    expect(safeHref('/a')).toBeNull();
  });

  it('returns the normalized absolute address, or null', () => {
    expect(safeHref('HTTPS://Example.com')).toBe('https://example.com/');
    expect(safeHref('javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(undefined, 'https://example.com/')).toBeNull();
  });

  it('does not decode entities into a safe URL it returns', () => {
    // The entity only mattered for the check; the address itself is what the page wrote.
    expect(safeHref('https://example.com/?a=1&amp;b=2')).toBe('https://example.com/?a=1&amp;b=2');
  });
});
