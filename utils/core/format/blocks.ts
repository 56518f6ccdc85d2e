import { safeImageUrl, safeLinkUrl } from '../domain/clean-url';

/**
 * The article body as a small tree of blocks and inlines, read from the DOM
 * the caller parsed. Text, Markdown and rich HTML are all rendered from this
 * tree, so they agree on what counts as a paragraph, a list or a link, and
 * nothing from the source markup (attributes, unknown tags) can leak through.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'del' | 'sub' | 'sup'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'br' };

export type Block =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string; lang: string | null }
  | { type: 'figure'; images: { src: string; alt: string }[]; caption: Inline[] }
  | { type: 'table'; rows: Inline[][][] }
  | { type: 'rule' };

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

// prettier-ignore
export const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'BUTTON',
  'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'NAV', 'HEAD', 'META', 'LINK', 'TITLE', 'VIDEO', 'AUDIO',
  'SOURCE', 'TRACK', 'MAP', 'AREA', 'DIALOG',
]);
// prettier-ignore
const BLOCK_CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BODY', 'HTML', 'CENTER', 'DETAILS',
  'HGROUP', 'ADDRESS', 'FIELDSET', 'DL', 'DD', 'DT', 'SUMMARY', 'PICTURE',
]);
const INLINE_KIND: Record<string, 'strong' | 'em' | 'del' | 'sub' | 'sup'> = {
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  CITE: 'em',
  DFN: 'em',
  VAR: 'em',
  DEL: 'del',
  S: 'del',
  STRIKE: 'del',
  SUB: 'sub',
  SUP: 'sup',
};

function tagOf(node: Node): string {
  return node.nodeName.toUpperCase();
}

function attr(node: Node, name: string): string | null {
  const el = node as Element;
  return typeof el.getAttribute === 'function' ? el.getAttribute(name) : null;
}

/** Text a reader sees: script, style and the like left out, <br> as a newline. */
function textOf(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) out += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT) {
      const tag = tagOf(child);
      if (tag === 'BR') out += '\n';
      else if (!SKIP.has(tag)) out += textOf(child);
    }
  }
  return out;
}

function isBlockTag(tag: string): boolean {
  return BLOCK_CONTAINERS.has(tag) || /^H[1-6]$/.test(tag) || ['P', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'HR'].includes(tag);
}

export interface ReadOptions {
  /** Base for relative links and images (the article's URL). */
  baseUrl: string | null;
  images: boolean;
}

class Reader {
  constructor(private readonly options: ReadOptions) {}

  /** Reads the children of `parent` as blocks; loose inline runs become paragraphs. */
  blocks(parent: Node): Block[] {
    const out: Block[] = [];
    let run: Inline[] = [];
    const flush = () => {
      for (const content of splitAtDoubleBreaks(finishInlines(run))) out.push(imageOnly(content) ?? { type: 'paragraph', content });
      run = [];
    };
    for (const child of Array.from(parent.childNodes)) {
      const tag = child.nodeType === ELEMENT ? tagOf(child) : '';
      if (child.nodeType === ELEMENT && isBlockTag(tag)) {
        flush();
        out.push(...this.block(child, tag));
      } else {
        run.push(...this.inlines(child));
      }
    }
    flush();
    return out;
  }

  private block(node: Node, tag: string): Block[] {
    if (/^H[1-6]$/.test(tag)) {
      const content = finishInlines(this.inlineChildren(node));
      return content.length ? [{ type: 'heading', level: Number(tag[1]), content }] : [];
    }
    switch (tag) {
      case 'P':
      case 'FIGCAPTION':
      case 'SUMMARY':
      case 'DT': {
        // A <p> may still hold blocks in a DOM built by script; read them as blocks.
        const inner = this.blocks(node);
        return inner;
      }
      case 'UL':
      case 'OL': {
        const items: Block[][] = [];
        for (const child of Array.from(node.childNodes)) {
          if (child.nodeType === ELEMENT && tagOf(child) === 'LI') {
            const item = this.blocks(child);
            if (item.length) items.push(item);
          } else if (child.nodeType === ELEMENT && (tagOf(child) === 'UL' || tagOf(child) === 'OL') && items.length) {
            // A list nested straight inside a list belongs to the item before it.
            items[items.length - 1].push(...this.block(child, tagOf(child)));
          } else {
            const loose = this.blocks({ childNodes: [child] } as unknown as Node);
            if (loose.length) items.push(loose);
          }
        }
        const start = Number.parseInt(attr(node, 'start') ?? '1', 10);
        return items.length ? [{ type: 'list', ordered: tag === 'OL', start: Number.isFinite(start) && start >= 0 ? start : 1, items }] : [];
      }
      case 'LI':
        return this.blocks(node);
      case 'BLOCKQUOTE': {
        const blocks = this.blocks(node);
        return blocks.length ? [{ type: 'quote', blocks }] : [];
      }
      case 'PRE': {
        const text = textOf(node).replace(/^\n/, '').replace(/\s+$/, '');
        if (!text) return [];
        const code = Array.from(node.childNodes).find((c) => c.nodeType === ELEMENT && tagOf(c) === 'CODE');
        const cls = `${attr(node, 'class') ?? ''} ${code ? (attr(code, 'class') ?? '') : ''}`;
        const lang = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(cls)?.[1] ?? null;
        return [{ type: 'code', text, lang }];
      }
      case 'FIGURE': {
        const images: { src: string; alt: string }[] = [];
        const caption: Inline[] = [];
        const others: Block[] = [];
        const visit = (n: Node) => {
          for (const child of Array.from(n.childNodes)) {
            if (child.nodeType !== ELEMENT) continue;
            const t = tagOf(child);
            if (t === 'FIGCAPTION') caption.push(...this.inlineChildren(child), { type: 'text', text: ' ' });
            else if (t === 'IMG') {
              const image = this.image(child);
              if (image) images.push({ src: image.src, alt: image.alt });
            } else if (t === 'BLOCKQUOTE' || t === 'TABLE' || t === 'PRE' || t === 'P' || /^H[1-6]$/.test(t)) others.push(...this.block(child, t));
            else if (!SKIP.has(t)) visit(child);
          }
        };
        visit(node);
        const captionContent = finishInlines(caption);
        const out: Block[] = [...others];
        if (images.length || captionContent.length) out.push({ type: 'figure', images, caption: captionContent });
        return out;
      }
      case 'TABLE': {
        const rows: Inline[][][] = [];
        const visit = (n: Node) => {
          for (const child of Array.from(n.childNodes)) {
            if (child.nodeType !== ELEMENT) continue;
            const t = tagOf(child);
            if (t === 'TR') {
              const cells = Array.from(child.childNodes)
                .filter((c) => c.nodeType === ELEMENT && (tagOf(c) === 'TD' || tagOf(c) === 'TH'))
                .map((c) => finishInlines(this.inlineChildren(c)));
              if (cells.some((c) => c.length)) rows.push(cells);
            } else if (t === 'THEAD' || t === 'TBODY' || t === 'TFOOT') visit(child);
          }
        };
        visit(node);
        return rows.length ? [{ type: 'table', rows }] : [];
      }
      case 'HR':
        return [{ type: 'rule' }];
      default:
        return this.blocks(node);
    }
  }

  private image(node: Node): { type: 'image'; src: string; alt: string } | null {
    if (!this.options.images) return null;
    const src = safeImageUrl(attr(node, 'src'), this.options.baseUrl);
    if (!src) return null;
    return { type: 'image', src, alt: (attr(node, 'alt') ?? '').replace(/\s+/g, ' ').trim() };
  }

  private inlineChildren(node: Node): Inline[] {
    return Array.from(node.childNodes).flatMap((child) => this.inlines(child));
  }

  /** Inline content of a node; block elements met inside inline context are read as inline text. */
  private inlines(node: Node): Inline[] {
    if (node.nodeType === TEXT || node.nodeType === CDATA) return [{ type: 'text', text: node.nodeValue ?? '' }];
    if (node.nodeType !== ELEMENT) return [];
    const tag = tagOf(node);
    if (SKIP.has(tag)) return [];
    if (tag === 'BR') return [{ type: 'br' }];
    if (tag === 'IMG') {
      const image = this.image(node);
      return image ? [image] : [];
    }
    if (tag === 'CODE' || tag === 'KBD' || tag === 'SAMP' || tag === 'TT') return [{ type: 'code', text: textOf(node) }];
    const kind = INLINE_KIND[tag];
    if (kind) return [{ type: kind, children: this.inlineChildren(node) }];
    if (tag === 'A') {
      const children = this.inlineChildren(node);
      const href = safeLinkUrl(attr(node, 'href'), this.options.baseUrl);
      return href ? [{ type: 'link', href, children }] : children;
    }
    if (tag === 'Q') return [{ type: 'text', text: '“' }, ...this.inlineChildren(node), { type: 'text', text: '”' }];
    const children = this.inlineChildren(node);
    // A block tag in inline context (a <div> inside a <span>) still separates words.
    return isBlockTag(tag) ? [{ type: 'text', text: ' ' }, ...children, { type: 'text', text: ' ' }] : children;
  }
}

/** Collapses white space across the inline run, trims both ends and around line breaks, drops empty wrappers. */
function finishInlines(inlines: Inline[]): Inline[] {
  let pendingSpace = false;
  // At the start of the run or right after a <br>: a space here is dropped.
  let lineStart = true;
  const walk = (list: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      switch (node.type) {
        case 'text': {
          // A lone no-break space between words is kept (French "« oui »"); in a run with other
          // white space, or standing alone, it is just white space.
          const text = node.text
            // eslint-disable-next-line no-misleading-character-class -- each invisible character goes on its own; none joins another here.
            .replace(/[\u200B\u200C\u200D\uFEFF\u00AD]/g, '')
            .replace(/[ \t\n\r\f\v\u00A0]*[ \t\n\r\f\v][ \t\n\r\f\v\u00A0]*/g, ' ')
            .replace(/^\u00A0+$/, ' ');
          let body = text;
          if (body.startsWith(' ')) {
            if (!lineStart) pendingSpace = true;
            body = body.slice(1);
          }
          const trailing = body.endsWith(' ');
          if (trailing) body = body.slice(0, -1);
          if (body) {
            out.push({ type: 'text', text: (pendingSpace ? ' ' : '') + body });
            lineStart = false;
            pendingSpace = trailing;
          }
          break;
        }
        case 'br':
          pendingSpace = false;
          lineStart = true;
          out.push(node);
          break;
        case 'code':
        case 'image': {
          let value: Inline = node;
          let trailing = false;
          if (node.type === 'code') {
            // Inline code collapses like text; its edge spaces become the spaces around it.
            const text = node.text.replace(/\s+/g, ' ');
            if (!text.trim()) {
              if (text && !lineStart) pendingSpace = true;
              break;
            }
            if (text.startsWith(' ') && !lineStart) pendingSpace = true;
            trailing = text.endsWith(' ');
            value = { type: 'code', text: text.trim() };
          }
          if (pendingSpace) out.push({ type: 'text', text: ' ' });
          pendingSpace = trailing;
          lineStart = false;
          out.push(value);
          break;
        }
        default: {
          const children = walk(node.children);
          if (!children.length) break;
          // A wrapper holding only line breaks is just those breaks, so the run's edges can be trimmed.
          if (children.every((c) => c.type === 'br')) {
            out.push(...children);
            break;
          }
          // The space before a wrapper goes outside it: "a <em>b</em>", never "a<em> b</em>".
          const first = children[0];
          if (first.type === 'text' && first.text.startsWith(' ')) {
            first.text = first.text.slice(1);
            if (!first.text) children.shift();
            out.push({ type: 'text', text: ' ' });
          }
          out.push({ ...node, children });
          break;
        }
      }
    }
    return out;
  };
  const result = walk(inlines);
  trimBreaks(result, 'start');
  trimBreaks(result, 'end');
  return result;
}

/** Line breaks at either end of a run carry nothing, also when wrapped (`<em><br>a</em>`). */
function trimBreaks(list: Inline[], edge: 'start' | 'end'): void {
  while (list.length) {
    const index = edge === 'start' ? 0 : list.length - 1;
    const node = list[index];
    if (node.type === 'br') {
      list.splice(index, 1);
      continue;
    }
    if ('children' in node) {
      trimBreaks(node.children, edge);
      if (node.children.length === 0) {
        list.splice(index, 1);
        continue;
      }
    }
    return;
  }
}

/** Splits a run at two or more consecutive <br> (pages that use them as paragraph breaks). */
function splitAtDoubleBreaks(content: Inline[]): Inline[][] {
  const parts: Inline[][] = [[]];
  for (let i = 0; i < content.length; i++) {
    if (content[i].type === 'br' && content[i + 1]?.type === 'br') {
      while (content[i + 1]?.type === 'br') i++;
      parts.push([]);
    } else parts[parts.length - 1].push(content[i]);
  }
  return parts.map(finishInlines).filter((p) => p.length);
}

/** A paragraph holding nothing but images (and line breaks) is a figure without caption. */
function imageOnly(content: Inline[]): Block | null {
  if (!content.every((n) => n.type === 'image' || n.type === 'br' || (n.type === 'text' && !n.text.trim()))) return null;
  const images = content.flatMap((n) => (n.type === 'image' ? [{ src: n.src, alt: n.alt }] : []));
  return images.length ? { type: 'figure', images, caption: [] } : null;
}

/** Parses `html` with the caller's parser and reads it into blocks. */
export function readBlocks(html: string, parseHtml: (html: string) => ParentNode, options: ReadOptions): Block[] {
  if (!html.trim()) return [];
  const root = parseHtml(html) as unknown as Node;
  return new Reader(options).blocks(root);
}

/** The plain text of inlines, for alt text, table cells and plain output. */
export function plainText(inlines: Inline[]): string {
  return inlines
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
          return n.text;
        case 'br':
          return '\n';
        case 'image':
          return '';
        default:
          return plainText(n.children);
      }
    })
    .join('');
}
