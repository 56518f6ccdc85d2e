import TurndownService from 'turndown';
import { safeImageUrl, safeLinkUrl } from '../domain/clean-url';
import type { Article } from '../extract/types';
import { attributionOf } from './attribution';
import { SKIP } from './blocks';
import { bylineText, dateText } from './common';
import type { FormatContext, MarkdownOptions } from './context';
import { escapeMarkdown, linkDestination } from './md-escape';

/**
 * CommonMark with GFM tables and strikethrough, written by turndown. Our own
 * rules are only the ones an article needs: the title is the one level-1
 * heading, figures keep their captions, links and images are checked and made
 * absolute, cells never break a table row, and every character that came from
 * the article is escaped (turndown leaves `<` alone, which a Markdown reader
 * such as Obsidian would take for HTML).
 */

const ELEMENT = 1;

type TurndownNode = TurndownService.Node;

/**
 * Makes the parsed body ready for turndown: unsafe or relative addresses
 * resolved or dropped, images left out when asked, a table's caption moved
 * before it, and adjacent text joined.
 */
function prepareBody(root: ParentNode, baseUrl: string | null, images: boolean): void {
  const elements = Array.from(root.querySelectorAll('*'));
  for (const el of elements) {
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag)) {
      el.remove();
    } else if (tag === 'A') {
      const href = safeLinkUrl(el.getAttribute('href'), baseUrl);
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    } else if (tag === 'IMG') {
      const src = images ? safeImageUrl(el.getAttribute('src'), baseUrl) : null;
      if (src) el.setAttribute('src', src);
      else el.remove();
    } else if (tag === 'TABLE') {
      liftCaption(el);
    }
  }
  // Some parsers split text at entities ("&lt;tag" + "&gt; ..."); turndown escapes each text node as if it began
  // a line, so joined text keeps a mid-line ">" plain.
  (root as unknown as Node).normalize?.();
}

/** A caption becomes a paragraph before its table: a GFM table has no caption row. */
function liftCaption(table: Element): void {
  const caption = Array.from(table.children).find((child) => child.nodeName.toUpperCase() === 'CAPTION');
  if (!caption) return;
  const paragraph = table.ownerDocument.createElement('p');
  while (caption.firstChild) paragraph.appendChild(caption.firstChild);
  caption.remove();
  table.before(paragraph);
}

/** The table's own rows in order, not those of a table nested in a cell. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

/** A table inside another table's cell: a GFM cell holds one line, so its cells are written as words. */
function isNestedTable(table: Element | null): boolean {
  return !!table?.parentElement?.closest('table');
}

function alignmentMark(cell: Element): string {
  const align = (cell.getAttribute('align') ?? '').toLowerCase();
  if (align === 'center') return ':-:';
  if (align === 'right') return '--:';
  if (align === 'left') return ':--';
  return '---';
}

function textOfNode(node: TurndownNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One converter per call: reference numbers belong to one article. */
function createConverter(options: Required<MarkdownOptions>) {
  const references: string[] = [];
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '* * *',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    br: '\\',
  });
  // Turndown escapes only line-start markers and a few specials; ours also escapes `<`, `~` and entities.
  service.escape = (text: string) => escapeMarkdown(text, true);

  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const level = Math.max(2, Number(node.nodeName.charAt(1)));
      const line = content.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
      return line ? `\n\n${'#'.repeat(level)} ${line}\n\n` : '';
    },
  });

  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let marker = '- ';
      if (parent?.nodeName.toUpperCase() === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        const index = Array.from(parent.children).indexOf(node);
        marker = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const loose = /\n\n\S/.test(content.replace(/^\n+/, '').replace(/\n+$/, ''));
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '');
      const indented = body.replace(/\n(?=.)/g, `\n${' '.repeat(marker.length)}`);
      return `${marker}${indented}${node.nextSibling ? (loose ? '\n\n' : '\n') : ''}`;
    },
  });

  service.addRule('strikethrough', {
    filter: (node) => ['DEL', 'S', 'STRIKE'].includes(node.nodeName.toUpperCase()),
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });

  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const table = (node as unknown as Element).closest('table');
      // A cell outside any table (a lenient parser keeps one) is a block of its own.
      if (!table) return `\n\n${content}\n\n`;
      const line = content.replace(/\\\n/g, ' ').replace(/\n+/g, ' ').trim();
      // The outer cell escapes `|` once for both.
      if (isNestedTable(table)) return ` ${line} `;
      const cell = line.replace(/\|/g, '\\|');
      const first = !(node as unknown as Element).previousElementSibling;
      return `${first ? '| ' : ' '}${cell} |`;
    },
  });

  // The first row is the header (GFM needs one; a table without <th> still has its labels there). Written
  // here rather than with turndown-plugin-gfm, which reads `table.rows`, absent from linkedom.
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = node as unknown as Element;
      const table = row.closest('table');
      if (!table) return `\n\n${content}\n\n`;
      if (isNestedTable(table)) return ` ${content} `;
      const first = ownRows(table)[0] === row;
      const border = first
        ? `\n|${Array.from(row.children)
            .map((cell) => ` ${alignmentMark(cell)} |`)
            .join('')}`
        : '';
      return `\n${content}${border}`;
    },
  });

  service.addRule('tableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });

  service.addRule('table', {
    filter: 'table',
    replacement: (content, node) => {
      if (isNestedTable(node)) return ` ${content.replace(/\s+/g, ' ').trim()} `;
      const rows = content.split('\n').filter((line) => line.trim());
      // A layout table of empty cells (spacers, corner images removed) says nothing.
      if (rows.every((line) => /^[\s|:-]*$/.test(line))) return '';
      return rows.length ? `\n\n${rows.join('\n')}\n\n` : '';
    },
  });

  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      const alt = escapeMarkdown((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      const image = `![${alt}](${linkDestination(el.getAttribute('src') ?? '')})`;
      // In a figure each image is its own paragraph, so the caption reads as the figure's.
      return el.closest('figure') ? `\n\n${image}\n\n` : image;
    },
  });

  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = (node as unknown as Element).getAttribute('href')!;
      const words = textOfNode(node);
      // A bare address (the link's words are its address, or it has none) is an autolink.
      if (!content.trim() || (words === href && !/[<>\s]/.test(href))) return `<${href}>`;
      if (options.linkStyle === 'reference') {
        let n = references.indexOf(href);
        if (n === -1) n = references.push(href) - 1;
        return `[${content}][${n + 1}]`;
      }
      return `[${content}](${linkDestination(href)})`;
    },
  });

  return {
    convert(root: ParentNode): string {
      return service.turndown(root as unknown as TurndownService.Node).trim();
    },
    references(): string {
      return references.map((url, i) => `[${i + 1}]: ${linkDestination(url)}`).join('\n');
    },
  };
}

/** The article body as Markdown (no header). */
export function bodyMarkdown(article: Article, ctx: FormatContext, options: MarkdownOptions = {}): { body: string; references: string } {
  const settings: Required<MarkdownOptions> = { linkStyle: options.linkStyle ?? 'inline', images: options.images ?? true };
  const html = article.contentHtml ?? '';
  if (!html.trim()) return { body: '', references: '' };
  const root = ctx.parseHtml(html);
  if ((root as Node).nodeType !== ELEMENT && (root as Node).nodeType !== 9 && (root as Node).nodeType !== 11) return { body: '', references: '' };
  prepareBody(root, article.url || null, settings.images);
  const converter = createConverter(settings);
  const body = converter.convert(root);
  return { body, references: converter.references() };
}

/**
 * `# Title`, a source line (outlet, author, date, original URL, "via" the
 * aggregator), then the body.
 */
export function formatMarkdown(article: Article, ctx: FormatContext, options: MarkdownOptions = {}): string {
  const attribution = attributionOf(article, ctx);
  const title = article.title.replace(/\s+/g, ' ').trim();
  const meta: string[] = [`Source: ${escapeMarkdown(attribution.outlet ?? 'Unknown outlet')}`];
  const byline = bylineText(article);
  if (byline) meta.push(`By ${escapeMarkdown(byline)}`);
  meta.push(escapeMarkdown(dateText(attribution)));
  if (attribution.urlIsOriginal) {
    meta.push(`<${attribution.url}>`);
    if (attribution.via) meta.push(`via ${escapeMarkdown(attribution.via)}`);
  } else {
    meta.push(`via ${escapeMarkdown(attribution.via ?? '')} <${attribution.url}>`);
  }
  const parts = [`# ${escapeMarkdown(title)}`, meta.join(' · ')];
  const { body, references } = bodyMarkdown(article, ctx, options);
  if (body) parts.push(body);
  if (references) parts.push(references);
  return `${parts.join('\n\n')}\n`;
}
