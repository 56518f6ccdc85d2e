import { isBlockTag, linkShareOf, TEXT_NODE } from './dom';
import { MAX_INLINE_HOPS, MAX_PLAIN_LINK_SHARE, MIN_PROSE_CHARS } from './tuning';

/**
 * The simple rule used instead of Readability when Readability would not
 * finish in the time budget (a page of tens of thousands of blocks, or
 * thousands of levels deep): the element holding the most prose. Prose is
 * text outside links, counted for the nearest block around it; a block's
 * container earns the prose of its child blocks. One iterative walk, work
 * proportional to the page, any depth.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM', 'BUTTON']);

export function findDensestBlock(root: Element): Element | null {
  const own = new Map<Element, number>();
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const length = (node.nodeValue ?? '').trim().length;
      if (length) {
        const block = proseBlockOf(node.parentElement);
        if (block) own.set(block, (own.get(block) ?? 0) + length);
      }
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.has((node as Element).tagName.toUpperCase())) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const score = new Map<Element, number>();
  for (const [block, length] of own) {
    if (length < MIN_PROSE_CHARS) continue;
    score.set(block, (score.get(block) ?? 0) + length);
    const parent = block.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** The block a text node belongs to; `null` for link text (not prose). */
function proseBlockOf(parent: Element | null): Element | null {
  let el = parent;
  for (let hops = 0; el && hops < MAX_INLINE_HOPS; hops++, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'A') return null;
    if (isBlockTag(tag) || tag === 'BODY') return el;
  }
  return null;
}

/**
 * Plain prose: the body holds next to no link text (under `MAX_PLAIN_LINK_SHARE`
 * of its text). Readability's cleaning earns its time on what links bring into
 * a body (navigation boxes, reference lists, "read more" rails); a long story
 * without them (paragraphs, quotes, a data table) comes out of it unchanged.
 */
export function isPlainProse(body: Element): boolean {
  const share = linkShareOf(body);
  return share !== null && share < MAX_PLAIN_LINK_SHARE;
}
