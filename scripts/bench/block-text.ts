import { parseHtmlDocument } from '../../cli/load-page';

/**
 * Text of an HTML fragment with a line break at every block boundary.
 * `textContent` glues "end.</p><p>Next" into one token "endNext", which costs
 * an extractor shingles it really got right; this is the text a reader sees.
 */

// prettier-ignore
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Walks without recursion so that a 5,000-deep page cannot overflow the stack. */
export function blockTextOf(root: Node): string {
  const parts: string[] = [];
  // Each stack entry is a node to enter, or a marker to close a block after its children.
  const stack: Array<Node | 'close'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'close') {
      parts.push('\n');
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push(item.nodeValue ?? '');
      continue;
    }
    let isBlock = false;
    if (item.nodeType === ELEMENT_NODE) {
      const tag = (item as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) {
        parts.push('\n');
        stack.push('close');
      }
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return normalizeLines(parts.join(''));
}

/** Collapses spaces inside lines and drops empty lines. */
export function normalizeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Block-separated text of an HTML string (Readability's `content`, a test's `expected.html`). */
export function blockTextOfHtml(html: string | null | undefined): string {
  if (!html) return '';
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return blockTextOf(doc.body ?? doc.documentElement);
}

/** For leak checks: one line, single spaces, lower case. */
export function collapseForSearch(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
