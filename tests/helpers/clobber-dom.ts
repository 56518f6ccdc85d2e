import { JSDOM } from 'jsdom';

/**
 * DOM clobbering for tests. In a browser `<img name="querySelectorAll">`
 * makes `document.querySelectorAll` that image, and since Document is
 * [LegacyOverrideBuiltIns] the name wins over the prototype's method. jsdom
 * (29) does not implement this named-property getter at all, so a test that
 * merely parses a hostile page with jsdom proves nothing about clobbering.
 * Here the getter is installed by hand, following the HTML standard's rules.
 *
 * Where it applies differs: in Chromium 156 a page's main world sees the
 * names, while a content script's isolated world and a `cloneNode` copy do
 * not (checked in tests/e2e/security-clobbering.test.ts); other engines and
 * future ones may differ. The emulation takes the strict reading: it clobbers
 * the page and every copy made with `cloneNode`. The getter is live (looked up
 * on every read, as in a browser), so removing a `name` un-clobbers.
 */

/**
 * Elements that a document exposes by name (HTML, "Document" named properties):
 * embed, form, iframe, img and object with a `name`; object with an `id`; img
 * with an `id` when it also has a non-empty `name`.
 */
function namedElements(doc: Document, name: string): Element[] {
  const out: Element[] = [];
  // Per tag, through the prototype: the lists are jsdom's cached live collections, so a read stays cheap.
  for (const tag of ['embed', 'form', 'iframe', 'img', 'object']) {
    for (const el of Array.from(protoCall<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', tag))) {
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const elName = el.getAttribute('name');
      const elId = el.getAttribute('id');
      if (elName === name || (tag === 'object' && elId === name) || (tag === 'img' && elId === name && !!elName)) out.push(el);
    }
  }
  // Document order, as the browser's collection.
  return out.sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
}

/** Calls a Document method through its prototype, past any clobbering. */
export function protoCall<T>(doc: Document, method: string, ...args: unknown[]): T {
  for (let proto = Object.getPrototypeOf(doc); proto; proto = Object.getPrototypeOf(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, method);
    if (desc && typeof desc.value === 'function') return desc.value.apply(doc, args) as T;
  }
  throw new TypeError(`no ${method}`);
}

/** Reads a property as the prototype chain defines it (getter or method), ignoring own properties. */
export function protoGet(doc: Document, name: string): unknown {
  return Reflect.get(Object.getPrototypeOf(doc), name, doc);
}

/** Installs live named-property clobbering for `names` on `doc`. */
export function clobberDocument(doc: Document, names: readonly string[]): Document {
  for (const name of names) {
    // [LegacyUnforgeable] members (`location`) are own, non-configurable and win over names in browsers too.
    if (Object.getOwnPropertyDescriptor(doc, name)?.configurable === false) continue;
    Object.defineProperty(doc, name, {
      configurable: true,
      enumerable: false,
      get() {
        const hits = namedElements(doc, name);
        if (hits.length === 0) return protoGet(doc, name);
        // One element: the element itself (an iframe would give its window; none has one here).
        if (hits.length === 1) return hits[0];
        // Several: a live collection in the browser; an array-like is enough to break a caller.
        return hits;
      },
    });
  }
  return doc;
}

/**
 * A jsdom document of `html` whose named elements clobber `document.X` as in a
 * browser, and whose clones (`cloneNode` on the document, however reached) are
 * clobbered the same way.
 */
export function parseClobberedDocument(html: string, url: string, names: readonly string[]): Document {
  const { window } = new JSDOM(html, { url });
  const NodeProto = window.Node.prototype;
  const originalClone = NodeProto.cloneNode;
  Object.defineProperty(NodeProto, 'cloneNode', {
    configurable: true,
    writable: true,
    value: function cloneNode(this: Node, deep?: boolean) {
      const copy = originalClone.call(this, deep);
      if (copy.nodeType === 9) clobberDocument(copy as Document, names);
      return copy;
    },
  });
  return clobberDocument(window.document, names);
}
