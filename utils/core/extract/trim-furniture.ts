import { collapseWhitespace, countWords, listElements, removeNode, textOf } from './dom';
import { MAX_BARE_STAMP_WORDS, MAX_BYLINE_WORDS, MAX_COPYRIGHT_WORDS, MAX_FURNITURE_CHARS, MAX_STAMP_WORDS, MIN_STORY_PARAGRAPH } from './tuning';

/**
 * After Readability: drop the short furniture lines it keeps at the edges of
 * a story: date stamps ("Updated Nov 19, 6:55 AM"), bylines ("By Jane Doe -
 * 11/18/19"), copyright notices, a print header's bare page address and a
 * ticker's "BREAKING NEWS" label. Only blocks before the first or after
 * the last real paragraph go, so nothing inside the story's text is touched.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)';
const DATE_TOKEN = new RegExp(
  `\\b(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\.? \\d{1,2}|\\d{1,2}\\.? ${MONTH}|\\d{1,2}:\\d{2})\\b`,
  'i',
);
const STAMP_START =
  /^(?:updated|published|posted|last (?:updated|modified)|first published|modified|aktualisiert|veröffentlicht|mis à jour|publié le|actualizado|publicado)\b/i;
// Case spelled out: under the i flag \p{Lu} would match lower case too, and "by the end" is a sentence.
const BYLINE_START = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\s+\p{Lu}/u;
const COPYRIGHT =
  /(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|this (?:document|material|article) (?:is subject to copyright|may not be (?:published|reproduced)))/i;

const EDGE_BLOCKS = new Set(['P', 'DIV', 'SPAN', 'TIME', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'ADDRESS', 'FOOTER', 'HEADER']);
/** Headings the story's own title or subheads may use: at an edge only a ticker label there is furniture. */
const TITLE_HEADINGS = new Set(['H2', 'H3']);
/** A news ticker's label over the story ("BREAKING NEWS", "Developing story"). */
const TICKER_LABEL = /^(?:breaking(?: news)?|developing(?: story)?|live(?: updates?)?|just in|eilmeldung|dernière minute|última hora|urgente)$/i;
/** A print header's copy of the page address, alone on its line. */
const BARE_URL = /^https?:\/\/\S+$/i;
const INLINE_TAGS = new Set(['SPAN', 'TIME', 'SMALL']);
const LIST_OR_TABLE = new Set(['LI', 'UL', 'OL', 'DL', 'TABLE']);

export function trimEdgeFurniture(content: Element): void {
  const all = listElements(content);
  const position = new Map<Element, number>();
  for (let i = 0; i < all.length; i++) position.set(all[i], i);
  const firstIndex = all.findIndex(isStoryParagraph);
  if (firstIndex < 0) return;
  let lastIndex = all.length - 1;
  while (lastIndex > firstIndex && !isStoryParagraph(all[lastIndex])) lastIndex--;
  if (lastIndex === firstIndex) return;
  // Positions, not sibling walks: comparing each block with the story's edges by walking siblings is quadratic on long stories.
  const subtreeEnd = subtreeEnds(all, position);
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!EDGE_BLOCKS.has(el.tagName)) continue;
    // `all` is in document order, so a block before the first paragraph that does not hold it lies wholly before it.
    const before = i < firstIndex && subtreeEnd[i] < firstIndex;
    const after = i > subtreeEnd[lastIndex];
    if (!before && !after) continue;
    const text = collapseWhitespace(el.textContent);
    if (!text || text.length > MAX_FURNITURE_CHARS || isInList(el)) continue;
    // An inline element counts only when it stands alone in its block, not inside a sentence or a reference.
    if (INLINE_TAGS.has(el.tagName) && collapseWhitespace(el.parentElement?.textContent) !== text) continue;
    if (TITLE_HEADINGS.has(el.tagName) ? TICKER_LABEL.test(text) : isFurniture(text, after)) removeNode(el);
  }
}

function isStoryParagraph(el: Element): boolean {
  return el.tagName === 'P' && textOf(el).length >= MIN_STORY_PARAGRAPH;
}

/** For each element of `all` (pre-order), the position of its last descendant: its subtree is `all[i..end]`. */
function subtreeEnds(all: readonly Element[], position: ReadonlyMap<Element, number>): number[] {
  const ends = new Array<number>(all.length);
  for (let i = all.length - 1; i >= 0; i--) {
    const lastChild = all[i].lastElementChild;
    ends[i] = lastChild ? ends[position.get(lastChild)!] : i;
  }
  return ends;
}

function isInList(el: Element): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (LIST_OR_TABLE.has(n.tagName)) return true;
  return false;
}

function isFurniture(text: string, atEnd: boolean): boolean {
  const words = countWords(text);
  const sentence = /[.!?]["”’]?$/.test(text);
  if (words <= MAX_STAMP_WORDS && DATE_TOKEN.test(text) && (STAMP_START.test(text) || (words <= MAX_BARE_STAMP_WORDS && !sentence))) return true;
  if (words <= MAX_BYLINE_WORDS && BYLINE_START.test(text) && !sentence) return true;
  if (atEnd && words <= MAX_COPYRIGHT_WORDS && COPYRIGHT.test(text)) return true;
  if (BARE_URL.test(text) || TICKER_LABEL.test(text)) return true;
  return false;
}
