/**
 * Headline-style capitalization for MLA and Chicago (MLA 9 §1.2, CMOS 8.159).
 * Only lowercase letters are ever raised, so proper nouns and acronyms a
 * sentence-case headline already capitalizes survive, and no word is lowered:
 * turning "Ukraine Has Accused ..." into sentence case would need to know
 * which words are names, so APA keeps the published casing instead.
 * Applied to English titles only: other languages keep their own rules
 * (German nouns, French sentence case), as both manuals ask.
 */

const ARTICLES = ['a', 'an', 'the'];
const PREPOSITIONS = [
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind',
  'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'during', 'except', 'for', 'from',
  'in', 'inside', 'into', 'like', 'near', 'of', 'on', 'onto', 'outside', 'past', 'per', 'since', 'than',
  'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'upon', 'versus',
  'via', 'vs.', 'with', 'within', 'without',
  // Left out on purpose: up, down, out, off, over. Headlines mostly use them as
  // verb particles ("Markets Shut Down"), which both manuals capitalize.
];
/** MLA lowercases all coordinating conjunctions; CMOS 8.159 lists and, but, for, or, nor (so and yet capitalized). */
const MLA_MINOR = new Set([...ARTICLES, ...PREPOSITIONS, 'and', 'but', 'for', 'nor', 'or', 'so', 'yet']);
const CHICAGO_MINOR = new Set([...ARTICLES, ...PREPOSITIONS, 'and', 'but', 'for', 'nor', 'or', 'as']);

function capitalize(word: string): string {
  const chars = Array.from(word);
  const first = chars.findIndex((c) => /\p{L}/u.test(c));
  if (first === -1 || chars[first] !== chars[first].toLocaleLowerCase()) return word;
  chars[first] = chars[first].toLocaleUpperCase();
  return chars.join('');
}

export function isEnglish(lang: string | null | undefined): boolean {
  return !!lang && /^en(?:-|$)/i.test(lang.trim());
}

export function headlineCase(title: string, style: 'mla' | 'chicago'): string {
  const minor = style === 'mla' ? MLA_MINOR : CHICAGO_MINOR;
  const parts = title.split(/(\s+)/);
  const wordIndexes = parts.map((p, i) => (/\S/.test(p) ? i : -1)).filter((i) => i !== -1);
  const firstWord = wordIndexes[0];
  const lastWord = wordIndexes[wordIndexes.length - 1];
  let afterBreak = true;
  for (const i of wordIndexes) {
    const word = parts[i];
    // Leave alone anything that is not plain lowercase prose: URLs, handles, "iPhone", "eBay".
    const plain = !/[@/\\]|\.\w/.test(word) && !/^\P{L}*\p{Ll}+\p{Lu}/u.test(word);
    if (plain) {
      const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').toLowerCase();
      const forced = i === firstWord || i === lastWord || afterBreak;
      parts[i] = word
        .split('-')
        .map((piece, k) => {
          const pieceCore = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').toLowerCase();
          const isMinor = k === 0 ? minor.has(core) && !core.includes('-') : minor.has(pieceCore);
          return (k === 0 && forced) || !isMinor ? capitalize(piece) : piece;
        })
        .join('-');
    }
    afterBreak = /[:?!—–]$/.test(word) || word === '-' || word === '—' || word === '–';
  }
  return parts.join('');
}
