import type { Article } from '../extract/types';
import { attributionOf } from './attribution';
import { plainText, type Block, type Inline } from './blocks';
import { bodyBlocks, bylineText, dateText } from './common';
import type { FormatContext } from './context';

/**
 * Plain text: the title, "By ..." when people are credited, the body with one
 * blank line between blocks (the items of one list on consecutive lines, each
 * with "- " or "1. "), and a closing source line. No markup is faked: emphasis
 * is dropped, links keep their words only (the URLs are in `Article.links`).
 */
export function formatText(article: Article, ctx: FormatContext): string {
  const attribution = attributionOf(article, ctx);
  const parts: string[] = [collapse(article.title)];
  const byline = bylineText(article);
  if (byline) parts.push(`By ${byline}`);
  const body = renderBlocks(bodyBlocks(article, ctx, false));
  if (body) parts.push(body);
  parts.push(sourceLine(attribution));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** `Source: Business Insider (https://...), via Daily8, 6 June 2025`. */
export function sourceLine(attribution: ReturnType<typeof attributionOf>): string {
  const outlet = attribution.outlet ?? 'Unknown outlet';
  const where = attribution.urlIsOriginal
    ? `${outlet} (${attribution.url})${attribution.via ? `, via ${attribution.via}` : ''}`
    : `${outlet}, via ${attribution.via} (${attribution.url})`;
  return `Source: ${where}, ${dateText(attribution)}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function inlineText(content: Inline[]): string {
  return plainText(content)
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? rest + line : line))
    .join('\n');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          return indent(item.map(renderBlock).filter(Boolean).join('\n'), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'quote':
      return renderBlocks(block.blocks)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'code':
      return block.text;
    case 'figure':
      return inlineText(block.caption);
    case 'table':
      return block.rows.map((row) => row.map((cell) => inlineText(cell).replace(/\n/g, ' ')).join(' | ')).join('\n');
    case 'rule':
      return '';
  }
}

function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).filter(Boolean).join('\n\n');
}
