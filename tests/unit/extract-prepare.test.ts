import { describe, expect, it } from 'vitest';
import { assignSlots, findPrototypeMethod, flattenDeclarativeShadowRoots, prepareWorkingCopy } from '../../utils/core/extract/prepare';
import { PARSERS } from '../helpers/extract-doms';

const html = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

describe.each(Object.keys(PARSERS) as Array<keyof typeof PARSERS>)('prepareWorkingCopy on %s', (dom) => {
  const prepared = (body: string) => {
    const doc = PARSERS[dom](html(body));
    const before = doc.documentElement.outerHTML;
    const work = prepareWorkingCopy(doc);
    return { doc, work, before };
  };
  const bodyOf = (body: string) => prepared(body).work.body.innerHTML;

  it('returns a clone and leaves the page as it was', () => {
    const { doc, work, before } = prepared(
      '<div id="h"><template shadowrootmode="open"><p><slot></slot></p></template><span>light</span></div>' +
        '<img name="querySelectorAll" src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/a.jpg">' +
        '<div><button>Story continues</button><div hidden><p>Second half</p></div></div>',
    );
    expect(work).not.toBe(doc);
    expect(work.body).not.toBe(doc.body);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(work.documentElement.outerHTML).not.toBe(before);
  });

  describe('declarative shadow DOM', () => {
    it.each([
      [
        'the default slot takes the light DOM',
        '<div><template shadowrootmode="open"><p>Shadow <slot></slot></p></template><b>light</b></div>',
        '<div><p>Shadow <b>light</b></p></div>',
      ],
      [
        'named slots take their own nodes',
        '<div><template shadowrootmode="open"><h1><slot name="title"></slot></h1><section><slot></slot></section></template><p>Body</p><span slot="title">Headline</span></div>',
        '<div><h1><span slot="title">Headline</span></h1><section><p>Body</p></section></div>',
      ],
      [
        'an empty slot shows its fallback',
        '<div><template shadowrootmode="open"><p><slot name="x">Fallback</slot></p></template></div>',
        '<div><p>Fallback</p></div>',
      ],
      [
        'assigned nodes replace the fallback',
        '<div><template shadowrootmode="open"><p><slot>Fallback</slot></p></template><i>given</i></div>',
        '<div><p><i>given</i></p></div>',
      ],
      [
        'without a default slot, unslotted light DOM is not shown',
        '<div><template shadowrootmode="open"><p>Only shadow</p></template><b>hidden light</b></div>',
        '<div><p>Only shadow</p></div>',
      ],
      ['the legacy shadowroot attribute', '<div><template shadowroot="open"><p>Old syntax</p></template></div>', '<div><p>Old syntax</p></div>'],
      [
        'a root nested in a root',
        '<div><template shadowrootmode="open"><section><template shadowrootmode="open"><p>Inner</p></template></section></template></div>',
        '<div><section><p>Inner</p></section></div>',
      ],
      // Inert markup for scripts, never shown: linkedom keeps its content in the tree, where Readability would score it.
      ['an ordinary template is dropped', '<div><template><p>Not shadow</p></template><p>Shown</p></div>', '<div><p>Shown</p></div>'],
    ])('%s', (_name, body, expected) => {
      expect(bodyOf(body)).toBe(expected);
    });
  });

  describe('content the markup put outside the body', () => {
    // A browser's parser moves it into the body; linkedom leaves it where it was written.
    const story = '<div class="story"><p>The story paragraph.</p></div>';
    it.each([
      [
        'inside <head>, after its metadata',
        `<!DOCTYPE html><html><head><title>T</title><meta name="a" content="b">${story}</head><body><p>Body</p></body></html>`,
      ],
      ['after </body>', `<!DOCTYPE html><html><head><title>T</title></head><body><p>Body</p></body>${story}</html>`],
    ])('%s is read as body content, in reading order', (_name, page) => {
      const work = prepareWorkingCopy(PARSERS[dom](page));
      expect(work.body.querySelector('.story')?.textContent).toBe('The story paragraph.');
      expect(work.body.textContent).toContain('Body');
      expect(work.head.querySelector('.story')).toBeNull();
      expect(Array.from(work.documentElement.children).map((el) => el.tagName)).toEqual(['HEAD', 'BODY']);
      // The head keeps what belongs there.
      expect(work.head.querySelector('title')?.textContent).toBe('T');
    });

    it('leaves a page whose body holds everything as it was', () => {
      const page = html('<p>One</p><p>Two</p>');
      const work = prepareWorkingCopy(PARSERS[dom](page));
      expect(work.body.innerHTML).toBe('<p>One</p><p>Two</p>');
    });
  });

  describe('DOM clobbering names', () => {
    it.each([
      ['a name that shadows a document method', '<img name="querySelectorAll" src="https://cdn.example/a.jpg">', 'img', 'name', null],
      ['an id that shadows a document property', '<form id="body"></form>', 'form', 'id', null],
      ['__proto__', '<img name="__proto__" src="https://cdn.example/a.jpg">', 'img', 'name', null],
      ['an ordinary id', '<div id="story-body"></div>', 'div', 'id', 'story-body'],
      ['an ordinary control name', '<form><input name="email"></form>', 'input', 'name', 'email'],
      // "submit" only clobbers inside a form.
      ['a form-method name outside a form', '<div name="submit"></div>', 'div', 'name', 'submit'],
    ])('%s', (_name, body, selector, attr, expected) => {
      const { work } = prepared(body);
      expect(work.body.querySelector(selector)?.getAttribute(attr)).toBe(expected);
    });

    // linkedom's forms have no `submit` (nor any form member), so there nothing is shadowed to defuse.
    it.runIf(dom === 'jsdom')("a control named like its form's method", () => {
      const { work } = prepared('<form><input name="submit"><input name="reset"></form>');
      expect(Array.from(work.body.querySelectorAll('input')).map((el) => el.getAttribute('name'))).toEqual([null, null]);
    });
  });

  describe('lazy images', () => {
    it.each([
      [
        'a data: placeholder takes data-src',
        '<img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/real.jpg">',
        'https://cdn.example/real.jpg',
      ],
      ['a missing src takes data-original', '<img data-original="https://cdn.example/real.jpg">', 'https://cdn.example/real.jpg'],
      ['an empty src takes data-lazy-src', '<img src="" data-lazy-src="/img/real.jpg">', '/img/real.jpg'],
      ['a named placeholder file', '<img src="/static/placeholder-16x9.png" data-src="/img/real.jpg">', '/img/real.jpg'],
      ['a spacer gif', '<img src="https://cdn.example/spacer.gif" data-src="/img/real.jpg">', '/img/real.jpg'],
      ['a placeholder data-src is passed over', '<img src="" data-src="data:image/png;base64,iVBOR" data-hi-res-src="/img/big.jpg">', '/img/big.jpg'],
      ['a real src is kept', '<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg">', 'https://cdn.example/real.jpg'],
      ['a real image named like a word in the list', '<img src="/img/loading-dock.jpg" data-src="/img/other.jpg">', '/img/loading-dock.jpg'],
      ['a placeholder with nothing better stays', '<img src="data:image/gif;base64,R0lGOD">', 'data:image/gif;base64,R0lGOD'],
    ])('src: %s', (_name, body, expected) => {
      expect(prepared(body).work.body.querySelector('img')?.getAttribute('src')).toBe(expected);
    });

    it.each([
      ['an img takes data-srcset', '<img src="/a.jpg" data-srcset="/a.jpg 1x, /a@2x.jpg 2x">', 'img', '/a.jpg 1x, /a@2x.jpg 2x'],
      ['a picture source takes data-srcset', '<picture><source data-srcset="/a.webp"><img src="/a.jpg"></picture>', 'source', '/a.webp'],
      ['a real srcset is kept', '<img src="/a.jpg" srcset="/real.jpg 1x" data-srcset="/lazy.jpg 1x">', 'img', '/real.jpg 1x'],
    ])('srcset: %s', (_name, body, selector, expected) => {
      expect(prepared(body).work.body.querySelector(selector)?.getAttribute('srcset')).toBe(expected);
    });
  });

  describe('collapsed "Story continues" parts', () => {
    it.each([
      ['a hidden sibling of the button', '<div><p>First half</p><button>Story continues</button><div id="rest" hidden><p>Second half</p></div></div>'],
      [
        "a sibling of the button's wrapper, hidden by style",
        '<div class="cta"><button>Story continues below</button></div><div id="rest" style="display: none"><p>Second half</p></div>',
      ],
      [
        'aria-hidden, revealed by a role=button div',
        '<div role="button">Continue reading</div><section id="rest" aria-hidden="true"><p>Second half</p></section>',
      ],
      ['visibility hidden, revealed by a link', '<a href="#">Read the full story</a><div id="rest" style="visibility:hidden"><p>Second half</p></div>'],
    ])('reveals %s and drops the control', (_name, body) => {
      const { work } = prepared(body);
      const rest = work.getElementById('rest')!;
      expect(rest.hasAttribute('hidden')).toBe(false);
      expect(rest.getAttribute('aria-hidden')).toBeNull();
      expect(rest.getAttribute('style') ?? '').not.toMatch(/none|hidden/);
      expect(work.body.textContent).toContain('Second half');
      expect(work.body.querySelector('button, [role=button], a')).toBeNull();
    });

    it('also unhides what is hidden inside the revealed part', () => {
      const { work } = prepared('<button>Story continues</button><div hidden><p id="inner" style="display:none;color:red" aria-hidden="true">Deep</p></div>');
      const inner = work.getElementById('inner')!;
      expect(inner.getAttribute('aria-hidden')).toBeNull();
      expect(inner.getAttribute('style')).toBe('color:red');
    });

    it('opens a <details> whose summary says so, and keeps the summary', () => {
      const { work } = prepared('<details><summary>Continue reading</summary><p>Second half</p></details>');
      expect(work.body.querySelector('details')?.hasAttribute('open')).toBe(true);
      expect(work.body.querySelector('summary')?.textContent).toBe('Continue reading');
    });

    it.each([
      ['a "Continue reading" link with nothing hidden after it', '<p>Teaser</p><a href="/story">Continue reading</a><p>Next teaser</p>', 'a'],
      ['a button with another label', '<button>Load comments</button><div hidden>Comments</div>', 'button'],
      ["a label longer than a button's", '<button>Story continues after this very long message from our sponsors</button><div hidden>Ad</div>', 'button'],
    ])('leaves alone %s', (_name, body, control) => {
      const { work } = prepared(body);
      expect(work.body.querySelector(control)).not.toBeNull();
      const hidden = work.body.querySelector('div');
      if (hidden) expect(hidden.hasAttribute('hidden')).toBe(true);
    });

    it('does not reveal a hidden part that comes before the control', () => {
      const { work } = prepared('<div><div id="before" hidden>Earlier</div><button>Story continues</button></div>');
      expect(work.getElementById('before')?.hasAttribute('hidden')).toBe(true);
    });
  });
});

describe('prepare helpers', () => {
  it('findPrototypeMethod skips a clobbered own property', () => {
    const doc = PARSERS.linkedom(html('<p>x</p>'));
    Object.defineProperty(doc, 'cloneNode', { value: 'clobbered', configurable: true });
    const cloneNode = findPrototypeMethod<(deep: boolean) => Node>(doc, 'cloneNode');
    expect(typeof cloneNode).toBe('function');
    expect((cloneNode.call(doc, true) as Document).body.innerHTML).toBe('<p>x</p>');
  });

  it('findPrototypeMethod throws for a method nobody has', () => {
    expect(() => findPrototypeMethod({}, 'noSuchMethod')).toThrow(TypeError);
  });

  it('flattenDeclarativeShadowRoots works in place on the document it is given', () => {
    const doc = PARSERS.linkedom(html('<div><template shadowrootmode="open"><p>S</p></template></div>'));
    flattenDeclarativeShadowRoots(doc);
    expect(doc.body.innerHTML).toBe('<div><p>S</p></div>');
  });

  it('assignSlots puts nodes in named and default slots, in light-DOM order', () => {
    const doc = PARSERS.linkedom(
      html('<div id="host"><h2><slot name="t"></slot></h2><slot></slot></div><b id="a" slot="t">A</b><i id="b">B</i><u id="c">C</u>'),
    );
    const host = doc.getElementById('host')!;
    const light = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    assignSlots(host, light);
    expect(host.innerHTML).toBe('<h2><b id="a" slot="t">A</b></h2><i id="b">B</i><u id="c">C</u>');
  });
});
