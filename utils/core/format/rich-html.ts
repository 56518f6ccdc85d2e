import type { Article } from '../extract/types';
import { attributionOf } from './attribution';
import type { Block, Inline } from './blocks';
import { bodyBlocks, bylineText, dateText, escapeHtml } from './common';
import type { FormatContext, RichHtmlOptions } from './context';

/**
 * Small HTML for pasting into editors. It is written from the block tree, not
 * copied from the page: only the tags below exist, the only attributes are
 * `href` (http, https, mailto) and `src`/`alt` (http, https), and every piece
 * of text is escaped. The popup still runs DOMPurify over it.
 */

function inline(content: Inline[]): string {
  return content
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'br':
          return '<br>';
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'image':
          return `<img src="${escapeHtml(node.src)}" alt="${escapeHtml(node.alt)}">`;
        case 'link':
          return `<a href="${escapeHtml(node.href)}">${inline(node.children) || escapeHtml(node.href)}</a>`;
        default:
          return `<${node.type}>${inline(node.children)}</${node.type}>`;
      }
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading': {
      const level = Math.max(2, b.level);
      return `<h${level}>${inline(b.content)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => {
        // An item's leading paragraph is written bare (when only lists follow it) so editors do not space the list out.
        const [first, ...rest] = item;
        const bare = first.type === 'paragraph' && rest.every((b) => b.type === 'list');
        const body = bare ? inline(first.content) + rest.map(block).join('') : item.map(block).join('');
        return `<li>${body}</li>`;
      });
      // `start` is not among the allowed attributes; a list that starts elsewhere is rare in news.
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${b.blocks.map(block).join('')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
    case 'figure': {
      const images = b.images.map((img) => `<img src="${escapeHtml(img.src)}" alt="${escapeHtml(img.alt)}">`).join('');
      if (!images) return b.caption.length ? `<p>${inline(b.caption)}</p>` : '';
      return `<figure>${images}${b.caption.length ? `<figcaption>${inline(b.caption)}</figcaption>` : ''}</figure>`;
    }
    case 'table': {
      const [head, ...rest] = b.rows;
      const row = (cells: Inline[][], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${row(head, 'th')}</thead>${rest.length ? `<tbody>${rest.map((r) => row(r, 'td')).join('')}</tbody>` : ''}</table>`;
    }
    case 'rule':
      return '<hr>';
  }
}

export function formatRichHtml(article: Article, ctx: FormatContext, options: RichHtmlOptions = {}): string {
  const attribution = attributionOf(article, ctx);
  const outlet = escapeHtml(attribution.outlet ?? 'Unknown outlet');
  const link = `<a href="${escapeHtml(attribution.url)}">${attribution.urlIsOriginal ? outlet : escapeHtml(attribution.via ?? '')}</a>`;
  const where = attribution.urlIsOriginal ? `${link}${attribution.via ? `, via ${escapeHtml(attribution.via)}` : ''}` : `${outlet}, via ${link}`;
  const parts = [`<h1>${escapeHtml(article.title.replace(/\s+/g, ' ').trim())}</h1>`];
  const byline = bylineText(article);
  if (byline) parts.push(`<p>By ${escapeHtml(byline)}</p>`);
  parts.push(`<p>Source: ${where}, ${escapeHtml(dateText(attribution))}</p>`);
  parts.push(
    ...bodyBlocks(article, ctx, options.images ?? true)
      .map(block)
      .filter(Boolean),
  );
  return parts.join('\n');
}
