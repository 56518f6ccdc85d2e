import { collapseWhitespace, countTextWords, TEXT_NODE } from './dom';
import { WORDS_PER_MINUTE } from './tuning';

/**
 * Plain text of the article body: one block element per paragraph, blocks
 * separated by a blank line, `<br>` kept as a line break. Walks iteratively.
 */
// prettier-ignore
const TEXT_BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON']);

export function blockTextOf(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map((l) => collapseWhitespace(l))
      .filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
    current = '';
  };
  // Stack entries: a node to visit, or a marker that closes a block element.
  const stack: Array<Node | 'close-block' | 'cell-gap'> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'close-block') {
      flush();
      continue;
    }
    if (item === 'cell-gap') {
      current += ' ';
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      current += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(el.tagName) || SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const isBlock = TEXT_BLOCKS.has(tag);
    if (isBlock) {
      flush();
      stack.push('close-block');
    } else if (tag === 'TD' || tag === 'TH') {
      stack.push('cell-gap');
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return blocks.join('\n\n');
}

export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  const wordCount = countTextWords(text);
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
