import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract';
import { snapshotPage } from '../../utils/page/snapshot-page';
import { ARTICLE_PARAGRAPHS, ARTICLE_URL, buildArticlePage } from '../helpers/article-page';
import { clobberDocument, parseClobberedDocument, protoCall, protoGet } from '../helpers/clobber-dom';
import { CLOBBERING_NAMES } from '../helpers/hostile-html';

/**
 * DOM clobbering: elements named like the document's API (`<img
 * name="querySelectorAll">`, `<form name="body">`) replace that API on
 * `document`. jsdom does not clobber by itself, so these tests use a document
 * that really does (tests/helpers/clobber-dom.ts), and first check that it
 * does. The extension's path is the content script's: `snapshotPage` of the
 * live page, then the core on the copy.
 */

const TITLE = 'Council approves Carrow Harbour dredging plan';

/**
 * The API names a page may clobber. Left out: `location`, which is
 * [LegacyUnforgeable] and cannot be clobbered; and `parentNode` and
 * `createTreeWalker`, which jsdom's own selector engine (JavaScript, where a
 * browser's is native) reads from the document, so that clobbering them breaks
 * jsdom itself (a hang, a TypeError) before the code under test runs. The
 * e2e test plants those two in real Chromium.
 */
const NOT_EMULATED = new Set(['location', 'parentNode', 'createTreeWalker']);
const NAMES = Array.from(
  new Set([
    ...CLOBBERING_NAMES,
    'getElementById',
    'getElementsByClassName',
    'getElementsByName',
    'implementation',
    'importNode',
    'adoptNode',
    'createDocumentFragment',
    'createRange',
    'contains',
    'compareDocumentPosition',
    'hasAttribute',
    'getAttribute',
    'lastChild',
    'ownerDocument',
    'readyState',
    'characterSet',
    'contentType',
    'doctype',
    'domain',
  ]),
).filter((n) => !NOT_EMULATED.has(n));

/** The ways an element is exposed on `document` (HTML "Document" named properties). */
const CLOBBERERS: Array<[string, (name: string) => string]> = [
  ['form name', (n) => `<form name="${n}"></form>`],
  ['img name', (n) => `<img name="${n}" src="https://cdn.harbour-gazette.example/a.jpg" alt="">`],
  ['embed name', (n) => `<embed name="${n}">`],
  ['object name', (n) => `<object name="${n}"></object>`],
  ['iframe name', (n) => `<iframe name="${n}"></iframe>`],
  ['object id', (n) => `<object id="${n}"></object>`],
  ['img id+name', (n) => `<img id="${n}" name="photo-${n}" src="https://cdn.harbour-gazette.example/b.jpg" alt="">`],
];

function pageWith(markup: string): string {
  return buildArticlePage({ betweenParagraphs: markup });
}

/** The named element planted by `CLOBBERERS`, read through the prototype so clobbering cannot hide it. */
function planted(doc: Document): Element {
  const body = protoGet(doc, 'body') as HTMLElement;
  const el = body.querySelector('form, img[name], embed, object, iframe');
  if (!el) throw new Error('nothing planted');
  return el;
}

function expectWholeArticle(result: ReturnType<typeof extractArticle>): void {
  expect(result.ok ? 'ok' : `${result.code}: ${result.message}`).toBe('ok');
  if (!result.ok) return;
  expect(result.article.title).toBe(TITLE);
  for (const paragraph of ARTICLE_PARAGRAPHS) expect(result.article.text).toContain(paragraph.slice(0, 80));
}

describe('the clobbered test document', () => {
  it('is needed: jsdom alone leaves document.X alone', () => {
    const doc = new JSDOM(pageWith('<img name="querySelectorAll"><form name="body"></form>')).window.document;
    expect(typeof doc.querySelectorAll).toBe('function');
    expect(doc.body.tagName).toBe('BODY');
  });

  it.each(CLOBBERERS)('really clobbers every name, by %s', (_how, make) => {
    const doc = parseClobberedDocument(pageWith(NAMES.map(make).join('')), ARTICLE_URL, NAMES);
    // The planted elements, in the order planted, found without any selector engine.
    const plantedInOrder = Array.from(protoCall<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', '*')).filter(
      (el) => ['embed', 'form', 'iframe', 'img', 'object'].includes(el.localName) && (el.hasAttribute('name') || el.hasAttribute('id')),
    );
    expect(plantedInOrder).toHaveLength(NAMES.length);
    NAMES.forEach((name, i) => {
      expect((doc as unknown as Record<string, unknown>)[name], name).toBe(plantedInOrder[i]);
    });
  });

  it('clobbers copies made with cloneNode, stays live, and spares location and plain ids', () => {
    const doc = parseClobberedDocument(pageWith('<img name="querySelectorAll"><div id="title">x</div>'), ARTICLE_URL, [
      'querySelectorAll',
      'title',
      'location',
    ]);
    expect(typeof doc.querySelectorAll).toBe('object');
    expect(typeof doc.title).toBe('string');
    expect(typeof doc.location).toBe('object');
    expect(doc.location.href).toBe(ARTICLE_URL);
    const copy = protoCall<Document>(doc, 'cloneNode', true);
    expect(typeof copy.querySelectorAll).toBe('object');
    planted(copy).removeAttribute('name');
    expect(typeof copy.querySelectorAll).toBe('function');
    expect(typeof doc.querySelectorAll).toBe('object');
  });

  it('breaks a naive caller, as in a browser', () => {
    const doc = parseClobberedDocument(pageWith('<img name="cloneNode">'), ARTICLE_URL, ['cloneNode']);
    expect(() => doc.cloneNode(true)).toThrow(TypeError);
  });
});

describe('the extension’s path on a clobbered page: snapshotPage, then the core', () => {
  it('extracts the whole article with any one API name taken', () => {
    for (const name of NAMES) {
      const live = parseClobberedDocument(pageWith(`<form name="${name}"></form>`), ARTICLE_URL, [name]);
      const copy = snapshotPage(live);
      expectWholeArticle(extractArticle(copy, ARTICLE_URL));
      // The copy was defused, not the live page: the page keeps its names.
      expect((live as unknown as Record<string, unknown>)[name], name).toBe(planted(live));
    }
  });

  it.each(CLOBBERERS)('extracts the whole article with every API name taken by %s', (_how, make) => {
    const live = parseClobberedDocument(pageWith(NAMES.map(make).join('')), ARTICLE_URL, NAMES);
    expect(typeof live.querySelectorAll, 'the page is clobbered').toBe('object');
    expectWholeArticle(extractArticle(snapshotPage(live), ARTICLE_URL));
  });

  it('extracts the whole article with every name taken at once, in the head, the body and the story', () => {
    const markup = NAMES.map((n, i) => (i % 2 ? `<form name="${n}"><input name="submit"></form>` : `<img name="${n}" src="" alt="">`)).join('');
    const html = buildArticlePage({
      inHead: NAMES.map((n) => `<object id="${n}"></object>`).join(''),
      betweenParagraphs: markup,
      insideParagraph: `<embed name="${NAMES[0]}"><iframe name="${NAMES[1]}"></iframe>`,
    });
    const live = parseClobberedDocument(html, ARTICLE_URL, NAMES);
    expect(typeof live.querySelectorAll).toBe('object');
    expectWholeArticle(extractArticle(snapshotPage(live), ARTICLE_URL));
  });

  it('still scans the whole page when documentElement is clobbered', () => {
    const live = parseClobberedDocument(pageWith('<form name="documentElement"></form>'), ARTICLE_URL, ['documentElement']);
    expect(elementsScanned(snapshotPage(live))).toBeGreaterThan(40);
  });
});

/**
 * The core by itself, handed a clobbered document (where an engine clobbers
 * copies too, or a caller skips `snapshotPage`).
 */
describe('the core alone on a clobbered document', () => {
  const coreSafe = NAMES;

  it('extracts the whole article with any other API name taken', () => {
    for (const name of coreSafe) {
      const doc = parseClobberedDocument(pageWith(`<img name="${name}">`), ARTICLE_URL, [name]);
      expectWholeArticle(extractArticle(doc, ARTICLE_URL));
    }
  });

  // Once a bug: shadow-root flattening called doc.getElementsByTagName before the names were defused.
  it('extracts the article when getElementsByTagName is taken', () => {
    const doc = parseClobberedDocument(pageWith('<img name="getElementsByTagName">'), ARTICLE_URL, ['getElementsByTagName']);
    expectWholeArticle(extractArticle(doc, ARTICLE_URL));
  });

  // Once a bug: a <form name="documentElement"> made the core measure that form only, so any page passed
  // the size limits; the root is now read through the prototype's getter.
  it('scans the whole page when documentElement is taken', () => {
    const doc = parseClobberedDocument(pageWith('<form name="documentElement"></form>'), ARTICLE_URL, ['documentElement']);
    expect(elementsScanned(doc)).toBeGreaterThan(40);
  });

  it('sees the full page without the form (control for the test above)', () => {
    const doc = clobberDocument(new JSDOM(pageWith('<div></div>'), { url: ARTICLE_URL }).window.document, ['documentElement']);
    expect(elementsScanned(doc)).toBeGreaterThan(40);
  });
});

/** How many elements the core's scan saw: the whole page, not a clobbering element. */
function elementsScanned(doc: Document): number {
  let elements = 0;
  extractArticle(doc, ARTICLE_URL, { onDiagnostics: (d) => (elements = d.elements) });
  return elements;
}
