/**
 * Text offsets inside a rendered element and the DOM ranges they stand for.
 * An offset counts the characters of the element's text nodes in document
 * order (what `textContent` concatenates), so wrapping text in <mark> or
 * <span> never moves it.
 */

/** Offset in `root`'s text of a boundary point (container, offset) inside it. */
export function textOffsetOf(root: Node, container: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** Offsets in `root`'s text of a range's start and end, clamped to `root`. */
export function offsetsOf(root: Node, range: Range): { start: number; end: number } {
  const length = (root.textContent ?? '').length;
  const inside = (node: Node) => root === node || root.contains(node);
  const start = inside(range.startContainer) ? textOffsetOf(root, range.startContainer, range.startOffset) : 0;
  const end = inside(range.endContainer) ? textOffsetOf(root, range.endContainer, range.endOffset) : length;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps the text of `root` between `start` and `end` in elements made by
 * `make` (one per text node the span crosses) and returns them. White space
 * alone (between blocks) is left unwrapped, so a <mark> never lands between
 * two <li>.
 */
export function wrapOffsets(root: Node, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  if (end <= start) return [];
  const pieces: Array<{ node: Text; from: number; to: number }> = [];
  let at = 0;
  for (const node of textNodesOf(root)) {
    const length = node.data.length;
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + length) - at;
    if (from < to && node.data.slice(from, to).trim()) pieces.push({ node, from, to });
    at += length;
    if (at >= end) break;
  }
  const wrappers: HTMLElement[] = [];
  for (const { node, from, to } of pieces) {
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
    const wrapper = make();
    target.parentNode!.insertBefore(wrapper, target);
    wrapper.append(target);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** Puts an element's children in its place and removes it. */
export function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
  parent.normalize();
}
