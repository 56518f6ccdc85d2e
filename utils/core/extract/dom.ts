/**
 * Small DOM helpers shared by the pipeline stages. They take nodes as
 * arguments and work the same on a browser document, jsdom and linkedom.
 */

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** `Node.TEXT_NODE`, spelled out: the DOM's fixed code, not a threshold (linkedom and workers have no global `Node`). */
export const TEXT_NODE = 3;
/** `Node.DOCUMENT_NODE`, spelled out for the same reason. */
export const DOCUMENT_NODE = 9;
/** `NodeFilter.SHOW_TEXT`: a tree walker over text nodes only (no global `NodeFilter` off the browser). */
export const SHOW_TEXT = 4;

// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'SUMMARY', 'CAPTION',
]);

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName.toUpperCase());
}

/**
 * What must change for runs of white space (\s covers the non-breaking space; the
 * zero-width space is added) to become one space: a run of two or more, or one
 * character that is not a plain space. A lone space already is the answer, and
 * skipping it makes this about 30x faster on a long story's text (each match
 * costs, and most gaps between words are one space).
 */
const WHITESPACE_TO_COLLAPSE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Collapses runs of white space (including non-breaking and zero-width spaces) and trims. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** The element's text with white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return collapseWhitespace(node?.textContent);
}

/**
 * Counts words the way a reader would: a word starts at a letter or digit and
 * runs on through letters, digits and ' ’ . - (what
 * /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu would match). Counted character by
 * character against a table filled as characters are met: matching the
 * regular expression built an array of every word, 50 ms on a 2 MB story's
 * text, against 9 ms this way.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    // A letter outside the basic plane takes two code units; a lone surrogate is read as itself (no word).
    const code = text.codePointAt(i)!;
    if (code > LAST_BMP_CODE) i++;
    const kind = wordCharKind(code);
    if (inWord) inWord = kind !== NOT_WORD;
    else if (kind === LETTER_OR_DIGIT) {
      words++;
      inWord = true;
    }
  }
  return words;
}

const LETTER_OR_DIGIT = 1;
const WORD_JOINER = 2;
const NOT_WORD = 3;
const LAST_BMP_CODE = 0xffff;
const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;
/** Kind of each basic-plane character met so far (0 = not yet looked at). */
const wordCharKinds = new Uint8Array(LAST_BMP_CODE + 1);

function wordCharKind(code: number): number {
  if (code > LAST_BMP_CODE) return LETTER_OR_DIGIT_CHAR.test(String.fromCodePoint(code)) ? LETTER_OR_DIGIT : NOT_WORD;
  let kind = wordCharKinds[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = LETTER_OR_DIGIT_CHAR.test(char) ? LETTER_OR_DIGIT : "'’.-".includes(char) ? WORD_JOINER : NOT_WORD;
    wordCharKinds[code] = kind;
  }
  return kind;
}

/** Han and kana: scripts written without spaces between words. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Han characters to a word: Chinese words run one to three characters, most often two. */
const HAN_CHARS_PER_WORD = 2;
/** Kana to a word: loanwords in katakana run longer ("カテゴリ", category, is one word of four). */
const KANA_CHARS_PER_WORD = 3;

/**
 * Words in a short text (a headline, a card title, a label), for the rules
 * that tell a headline from "Read more": its space-separated parts, and in
 * Chinese and Japanese, which put no spaces between words, one word per two
 * Han characters or three kana, so a CJK headline is not one "word". Not the
 * article's count.
 */
export function countPhraseWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  if (!unspaced) return text.split(' ').length;
  const kana = text.match(KANA_CHAR)?.length ?? 0;
  const cjkWords = Math.max(1, Math.round((unspaced - kana) / HAN_CHARS_PER_WORD + kana / KANA_CHARS_PER_WORD));
  return countWords(text.replace(UNSPACED_CHAR, ' ')) + cjkWords;
}

/**
 * Words of a text as word processors count them: each Chinese or Japanese
 * character is a word (those scripts put no spaces between words; reading
 * time then comes out near measured reading speeds of about 250 characters a
 * minute), the rest as `countWords` counts.
 */
export function countTextWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  return unspaced ? countWords(text.replace(UNSPACED_CHAR, ' ')) + unspaced : countWords(text);
}

/** Elements matching `selector` under `root`, as an array that survives removals. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/*
 * Links and headings by tag, not by selector. The rules ask these per card and
 * per paragraph; linkedom compiles a selector string on every call (a browser
 * caches it), which made `querySelectorAll('a[href]')` per paragraph the
 * largest cost of the prune stage on long stories. These give what the
 * selectors give ('a' matches SVG links too, as the type selector does).
 */

/** The `<a href>` elements under `root` (not `root` itself), in document order: `querySelectorAll('a[href]')`. */
export function linksIn(root: Element | Document): Element[] {
  const out: Element[] = [];
  const all = root.getElementsByTagName('a');
  for (let i = 0; i < all.length; i++) if (all[i].hasAttribute('href')) out.push(all[i]);
  return out;
}

/** The first `<a href>` under `root`: `querySelector('a[href]')`. */
export function firstLinkIn(root: Element | Document): Element | null {
  const all = root.getElementsByTagName('a');
  for (let i = 0; i < all.length; i++) if (all[i].hasAttribute('href')) return all[i];
  return null;
}

/** `el` or its nearest ancestor that is an `<a href>`: `closest('a[href]')`. */
export function closestLink(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (n.localName === 'a' && n.hasAttribute('href')) return n;
  return null;
}

/** `el` or its nearest ancestor that is a heading: `closest('h1, h2, h3, h4, h5, h6')`. */
export function closestHeading(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (HEADING_TAGS.has(n.tagName.toUpperCase())) return n;
  return null;
}

/** Whether a heading sits under `root`: `!!querySelector('h1, h2, h3, h4, h5, h6')`. */
export function hasHeadingIn(root: Element): boolean {
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) if (root.getElementsByTagName(tag).length) return true;
  return false;
}

/** Share of an element's text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element): number {
  return linkShareOf(el) ?? 0;
}

/** Share of an element's text that sits inside links, or null when it has no text at all. */
export function linkShareOf(el: Element): number | null {
  const total = textOf(el).length;
  if (!total) return null;
  return Array.from(el.getElementsByTagName('a')).reduce((n, a) => n + textOf(a).length, 0) / total;
}

/** Removes a node from its parent, if it has one. */
export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** The heading level 1-6 of an element, or 0 if it is not a heading. */
export function headingLevel(el: Element): number {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

/**
 * Whether `a` comes before `b` in document order (an ancestor comes before
 * its descendants). Computed from the ancestor chains: linkedom's
 * `compareDocumentPosition` is wrong for nodes that are not siblings.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pathA = ancestorPath(a);
  const pathB = ancestorPath(b);
  if (pathA[0] !== pathB[0]) return false;
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  if (i === pathA.length) return true; // a is an ancestor of b
  if (i === pathB.length) return false; // b is an ancestor of a
  // Siblings stamped by the last scan compare by stamp: walking from one to the other is quadratic on long lists.
  const stampA = documentOrder.get(pathA[i]);
  const stampB = documentOrder.get(pathB[i]);
  if (stampA !== undefined && stampB !== undefined) return stampA < stampB;
  for (let n = pathA[i].nextSibling; n; n = n.nextSibling) if (n === pathB[i]) return true;
  return false;
}

let documentOrder = new WeakMap<Node, number>();

/**
 * Stamps elements (given in document order) so `precedes` compares siblings
 * in constant time. Valid while no stamped node is moved: removing nodes keeps
 * the order of the rest. Call `forgetDocumentOrder` before a stage that moves
 * nodes (Readability does).
 */
export function rememberDocumentOrder(elements: readonly Element[]): void {
  documentOrder = new WeakMap();
  for (let i = 0; i < elements.length; i++) documentOrder.set(elements[i], i);
}

export function forgetDocumentOrder(): void {
  documentOrder = new WeakMap();
}

/** The chain from the root down to `node`, inclusive. */
function ancestorPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) path.push(n);
  return path.reverse();
}

/**
 * The element's text as `textOf` gives it, or null as soon as it is sure to be
 * longer than `maxChars`: a credit line is short, and reading the whole text of
 * every container around the headline to learn that costs the page's size each time.
 */
export function boundedTextOf(root: Element, maxChars: number): string | null {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
      // Collapsed but not trimmed, so a space between two pieces survives; trimming takes at most two more.
      if (text.length > maxChars && (text = text.replace(WHITESPACE_TO_COLLAPSE, ' ')).length > maxChars + 2) return null;
    } else for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const collapsed = collapseWhitespace(text);
  return collapsed.length > maxChars ? null : collapsed;
}

/** Every element under `root` (inclusive) in document order, walked without recursion or generators. */
export function listElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/**
 * The elements of `root` (inclusive) in document order that are neither inside
 * `stop` nor after it: `listElements(root)` cut where `stop` begins. With no
 * `stop`, all of them; with `root` inside `stop` or after it, none.
 */
export function listElementsBefore(root: Element, stop: Element | null): Element[] {
  if (!stop) return listElements(root);
  if (stop.contains(root) || precedes(stop, root)) return [];
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el === stop) break;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** Element count and maximum nesting depth, measured without recursion. */
export function measureTree(root: Element): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, d + 1]);
  }
  return { elements, depth };
}

/** Whether a node is still in its document (linkedom has no `isConnected`). */
export function isAttached(node: Node): boolean {
  let n: Node | null = node;
  while (n.parentNode) n = n.parentNode;
  return n.nodeType === DOCUMENT_NODE;
}
