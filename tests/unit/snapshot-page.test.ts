// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotPage } from '../../utils/page/snapshot-page';

/** Collapsed text of an element, to compare what a reader would see. */
function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function setPage(bodyHtml: string): void {
  document.head.innerHTML = '<title>Test page</title>';
  document.body.innerHTML = bodyHtml;
}

describe('snapshotPage', () => {
  beforeEach(() => setPage(''));

  it('copies a page without shadow roots as it is, as a separate document', () => {
    setPage('<main><h1>Headline</h1><p>First paragraph.</p></main>');
    const copy = snapshotPage(document);
    expect(copy).not.toBe(document);
    expect(copy.body.innerHTML).toBe(document.body.innerHTML);
    copy.querySelector('p')!.remove();
    expect(document.querySelector('p')).not.toBeNull();
  });

  it('writes an open shadow tree into its host, where the reader sees it', () => {
    setPage('<main><h1>Headline</h1><news-body></news-body></main>');
    const host = document.querySelector('news-body')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow paragraph one.</p><p>Shadow paragraph two.</p>';

    const copy = snapshotPage(document);
    const copiedHost = copy.querySelector('news-body')!;
    expect(Array.from(copiedHost.querySelectorAll('p'), textOf)).toEqual(['Shadow paragraph one.', 'Shadow paragraph two.']);
    // The live page is untouched: its host still has no light children.
    expect(host.childNodes.length).toBe(0);
    expect(host.shadowRoot!.querySelectorAll('p').length).toBe(2);
  });

  it('puts light children where their slots are, drops unassigned ones, and keeps fallback content', () => {
    setPage(
      '<story-card>' +
        '<span slot="kicker">World</span>' +
        '<p>Body paragraph one.</p>' +
        '<p>Body paragraph two.</p>' +
        '<em slot="nowhere">Not rendered.</em>' +
        '</story-card>',
    );
    const host = document.querySelector('story-card')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<header><slot name="kicker">No kicker</slot></header>' +
      '<div class="text"><slot>No body</slot></div>' +
      '<footer><slot name="credit">Staff writer</slot></footer>';

    const copy = snapshotPage(document);
    const copiedHost = copy.querySelector('story-card')!;
    expect(textOf(copiedHost.querySelector('header'))).toBe('World');
    expect(Array.from(copiedHost.querySelectorAll('.text p'), textOf)).toEqual(['Body paragraph one.', 'Body paragraph two.']);
    expect(textOf(copiedHost.querySelector('footer'))).toBe('Staff writer');
    expect(textOf(copiedHost)).not.toContain('Not rendered.');
    expect(copiedHost.querySelector('slot')).toBeNull();
  });

  it('flattens components nested in shadow trees, including a slot passed on to an inner component', () => {
    setPage('<outer-article><p>Light text of the outer host.</p></outer-article>');
    const outer = document.querySelector('outer-article')!;
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<h2>Outer heading</h2><inner-frame><slot></slot></inner-frame>';
    const inner = outerRoot.querySelector('inner-frame')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<div class="frame"><slot></slot><small>Inner footnote</small></div>';

    const copy = snapshotPage(document);
    const copiedOuter = copy.querySelector('outer-article')!;
    expect(textOf(copiedOuter.querySelector('h2'))).toBe('Outer heading');
    const frame = copiedOuter.querySelector('inner-frame > .frame')!;
    expect(frame).not.toBeNull();
    expect(textOf(frame.querySelector('p'))).toBe('Light text of the outer host.');
    expect(textOf(frame.querySelector('small'))).toBe('Inner footnote');
    // Reading order as rendered: the slotted paragraph comes before the footnote.
    expect(Array.from(frame.children, (el) => el.localName)).toEqual(['p', 'small']);
    expect(copiedOuter.querySelector('slot')).toBeNull();
  });

  it('flattens shadow hosts that sit inside light content of another host', () => {
    setPage('<page-shell><quote-box></quote-box></page-shell>');
    const shell = document.querySelector('page-shell')!;
    shell.attachShadow({ mode: 'open' }).innerHTML = '<article><slot></slot></article>';
    const quote = document.querySelector('quote-box')!;
    quote.attachShadow({ mode: 'open' }).innerHTML = '<blockquote>Quoted words.</blockquote>';

    const copy = snapshotPage(document);
    expect(textOf(copy.querySelector('page-shell article quote-box blockquote'))).toBe('Quoted words.');
  });

  it('reads roots the caller can see, such as closed ones through the browser’s API', () => {
    setPage('<paywall-free-text></paywall-free-text>');
    const host = document.querySelector('paywall-free-text')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Text in a closed root.</p>';

    expect(textOf(snapshotPage(document).body)).toBe('');
    const copy = snapshotPage(document, { getShadowRoot: (el) => (el === host ? closed : null) });
    expect(textOf(copy.body)).toBe('Text in a closed root.');
  });

  it('ignores roots offered for elements that cannot host author shadow trees', () => {
    setPage('<p>Before</p><input value="typed"><p>After</p>');
    const input = document.querySelector('input')!;
    const fakeRoot = document.createElement('div').attachShadow({ mode: 'open' });
    fakeRoot.innerHTML = '<span>inner editor</span>';
    const copy = snapshotPage(document, { getShadowRoot: (el) => (el === input ? fakeRoot : null) });
    expect(copy.body.textContent).toBe('BeforeAfter');
    expect(copy.querySelector('input')!.childNodes.length).toBe(0);
  });
});
