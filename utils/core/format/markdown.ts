import type { Article } from '../extract/types';
import { attributionOf } from './attribution';
import { plainText, type Block, type Inline } from './blocks';
import { bodyBlocks, bylineText, dateText } from './common';
import type { FormatContext, MarkdownOptions } from './context';

/**
 * CommonMark (with GFM tables and strikethrough). Every character that came
 * from the article is escaped, so a headline like "*Breaking* [live]" stays
 * text; only the markup we emit is Markdown.
 */

/** Escapes Markdown specials in text. `lineStart`: the text begins a line, where #, >, -, + and "1." mean something. */
export function escapeMarkdown(text: string, lineStart = false): string {
  let out = text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (lineStart) {
    out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}

/** Percent-encodes what would end or break a Markdown link destination. */
function linkDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim()) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

class MarkdownWriter {
  private readonly refs: string[] = [];

  constructor(private readonly options: Required<MarkdownOptions>) {}

  /** Numbered reference definitions, when `linkStyle` is `reference`. */
  references(): string {
    return this.refs.map((url, i) => `[${i + 1}]: ${linkDestination(url)}`).join('\n');
  }

  private link(href: string, label: string): string {
    if (this.options.linkStyle === 'reference') {
      let n = this.refs.indexOf(href);
      if (n === -1) n = this.refs.push(href) - 1;
      return `[${label}][${n + 1}]`;
    }
    return `[${label}](${linkDestination(href)})`;
  }

  inline(content: Inline[], state = { lineStart: true }): string {
    let out = '';
    for (const node of content) {
      switch (node.type) {
        case 'text':
          out += escapeMarkdown(node.text, state.lineStart);
          break;
        case 'br':
          out += '\\\n';
          state.lineStart = true;
          continue;
        case 'code':
          out += codeSpan(node.text);
          break;
        case 'image':
          out += `![${escapeMarkdown(node.alt)}](${linkDestination(node.src)})`;
          break;
        case 'link': {
          const label = this.inline(node.children, { lineStart: false });
          const words = plainText(node.children).trim();
          out += !words && !label.trim() ? `<${node.href}>` : words === node.href && !/[<>\s]/.test(node.href) ? `<${node.href}>` : this.link(node.href, label);
          break;
        }
        case 'sub':
        case 'sup':
          out += this.inline(node.children, state);
          break;
        default: {
          const mark = node.type === 'strong' ? '**' : node.type === 'em' ? '*' : '~~';
          const inner = this.inline(node.children, { lineStart: false });
          // Delimiters must hug the words: move edge spaces outside them.
          const lead = inner.match(/^\s*/)![0];
          const trail = inner.slice(lead.length).match(/\s*$/)![0];
          const core = inner.slice(lead.length, inner.length - trail.length);
          if (core) out += `${lead}${mark}${core}${mark}${trail}`;
          else out += inner;
        }
      }
      if (out) state.lineStart = out.endsWith('\n');
    }
    return out;
  }

  block(block: Block): string {
    switch (block.type) {
      case 'heading': {
        // The title is the only level-1 heading; a one-line heading cannot hold a <br>.
        const content = block.content.map((n): Inline => (n.type === 'br' ? { type: 'text', text: ' ' } : n));
        return `${'#'.repeat(Math.max(2, block.level))} ${this.inline(content, { lineStart: false })}`;
      }
      case 'paragraph':
        return this.inline(block.content);
      case 'list': {
        const tight = block.items.every((item) => item.slice(1).every((b) => b.type === 'list'));
        return block.items
          .map((item, i) => {
            const marker = block.ordered ? `${block.start + i}. ` : '- ';
            const body = item
              .map((b) => this.block(b))
              .filter(Boolean)
              .join(tight ? '\n' : '\n\n');
            return indentLines(body, marker, ' '.repeat(marker.length));
          })
          .join(tight ? '\n' : '\n\n');
      }
      case 'quote':
        return this.blocks(block.blocks)
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n');
      case 'code': {
        const longest = Math.max(2, ...(block.text.match(/^`+/gm) ?? []).map((run) => run.length));
        const fence = '`'.repeat(longest + 1);
        return `${fence}${block.lang ?? ''}\n${block.text}\n${fence}`;
      }
      case 'figure': {
        const parts = block.images.map((img) => `![${escapeMarkdown(img.alt)}](${linkDestination(img.src)})`);
        if (block.caption.length) parts.push(this.inline(block.caption));
        return parts.join('\n\n');
      }
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.length));
        const row = (cells: Inline[][]) => {
          const texts = Array.from({ length: width }, (_, i) =>
            this.inline(
              (cells[i] ?? []).map((n): Inline => (n.type === 'br' ? { type: 'text', text: ' ' } : n)),
              { lineStart: false },
            ).replace(/\|/g, '\\|'),
          );
          return `| ${texts.join(' | ')} |`;
        };
        const [head, ...rest] = block.rows;
        return [row(head), `|${' --- |'.repeat(width)}`, ...rest.map(row)].join('\n');
      }
      case 'rule':
        return '* * *';
    }
  }

  blocks(blocks: Block[]): string {
    return blocks
      .map((b) => this.block(b))
      .filter(Boolean)
      .join('\n\n');
  }
}

function indentLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? rest + line : line))
    .join('\n');
}

/**
 * `# Title`, a source line (outlet, author, date, original URL, "via" the
 * aggregator), then the body.
 */
export function formatMarkdown(article: Article, ctx: FormatContext, options: MarkdownOptions = {}): string {
  const writer = new MarkdownWriter({ linkStyle: options.linkStyle ?? 'inline', images: options.images ?? true });
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
  const body = writer.blocks(bodyBlocks(article, ctx, options.images ?? true));
  if (body) parts.push(body);
  const refs = writer.references();
  if (refs) parts.push(refs);
  return `${parts.join('\n\n')}\n`;
}
