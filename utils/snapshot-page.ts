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
const AUTHOR_SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** Copies `doc` (never touching it) with open shadow roots flattened into the copy. */
export function snapshotPage(doc: Document, options: SnapshotOptions = {}): Document {
  const readShadowRoot = options.getShadowRoot ?? defaultShadowRoot;
  const getShadowRoot = (el: Element): ShadowRoot | null =>
    el.localName.includes('-') || AUTHOR_SHADOW_HOSTS.has(el.localName) ? readShadowRoot(el) : null;
  const copy = doc.cloneNode(true) as Document;
  if (!doc.documentElement || !copy.documentElement) return copy;
  if (!hasShadowHost(doc.documentElement, getShadowRoot)) return copy;

  const counterpart = new Map<Node, Node>();
  pairNodes(doc.documentElement, copy.documentElement, counterpart);
  const slotsToUnwrap: Element[] = [];

  const hosts = collectShadowHosts(doc.documentElement, getShadowRoot);
  while (hosts.length) {
    const host = hosts.shift()!;
    const root = getShadowRoot(host)!;
    const hostCopy = counterpart.get(host) as Element | undefined;
    if (!hostCopy) continue;

    const shadowCopies: Node[] = [];
    for (const child of Array.from(root.childNodes)) {
      const childCopy = copy.importNode(child, true);
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
