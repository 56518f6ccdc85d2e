import { attributionOf } from './attribution';
import type { CitableArticle } from './citable';
import { dateText, escapeHtml } from './common';
import type { FormatContext } from './context';
import { renderEntry, type LocaleSource } from './csl-engine';
import { buildCslItem, type CslItem } from './csl-item';
import { isCslStyleName, isPlainOutput, type CitationStyle, type CslStyleName } from './csl-styles';
import { formatLongDate } from './dates';
import { toBibtex, toCslJson, toRis } from './exports';
import { escapeMarkdown, linkDestination } from './md-escape';

/**
 * Citations of an article's ORIGINAL, all from one CSL item (csl-item.ts):
 * the five styles through citeproc-js with the official CSL styles, the
 * exports for reference managers, and the project's own Markdown link line.
 *
 * One call returns every rendering, so callers never rebuild italics: `text`
 * is citeproc's plain-text output unchanged, `html` its HTML output (the
 * style's italics, for rich copy), `markdown` the HTML's italics as *...*.
 */

export { CITATION_STYLES, isCitationStyle, isPlainOutput, type CitationStyle, type CslStyleName, type ExportFormat } from './csl-styles';

export interface Citation {
  /** Plain text. For the exports the record itself; for `markdown` the Markdown line. */
  text: string;
  /** HTML with the style's italics; all text escaped. */
  html: string;
  /** Markdown with *italics*. */
  markdown: string;
}

/** The CSL files the engine renders with: the caller reads them (from disk, or loaded on demand in the popup). */
export interface CslAssets {
  /** The XML of a bundled style. */
  style(name: CslStyleName): string;
  locale: LocaleSource;
  /** The CSL locale to render in; default `en-US`. */
  lang?: string;
}

function assetsOf(ctx: FormatContext): CslAssets {
  if (!ctx.csl) throw new Error('The citation styles are not loaded.');
  return ctx.csl;
}

export function cslItemOf(article: CitableArticle, ctx: Pick<FormatContext, 'accessedAt' | 'timeZone'>): CslItem {
  return buildCslItem(article, { accessedAt: ctx.accessedAt, timeZone: ctx.timeZone });
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#38;': '&',
  '&#60;': '<',
  '&#62;': '>',
  '&#39;': "'",
  '&apos;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos|#38|#60|#62|#39);/g, (e) => ENTITIES[e]);
}

/** citeproc's HTML entry as Markdown: italics and bold kept, every other tag dropped, text escaped. */
export function entryMarkdown(html: string): string {
  let out = '';
  let first = true;
  for (const part of html.split(/(<[^>]+>)/)) {
    if (!part) continue;
    if (part.startsWith('<')) {
      if (/^<\/?i\b/.test(part)) out += '*';
      else if (/^<\/?b\b/.test(part)) out += '**';
      continue;
    }
    out += escapeMarkdown(decodeEntities(part), first);
    first = false;
  }
  return out;
}

/** An entry rendered with any CSL 1.0 style (a bundled one or the reader's own file). */
export function citeWithStyle(article: CitableArticle, styleXml: string, ctx: FormatContext): Citation {
  const assets = assetsOf(ctx);
  const item = cslItemOf(article, ctx);
  const entry = renderEntry(styleXml, item, { locale: assets.lang, locales: assets.locale });
  return { text: entry.text, html: entry.html, markdown: entryMarkdown(entry.html) };
}

function exportCitation(text: string, lang: string): Citation {
  return { text, html: `<pre>${escapeHtml(text)}</pre>`, markdown: `\`\`\`${lang}\n${text}\n\`\`\`` };
}

/** `[Title](url) — Outlet, 6 June 2025 (via Daily8)`: the project's own line, not a style. */
function markdownLine(article: CitableArticle, ctx: FormatContext): Citation {
  const a = attributionOf(article, ctx);
  const title = article.title.replace(/\s+/g, ' ').trim() || 'Untitled';
  const when = a.published ? formatLongDate(a.published) : dateText(a);
  const tail = `${[a.outlet, when].filter(Boolean).join(', ')}${a.via ? ` (via ${a.via})` : ''}`;
  const markdown = `[${escapeMarkdown(title)}](${linkDestination(a.url)}) — ${escapeMarkdown(tail)}`;
  return { text: markdown, markdown, html: `<a href="${escapeHtml(a.url)}">${escapeHtml(title)}</a> — ${escapeHtml(tail)}` };
}

export function formatCitation(article: CitableArticle, style: CitationStyle, ctx: FormatContext): Citation {
  if (isCslStyleName(style)) return citeWithStyle(article, assetsOf(ctx).style(style), ctx);
  switch (style) {
    case 'bibtex':
      return exportCitation(toBibtex(cslItemOf(article, ctx)), 'bibtex');
    case 'ris':
      return exportCitation(toRis(cslItemOf(article, ctx)), 'ris');
    case 'csl-json':
      return exportCitation(toCslJson(cslItemOf(article, ctx)), 'json');
    case 'markdown':
      return markdownLine(article, ctx);
    default:
      throw new RangeError(`Unknown citation style: ${String(style)}`);
  }
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

/**
 * A quotation from the article followed by its citation: for "Copy with
 * citation" on a selection. The quote is collapsed to one line and set in
 * double quotation marks (quotes inside it become single ones).
 */
export function formatQuoteWithCitation(selection: string, article: CitableArticle, style: CitationStyle, ctx: FormatContext): Citation {
  const quote = selection.replace(/\s+/g, ' ').trim();
  const citation = formatCitation(article, style, ctx);
  if (!quote) return citation;
  const quoted = `“${singleInnerQuotes(quote)}”`;
  return {
    text: `${quoted}\n\n${citation.text}`,
    html: `<blockquote>${escapeHtml(quoted)}</blockquote>\n${isPlainOutput(style) ? citation.html : `<p>${citation.html}</p>`}`,
    markdown: `> ${escapeMarkdown(quoted, true)}\n\n${citation.markdown}`,
  };
}
