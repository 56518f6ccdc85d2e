import { dateParts, type CslItem, type CslName } from './csl-item';

/**
 * The item for reference managers: CSL-JSON (Zotero, pandoc, Obsidian), RIS
 * (Zotero, Mendeley, EndNote) and BibLaTeX. All three are written from the
 * same CSL item the styles render, so they carry the same outlet, URL and dates.
 */

/** CSL-JSON: an array holding the one item, as citeproc-js, pandoc and Zotero read it. */
export function toCslJson(item: CslItem): string {
  // Date parts on one line (`[[2025, 6, 6]]`), as people write them, rather than one number a line.
  return JSON.stringify([item], null, 2).replace(
    /\[\s*\[([\d\s,-]+)\]\s*\]/g,
    (_, parts: string) =>
      `[[${parts
        .trim()
        .split(/\s*,\s*/)
        .join(', ')}]]`,
  );
}

// ---------------------------------------------------------------- RIS

/** RIS reference types: newspaper article, magazine article, web page. */
const RIS_TYPE: Record<CslItem['type'], string> = { 'article-newspaper': 'NEWS', 'article-magazine': 'MGZN', webpage: 'ELEC' };

/** A tag's value on one line: RIS has no escaping, so line breaks become spaces. */
function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/[\r\n]+/g, ' ').trim()}`;
}

function risDate(date: CslItem['issued']): string | null {
  const d = dateParts(date);
  if (!d) return null;
  const pad = (n: number | null) => (n === null ? '' : String(n).padStart(2, '0'));
  return `${String(d.year).padStart(4, '0')}/${pad(d.month)}/${pad(d.day)}/`;
}

function risName(name: CslName): string {
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/**
 * One RIS record. `T2` is the outlet, `DP` ("database provider") the
 * aggregator the page was read on, `DA` the full date and `PY` the year,
 * `Y2` the access date. Lines end with LF; Zotero, Mendeley and EndNote all read it.
 */
export function toRis(item: CslItem): string {
  const lines = [risLine('TY', RIS_TYPE[item.type])];
  lines.push(risLine('TI', item.title));
  if (item['container-title']) lines.push(risLine('T2', item['container-title']));
  for (const name of item.author ?? []) lines.push(risLine('AU', risName(name)));
  const issued = dateParts(item.issued);
  if (issued) {
    lines.push(risLine('DA', risDate(item.issued)!));
    lines.push(risLine('PY', String(issued.year).padStart(4, '0')));
  }
  lines.push(risLine('UR', item.URL));
  lines.push(risLine('Y2', risDate(item.accessed)!));
  if (item.source) lines.push(risLine('DP', item.source));
  if (item.publisher) lines.push(risLine('PB', item.publisher));
  if (item.language) lines.push(risLine('LA', item.language));
  lines.push('ER  - ');
  return lines.join('\n');
}

// ---------------------------------------------------------------- BibLaTeX

/** Escapes BibTeX/LaTeX specials. Lone braces become \textbraceleft{} so the field's own braces stay balanced. */
export function escapeBibtex(text: string): string {
  let depth = 0;
  let balanced = true;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) balanced = false;
  }
  balanced &&= depth === 0;
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      case '{':
        return balanced ? '\\{' : '\\textbraceleft{}';
      case '}':
        return balanced ? '\\}' : '\\textbraceright{}';
      default:
        return `\\${c}`;
    }
  });
}

/** An article without a language is taken for English, as citeproc does when it title-cases. */
function isEnglish(lang: string | undefined): boolean {
  return !lang || /^en\b/i.test(lang);
}

/** Share of capitalized words (after the first) above which an English headline counts as Title Case. */
const TITLE_CASE_SHARE = 0.7;

/**
 * Braces keep capitals through styles that sentence-case titles. In a
 * sentence-case title (most titles, and other languages) every capitalized
 * word after the first is a name or a German noun, so it is protected; in an
 * English Title Case headline only acronyms and words like "iPhone" are,
 * so a style may still lower the rest.
 */
function protectCase(escaped: string, lang: string | undefined): string {
  const words = escaped.split(' ');
  const long = words
    .slice(1)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 3);
  const titleCase = isEnglish(lang) && long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
  return words
    .map((word, n) => {
      const letters = word.replace(/\\[a-z]+\{\}|\\./gi, '').replace(/[^\p{L}]/gu, '');
      const inner = /\p{L}\p{Lu}|\p{Lu}{2}/u.test(letters);
      if (!(inner || (!titleCase && n > 0 && /\p{Lu}/u.test(letters)))) return word;
      // Punctuation around the word stays outside the braces: "{AT\&T}:", "({NASA})".
      const [, lead, core, trail] = /^([("“‘'[]*)(.*?)([)"”’',.:;!?\]]*)$/u.exec(word)!;
      return core ? `${lead}{${core}}${trail}` : word;
    })
    .join(' ');
}

const ASCII_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

/** Lowercase ASCII letters and digits only: diacritics stripped (NFKD), the rest dropped. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[ßæÆøØœŒłŁđĐþÞı]/g, (c) => ASCII_FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const KEY_STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
  'o',
  'os',
  'de',
  'het',
  'een',
]);

/** `businessinsider2025ukraine`: first author's family name (else the outlet), year (or nd), first significant title word. */
export function bibtexKey(item: CslItem): string {
  const who = asciiSlug(item.author?.[0]?.family ?? item['container-title'] ?? '') || 'anon';
  const year = dateParts(item.issued)?.year ?? 'nd';
  const words = item.title
    .split(/[\s'’-]+/)
    .map(asciiSlug)
    .filter(Boolean);
  const word = words.find((w) => !KEY_STOPWORDS.has(w)) ?? words[0] ?? '';
  return `${who}${year}${word}`;
}

function bibtexName(name: CslName): string {
  const family = escapeBibtex(name.family);
  // A family name with spaces ("von der Leyen", a CJK name) is braced so BibTeX does not split it.
  const fam = /\s/.test(name.family) && !/^\p{Ll}/u.test(name.family) ? `{${family}}` : family;
  if (!name.given) return name.suffix ? `${fam}, ${escapeBibtex(name.suffix)}, ` : fam;
  return name.suffix ? `${fam}, ${escapeBibtex(name.suffix)}, ${escapeBibtex(name.given)}` : `${fam}, ${escapeBibtex(name.given)}`;
}

function isoDate(date: CslItem['issued']): string | null {
  const d = dateParts(date);
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = String(d.year).padStart(4, '0');
  if (d.month !== null) out += `-${pad(d.month)}`;
  if (d.month !== null && d.day !== null) out += `-${pad(d.day)}`;
  return out;
}

/**
 * One BibLaTeX entry: `@article` with `journaltitle` and `entrysubtype` for a
 * newspaper or magazine story, `@online` for a web page. The aggregator goes
 * in `note` ("via Daily8"): BibLaTeX has no field for where a copy was read.
 */
export function toBibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author?.length) fields.push(['author', item.author.map(bibtexName).join(' and ')]);
  fields.push(['title', protectCase(escapeBibtex(item.title), item.language)]);
  const outlet = item['container-title'] ? escapeBibtex(item['container-title']) : null;
  const online = item.type === 'webpage' || !outlet;
  if (outlet) fields.push(online ? ['organization', outlet] : ['journaltitle', outlet]);
  if (!online) fields.push(['entrysubtype', item.type === 'article-magazine' ? 'magazine' : 'newspaper']);
  const issued = isoDate(item.issued);
  if (issued) fields.push(['date', issued]);
  // url is a verbatim field: no escaping, only braces encoded so the entry stays balanced.
  fields.push(['url', item.URL.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D'))]);
  fields.push(['urldate', isoDate(item.accessed)!]);
  if (item.publisher) fields.push(['publisher', escapeBibtex(item.publisher)]);
  if (item.source) fields.push(['note', `via ${escapeBibtex(item.source)}`]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@${online ? 'online' : 'article'}{${bibtexKey(item)},\n${body}\n}`;
}
