/**
 * A detached copy of the live page for the extraction core. `cloneNode` leaves
 * shadow trees behind, and some news sites render the whole story inside web
 * components, so the shadow content is written into the copy where the browser
 * shows it: each host's children become its shadow tree, with every `<slot>`
 * replaced by the light nodes assigned to it (or by its fallback content).
 */

export interface SnapshotOptions {
  /**
   * Returns an element's shadow root, or null. Defaults to `element.shadowRoot`
   * (open roots only); a content script may pass `chrome.dom.openOrClosedShadowRoot`.
   */
  getShadowRoot?: (element: Element) => ShadowRoot | null;
}

const ELEMENT_NODE = 1;

/**
 * Elements that `attachShadow` accepts besides custom elements. Anything else
 * can only have a user-agent shadow root (a video's controls, an input's
 * inner editor), which is not page content.
 */
// prettier-ignore
const AUTHOR_SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Copies `doc` (never touching it) with open shadow roots flattened into the
 * copy, and with the names that would clobber the copy's DOM API removed.
 *
 * The live page is hostile: `<img name="cloneNode">` or `<form name="documentElement">`
 * make `document.cloneNode` / `document.documentElement` that element wherever
 * a document's named properties are visible (a page's main world, engines
 * whose content scripts see them, and possibly the copy). So the document's
 * own members are reached through its prototype here, and the copy handed to
 * the core has no such names left.
 */
export function snapshotPage(doc: Document, options: SnapshotOptions = {}): Document {
  const readShadowRoot = options.getShadowRoot ?? defaultShadowRoot;
  const getShadowRoot = (el: Element): ShadowRoot | null => (el.localName.includes('-') || AUTHOR_SHADOW_HOSTS.has(el.localName) ? readShadowRoot(el) : null);
  const copy = callDocumentMethod<Document>(doc, 'cloneNode', true);
  const liveRoot = documentElementOf(doc);
  const copyRoot = documentElementOf(copy);
  if (!liveRoot || !copyRoot) return copy;
  defuseNamedProperties(copy, copyRoot);
  if (!hasShadowHost(liveRoot, getShadowRoot)) return copy;

  const counterpart = new Map<Node, Node>();
  pairNodes(liveRoot, copyRoot, counterpart);
  const slotsToUnwrap: Element[] = [];

  const hosts = collectShadowHosts(liveRoot, getShadowRoot);
  while (hosts.length) {
    const host = hosts.shift()!;
    const root = getShadowRoot(host)!;
    const hostCopy = counterpart.get(host) as Element | undefined;
    if (!hostCopy) continue;

    const shadowCopies: Node[] = [];
    for (const child of Array.from(root.childNodes)) {
      const childCopy = callDocumentMethod<Node>(copy, 'importNode', child, true);
      pairNodes(child, childCopy, counterpart);
      shadowCopies.push(childCopy);
      if (child.nodeType === ELEMENT_NODE) {
        // Shadow hosts nested inside this shadow tree are flattened in turn.
        hosts.push(...collectShadowHosts(child as Element, getShadowRoot));
      }
    }
    // Light children that no slot takes are not rendered, so they leave the copy too.
    hostCopy.replaceChildren(...shadowCopies);

    for (const child of Array.from(root.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      for (const slot of slotsUnder(child as Element)) {
        const slotCopy = counterpart.get(slot) as Element | undefined;
        if (!slotCopy) continue;
        const assigned = (slot as HTMLSlotElement).assignedNodes?.() ?? [];
        const assignedCopies = assigned.map((node) => counterpart.get(node)).filter((n): n is Node => !!n);
        // With nothing assigned the slot shows its fallback children, already in its copy.
        if (assignedCopies.length) slotCopy.replaceChildren(...assignedCopies);
        slotsToUnwrap.push(slotCopy);
      }
    }
  }

  // Slots stay as wrappers until every host is done, so a slot that is itself
  // slotted into a nested component moves with its content; now they go.
  for (const slotCopy of slotsToUnwrap) {
    slotCopy.replaceWith(...Array.from(slotCopy.childNodes));
  }
  return copy;
}

/** Calls a Document/Node method found on `doc`'s prototype chain, past any own (named) property. */
function callDocumentMethod<T>(doc: Document, name: string, ...args: unknown[]): T {
  for (let proto = Object.getPrototypeOf(doc) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (desc && typeof desc.value === 'function') return (desc.value as (...args: unknown[]) => unknown).apply(doc, args) as T;
  }
  throw new TypeError(`This document has no ${name}`);
}

/** `doc.documentElement` through the prototype's getter, past any own (named) property. */
function documentElementOf(doc: Document): Element | null {
  for (let proto = Object.getPrototypeOf(doc) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'documentElement');
    if (desc?.get) return (desc.get.call(doc) as Element | null) ?? null;
  }
  return null;
}

/**
 * Elements a document exposes as `document[name]` (HTML, "Document" named
 * properties): embed, form, iframe, img and object by `name`, object (and
 * img that also has a name) by `id`.
 */
const NAMED_PROPERTY_ELEMENTS = 'embed[name], form[name], iframe[name], img[name], object[name], object[id], img[id]';

/** Removes, in the copy, every such name or id that shadows a member of the document's API. */
function defuseNamedProperties(copy: Document, root: Element): void {
  const api = Object.getPrototypeOf(copy) as object;
  for (const el of Array.from(root.querySelectorAll(NAMED_PROPERTY_ELEMENTS))) {
    for (const attr of ['name', 'id']) {
      const value = el.getAttribute(attr);
      if (value && (value in api || value === '__proto__')) el.removeAttribute(attr);
    }
  }
}

function defaultShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? null;
}

function hasShadowHost(root: Element, getShadowRoot: (el: Element) => ShadowRoot | null): boolean {
  for (const el of elementsUnder(root)) if (getShadowRoot(el)) return true;
  return false;
}

function collectShadowHosts(root: Element, getShadowRoot: (el: Element) => ShadowRoot | null): Element[] {
  const hosts: Element[] = [];
  for (const el of elementsUnder(root)) if (getShadowRoot(el)) hosts.push(el);
  return hosts;
}

/** Slots in a subtree of one shadow tree (not inside nested shadow roots, which have their own turn). */
function slotsUnder(root: Element): Element[] {
  const slots: Element[] = [];
  for (const el of elementsUnder(root)) if (el.localName === 'slot') slots.push(el);
  return slots;
}

/** Depth-first over the element tree, iteratively so that deep pages cannot overflow the stack. */
function* elementsUnder(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** Records, for every node of `live`'s subtree, its twin in `twin` (a deep clone of it). */
function pairNodes(live: Node, twin: Node, counterpart: Map<Node, Node>): void {
  const stack: Array<[Node, Node]> = [[live, twin]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    counterpart.set(a, b);
    const aKids = a.childNodes;
    const bKids = b.childNodes;
    const n = Math.min(aKids.length, bKids.length);
    for (let i = 0; i < n; i++) stack.push([aKids[i], bKids[i]]);
  }
}
