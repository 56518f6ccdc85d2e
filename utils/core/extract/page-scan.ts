import { collapseWhitespace, TEXT_NODE } from './dom';
import { RAW_SHORT_TEXT_FACTOR, SHORT_TEXT } from './tuning';

/**
 * One walk over the working copy, done once after it is prepared: every
 * element in document order, and every short text node with its parent.
 * The stages ask this index instead of running selector queries over the
 * whole page (on linkedom each such query is a full walk plus selector
 * matching). Elements removed later stay in the lists; callers check
 * `isAttached` where it matters.
 */
export interface ShortText {
  parent: Element;
  text: string;
}

export interface PageScan {
  /** All elements under the root, in document order. */
  elements: Element[];
  /** The deepest element nesting under the root (the root is depth 1): what Readability's cost grows with. */
  maxDepth: number;
  /** Short text nodes (collapsed, at most 160 characters) with their parent element. */
  texts: ShortText[];
  /** Elements whose tag is one of `tags` (upper case), in document order. */
  byTag(...tags: string[]): Element[];
  /** The element's `class` and `id` joined (read once per element), or ''. */
  classAndId(el: Element): string;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NON_SPACE = /\S/;

export function scanPage(root: Element): PageScan {
  const elements: Element[] = [];
  const texts: ShortText[] = [];
  const tagLists = new Map<string, Element[]>();
  const stack: Node[] = [root];
  // Element depth of each stacked node's parent, kept beside the stack so the walk stays one array pass.
  const parentDepths: number[] = [0];
  let maxDepth = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const depth = parentDepths.pop()! + 1;
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      if (raw.length > SHORT_TEXT * RAW_SHORT_TEXT_FACTOR || !NON_SPACE.test(raw)) continue;
      const text = collapseWhitespace(raw);
      if (text && text.length <= SHORT_TEXT && node.parentNode?.nodeType === 1) texts.push({ parent: node.parentNode as Element, text });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    elements.push(el);
    if (depth > maxDepth) maxDepth = depth;
    const tag = el.tagName.toUpperCase();
    let list = tagLists.get(tag);
    if (!list) tagLists.set(tag, (list = []));
    list.push(el);
    if (SKIPPED_TAGS.has(tag)) continue;
    // Children pushed in reverse so that they pop in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      parentDepths.push(depth);
    }
  }
  const cache = new Map<string, Element[]>();
  const labels = new Map<Element, string>();
  let order: Map<Element, number> | null = null;
  return {
    elements,
    maxDepth,
    texts,
    byTag(...tags: string[]) {
      if (tags.length === 1) return tagLists.get(tags[0]) ?? [];
      const key = tags.join(',');
      let hit = cache.get(key);
      if (!hit) {
        if (!order) order = new Map(elements.map((el, i) => [el, i]));
        const position = order;
        hit = tags.flatMap((tag) => tagLists.get(tag) ?? []).sort((a, b) => position.get(a)! - position.get(b)!);
        cache.set(key, hit);
      }
      return hit;
    },
    classAndId(el: Element) {
      let label = labels.get(el);
      if (label === undefined) {
        const cls = el.getAttribute('class');
        const id = el.getAttribute('id');
        label = cls && id ? `${cls} ${id}` : cls || id || '';
        labels.set(el, label);
      }
      return label;
    },
  };
}

/** The nearest ancestor (or self) whose tag is in `tags`. */
export function closestTag(el: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let n = el; n; n = n.parentElement) if (tags.has(n.tagName)) return n;
  return null;
}

/** Whether an element shows any text, found without building its whole text. */
export function hasVisibleText(el: Element): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE && /\S/.test(node.nodeValue ?? '')) return true;
    if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return false;
}
