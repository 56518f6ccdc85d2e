import type { Article } from '../extract/types';
import { attributionOf, type Attribution } from './attribution';
import { directName, initialsOf, invertedName, withPeriod, type Contributor, type Person } from './authors';
import { contributorsOf, dateText, escapeHtml } from './common';
import type { FormatContext } from './context';
import { formatApaDate, formatChicagoDate, formatIsoDate, formatLongDate, formatMlaDate } from './dates';
import { escapeMarkdown } from './markdown';
import { headlineCase, isEnglish } from './title-case';

/**
 * Citations of a news article on a website, crediting the original outlet.
 *
 * One call returns every rendering of the same citation, so callers never
 * rebuild italics: `text` is plain (italics dropped, never faked with
 * asterisks or underscores), `html` marks them with <i> and links the URL,
 * `markdown` marks them with *...*.
 *
 * Decisions, per manual:
 * - APA 7 (10.16 "webpage on a news website"): Author. (Date). *Title*. Site. URL
 *   The title is italic and the site is not: we cannot tell a newspaper's site
 *   from an online-only outlet, and the news-website form is APA's rule for
 *   articles read on the web (BBC News, CNN, HuffPost, Reuters...). With no
 *   person credited, the outlet is the group author (APA 9.11) and, being the
 *   same as the site, the site name is dropped; only when no outlet is known
 *   does the title move to the author position. No retrieval date: APA 7 (9.16)
 *   wants one only for pages designed to change, and a news story is not. The
 *   aggregator is left out when we cite the original URL (APA 9.30: give the
 *   freely available original, not where it was found); when only the
 *   aggregator's URL is known it is named as the site the page is on.
 * - MLA 9: Author. "Title." *Outlet*, 6 June 2025, URL. The outlet is never also
 *   the author (MLA 2.1.3: start with the title). The aggregator is a second
 *   container, *Daily8*; it takes the URL only when the original is unknown.
 *   "Accessed ..." closes the entry when there is no publication date. URLs keep
 *   their https:// (MLA 9 leaves that to the writer) so they stay clickable.
 * - Chicago 17 (notes-bibliography, bibliography entry): Last, First. "Title."
 *   *Outlet*, June 6, 2025. URL. With no author the entry starts with the title
 *   (CMOS 14.75 for works without author; 14.207 would allow the outlet in that
 *   slot, but the title keeps MLA and Chicago entries alike). Access date only
 *   when there is no publication date, before the URL (14.12). Aggregator as APA.
 * - MLA and Chicago titles get headline-style capitalization when the article
 *   is in English (see title-case.ts); APA keeps the published casing, since
 *   sentence-casing would need to know which words are names.
 */

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'markdown';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago', 'bibtex', 'markdown'];

export interface Citation {
  /** Plain text, no italics. For `markdown` the Markdown line; for `bibtex` the entry. */
  text: string;
  /** HTML with <i> for italics and the URL linked; all text escaped. */
  html: string;
  /** Markdown with *italics*. */
  markdown: string;
}

type Segment = { kind: 'text'; value: string } | { kind: 'italic'; value: string } | { kind: 'url'; value: string };

const t = (value: string): Segment => ({ kind: 'text', value });
const i = (value: string): Segment => ({ kind: 'italic', value });
const u = (value: string): Segment => ({ kind: 'url', value });

function render(segments: Segment[]): Citation {
  const text = segments.map((s) => s.value).join('');
  const html = segments
    .map((s) =>
      s.kind === 'italic' ? `<i>${escapeHtml(s.value)}</i>` : s.kind === 'url' ? `<a href="${escapeHtml(s.value)}">${escapeHtml(s.value)}</a>` : escapeHtml(s.value),
    )
    .join('');
  const markdown = segments
    .map((s, n) => (s.kind === 'italic' ? `*${escapeMarkdown(s.value)}*` : s.kind === 'url' ? s.value : escapeMarkdown(s.value, n === 0)))
    .join('');
  return { text, html, markdown };
}

function cleanTitle(article: Article): string {
  return article.title.replace(/\s+/g, ' ').trim() || 'Untitled';
}

/** Double quotation marks inside a quoted text become single ones (MLA 6.9, CMOS 6.11). */
function singleInnerQuotes(text: string): string {
  let open = true;
  return text.replace(/[“”"]/g, (c) => {
    if (c === '“') return '‘';
    if (c === '”') return '’';
    const out = open ? '‘' : '’';
    open = !open;
    return out;
  });
}

/** A title in quotation marks with the period inside, unless it ends in ? or !. */
function quotedTitle(title: string): string {
  return `“${withPeriod(singleInnerQuotes(title))}”`;
}

function headline(article: Article, style: 'mla' | 'chicago'): string {
  const title = cleanTitle(article);
  return isEnglish(article.lang) ? headlineCase(title, style) : title;
}

// ---------------------------------------------------------------- APA 7

function apaName(c: Contributor): string {
  if (c.kind === 'org') return c.name;
  const initials = initialsOf(c.given);
  const base = initials ? `${c.family}, ${initials}` : c.family;
  return c.suffix ? `${base}, ${c.suffix}` : base;
}

/** APA 7 (9.8): one; "A, & B"; up to 20 with "&" before the last; 21 or more: 19, ". . .", the last. */
function apaAuthors(list: Contributor[]): string {
  const names = list.map(apaName);
  if (names.length === 1) return names[0];
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
}

function apa(article: Article, a: Attribution, contributors: Contributor[]): Segment[] {
  const title = cleanTitle(article);
  const date = a.published ? `(${formatApaDate(a.published)}).` : '(n.d.).';
  const out: Segment[] = [];
  let siteIsAuthor = false;
  if (contributors.length) out.push(t(`${withPeriod(apaAuthors(contributors))} ${date} `));
  else if (a.outlet) {
    out.push(t(`${withPeriod(a.outlet)} ${date} `));
    siteIsAuthor = true;
  }
  if (out.length) out.push(i(title), t(/[.?!]$/.test(title) ? ' ' : '. '));
  else out.push(i(title), t(`${/[.?!]$/.test(title) ? '' : '.'} ${date} `));
  if (a.outlet && !siteIsAuthor) out.push(t(`${withPeriod(a.outlet)} `));
  if (!a.urlIsOriginal && a.via) out.push(t(`${withPeriod(a.via)} `));
  out.push(u(a.url));
  return out;
}

// ---------------------------------------------------------------- MLA 9

/** MLA 9 (2.1.1): "Last, First."; "Last, First, and First Last."; "Last, First, et al." */
function mlaAuthors(list: Contributor[]): string {
  const first = list[0].kind === 'person' ? invertedName(list[0]) : list[0].name;
  if (list.length === 1) return first;
  if (list.length === 2) return `${first}, and ${list[1].kind === 'person' ? directName(list[1]) : list[1].name}`;
  return `${first}, et al`;
}

function mla(article: Article, a: Attribution, contributors: Contributor[]): Segment[] {
  const out: Segment[] = [];
  if (contributors.length) out.push(t(`${withPeriod(mlaAuthors(contributors))} `));
  out.push(t(`${quotedTitle(headline(article, 'mla'))} `));
  // Container 1: the outlet, its date, and the URL when it is the outlet's own.
  const first: Segment[][] = [];
  if (a.outlet) first.push([i(a.outlet)]);
  if (a.published) first.push([t(formatMlaDate(a.published))]);
  if (a.urlIsOriginal) first.push([u(a.url)]);
  const containers = [first];
  // Container 2: the aggregator the page was read on.
  if (a.via) containers.push(a.urlIsOriginal ? [[i(a.via)]] : [[i(a.via)], [u(a.url)]]);
  else if (!a.urlIsOriginal) first.push([u(a.url)]);
  const written = containers.filter((c) => c.length);
  written.forEach((container, n) => {
    container.forEach((element, k) => {
      out.push(...element);
      if (k < container.length - 1) out.push(t(', '));
    });
    out.push(t(n < written.length - 1 ? '. ' : '.'));
  });
  if (!a.published) out.push(t(` Accessed ${formatMlaDate(a.accessed)}.`));
  return out;
}

// ---------------------------------------------------------------- Chicago 17

/** CMOS 17 (14.76): all up to ten; more than ten: the first seven and "et al." */
function chicagoAuthors(list: Contributor[]): string {
  const name = (c: Contributor, n: number) => (c.kind === 'org' ? c.name : n === 0 ? invertedName(c) : directName(c));
  if (list.length === 1) return name(list[0], 0);
  if (list.length > 10) return `${list.slice(0, 7).map(name).join(', ')}, et al`;
  const names = list.map(name);
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

function chicago(article: Article, a: Attribution, contributors: Contributor[]): Segment[] {
  const out: Segment[] = [];
  if (contributors.length) out.push(t(`${withPeriod(chicagoAuthors(contributors))} `));
  out.push(t(`${quotedTitle(headline(article, 'chicago'))} `));
  if (a.outlet) {
    out.push(i(a.outlet));
    out.push(t(a.published ? `, ${formatChicagoDate(a.published)}. ` : '. '));
  } else if (a.published) out.push(t(`${formatChicagoDate(a.published)}. `));
  if (!a.published) out.push(t(`Accessed ${formatChicagoDate(a.accessed)}. `));
  if (!a.urlIsOriginal && a.via) out.push(t(`${withPeriod(a.via)} `));
  out.push(u(a.url), t('.'));
  return out;
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

/**
 * Braces keep capitals through styles that sentence-case titles. In a
 * sentence-case title (most titles, and other languages) every capitalized
 * word after the first is a name or a German noun, so it is protected; in an
 * English Title Case headline only acronyms and words like "iPhone" are,
 * so a style may still lower the rest.
 */
function protectCase(escaped: string, lang: string | null): string {
  const words = escaped.split(' ');
  const letters = words.slice(1).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 3);
  const titleCase = isEnglish(lang) && letters.length > 0 && letters.filter((w) => /^\p{Lu}/u.test(w)).length / letters.length >= 0.7;
  return words
    .map((word, n) => {
      const letters = word.replace(/\\[a-z]+\{\}|\\./gi, '');
      const inner = /\p{L}\p{Lu}|\p{Lu}{2}/u.test(letters.replace(/[^\p{L}]/gu, ''));
      const initial = /\p{Lu}/u.test(letters);
      if (!(inner || (!titleCase && n > 0 && initial))) return word;
      // Punctuation around the word stays outside the braces: "{AT\&T}:", "({NASA})".
      const [, lead, core, trail] = /^([("“‘'[]*)(.*?)([)"”’',.:;!?\]]*)$/u.exec(word)!;
      return core ? `${lead}{${core}}${trail}` : word;
    })
    .join(' ');
}

const ASCII_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', þ: 'th', Þ: 'th', ı: 'i' };

/** Lowercase ASCII letters and digits only: diacritics stripped (NFKD), the rest dropped. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[ßæÆøØœŒłŁđĐþÞı]/g, (c) => ASCII_FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const KEY_STOPWORDS = new Set(['a', 'an', 'the', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'l', 'un', 'une', 'el', 'los', 'las', 'il', 'lo', 'gli', 'o', 'os', 'de', 'het', 'een']);

/** `businessinsider2025ukraine`: first author's family name (else the outlet), year (or nd), first significant title word. */
export function bibtexKey(article: Article, a: Attribution, contributors: Contributor[]): string {
  const lead = contributors[0];
  const who = asciiSlug(lead ? (lead.kind === 'person' ? lead.family : lead.name) : a.outlet ?? '') || 'anon';
  const year = a.published ? String(a.published.year) : 'nd';
  const words = cleanTitle(article).split(/[\s'’-]+/).map(asciiSlug).filter(Boolean);
  const word = words.find((w) => !KEY_STOPWORDS.has(w)) ?? words[0] ?? '';
  return `${who}${year}${word}`;
}

function bibtexName(c: Contributor): string {
  if (c.kind === 'org') return `{${escapeBibtex(c.name)}}`;
  const p: Person = c;
  const family = escapeBibtex(p.family);
  if (!p.given) return p.suffix ? `{${family}}, ${escapeBibtex(p.suffix)}` : family;
  return p.suffix ? `${family}, ${escapeBibtex(p.suffix)}, ${escapeBibtex(p.given)}` : `${family}, ${escapeBibtex(p.given)}`;
}

function bibtex(article: Article, a: Attribution, contributors: Contributor[]): string {
  const fields: [string, string][] = [];
  if (contributors.length) fields.push(['author', contributors.map(bibtexName).join(' and ')]);
  fields.push(['title', protectCase(escapeBibtex(cleanTitle(article)), article.lang)]);
  if (a.outlet) fields.push(['organization', escapeBibtex(a.outlet)]);
  if (a.published) fields.push(['date', formatIsoDate(a.published)]);
  // url is a verbatim field: no escaping, only braces encoded so the entry stays balanced.
  fields.push(['url', a.url.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D'))]);
  fields.push(['urldate', formatIsoDate(a.accessed)]);
  if (a.via) fields.push(['note', `via ${escapeBibtex(a.via)}`]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@online{${bibtexKey(article, a, contributors)},\n${body}\n}`;
}

// ---------------------------------------------------------------- Markdown link line

function markdownLine(article: Article, a: Attribution): Citation {
  const title = cleanTitle(article);
  const when = a.published ? formatLongDate(a.published) : dateText(a);
  const tail = `${[a.outlet, when].filter(Boolean).join(', ')}${a.via ? ` (via ${a.via})` : ''}`;
  const markdown = `[${escapeMarkdown(title)}](${a.url.replace(/[ ()<>]/g, encodeURIComponent)}) — ${escapeMarkdown(tail)}`;
  return { text: markdown, markdown, html: `<a href="${escapeHtml(a.url)}">${escapeHtml(title)}</a> — ${escapeHtml(tail)}` };
}

export function formatCitation(article: Article, style: CitationStyle, ctx: FormatContext): Citation {
  const a = attributionOf(article, ctx);
  const contributors = contributorsOf(article);
  switch (style) {
    case 'apa':
      return render(apa(article, a, contributors));
    case 'mla':
      return render(mla(article, a, contributors));
    case 'chicago':
      return render(chicago(article, a, contributors));
    case 'bibtex': {
      const text = bibtex(article, a, contributors);
      return { text, html: `<pre>${escapeHtml(text)}</pre>`, markdown: `\`\`\`bibtex\n${text}\n\`\`\`` };
    }
    case 'markdown':
      return markdownLine(article, a);
    default:
      throw new RangeError(`Unknown citation style: ${String(style)}`);
  }
}

/**
 * A quotation from the article followed by its citation: for "Copy with
 * citation" on a selection. The quote is collapsed to one line and set in
 * double quotation marks (quotes inside it become single ones).
 */
export function formatQuoteWithCitation(selection: string, article: Article, style: CitationStyle, ctx: FormatContext): Citation {
  const quote = selection.replace(/\s+/g, ' ').trim();
  const citation = formatCitation(article, style, ctx);
  if (!quote) return citation;
  const quoted = `“${singleInnerQuotes(quote)}”`;
  return {
    text: `${quoted}\n\n${citation.text}`,
    html: `<blockquote>${escapeHtml(quoted)}</blockquote>\n${style === 'bibtex' ? citation.html : `<p>${citation.html}</p>`}`,
    markdown: `> ${escapeMarkdown(quoted, true)}\n\n${citation.markdown}`,
  };
}
