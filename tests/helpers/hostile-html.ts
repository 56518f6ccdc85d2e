import fc from 'fast-check';

/**
 * fast-check arbitraries for hostile markup and for mutations of whole pages.
 * Shared by the fuzz test; the vocabulary leans on what attacks readers:
 * executable elements, URL attributes with disguised schemes, SVG/MathML
 * namespace tricks, DOM-clobbering names, and malformed structure.
 */

// prettier-ignore
const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'article', 'section', 'main', 'aside', 'nav', 'header', 'footer', 'h1', 'h2',
  'figure', 'figcaption', 'picture', 'source', 'table', 'tr', 'td', 'ul', 'li', 'blockquote', 'pre', 'code',
  'script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'base', 'meta', 'link', 'template', 'noscript', 'noembed', 'xmp', 'title', 'video', 'audio',
  'svg', 'math', 'mtext', 'mglyph', 'mi', 'foreignObject', 'desc', 'animate', 'set', 'use', 'image', 'g',
  'annotation-xml', 'details', 'summary', 'dialog', 'marquee', 'body', 'html', 'head', 'x-custom',
];

// prettier-ignore
const ATTRIBUTE_NAMES = [
  'href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'style', 'onerror', 'onload', 'onclick',
  'OnMouseOver', 'ontoggle', 'onbegin', 'id', 'name', 'class', 'title', 'alt', 'width', 'height', 'dir', 'lang',
  'srcdoc', 'data', 'poster', 'background', 'cite', 'attributeName', 'to', 'values', 'from', 'is', 'target',
  'rel', 'http-equiv', 'content', 'open', 'autofocus', 'contenteditable', 'encoding', 'data-x', 'aria-label',
];

/** Element names and ids that shadow DOM API properties when named access applies. */
// prettier-ignore
export const CLOBBERING_NAMES = [
  'getElementsByTagName', 'querySelectorAll', 'querySelector', 'body', 'URL', 'title', 'forms', 'documentElement',
  'createElement', 'cloneNode', 'attributes', 'parentNode', 'nodeName', 'nodeType', 'childNodes', 'children',
  'firstChild', 'textContent', 'innerHTML', 'location', 'defaultView', 'head', 'images', 'links', 'baseURI',
];

// prettier-ignore
const ATTRIBUTE_VALUES = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'alert(1)',
  'https://example.com/a.jpg', 'https://example.com/', '/relative/path', '//evil.example/x', '#frag',
  'mailto:x@example.com', 'background:url(https://t.example/p)', 'width:expression(alert(1))',
  "@import 'https://t.example/x.css'", 'x" onerror="alert(1)', "'><script>alert(1)</script>",
  '</style><img src=x onerror=alert(1)>', '--><img src=x onerror=alert(1)>', '1', '0', 'rtl', 'text/html',
  'https://example.com/a.jpg 1x, javascript:alert(1) 2x', 'href', 'onmouseover', ...CLOBBERING_NAMES,
];

// prettier-ignore
const TEXTS = [
  'The council approved the plan on Thursday after a long debate.',
  'alert(1)', '<', '&lt;script&gt;', ']]>', '<!--', '-->', '\u202e', '\u0000', '\ufeff', 'مرحبا بالعالم',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.',
];

function escapeAttribute(value: string, quote: '"' | "'" | ''): string {
  if (quote === '"') return value.replace(/"/g, '&quot;');
  if (quote === "'") return value.replace(/'/g, '&#39;');
  return value.replace(/[\s>]/g, '');
}

export const attributeArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTE_NAMES),
    fc.oneof(fc.constantFrom(...ATTRIBUTE_VALUES), fc.string({ maxLength: 12 })),
    fc.constantFrom<'"' | "'" | ''>('"', "'", ''),
  )
  .map(([name, value, quote]) => `${name}=${quote}${escapeAttribute(value, quote)}${quote}`);

/** A random, possibly malformed, HTML fragment. */
export const hostileFragmentArbitrary: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attributeArbitrary, { maxLength: 4 }), tie('nodes'), fc.constantFrom('close', 'open', 'self'))
      .map(([tag, attrs, children, closing]) => {
        const open = `<${tag}${attrs.map((a) => ` ${a}`).join('')}${closing === 'self' ? '/' : ''}>`;
        return closing === 'close' ? `${open}${children}</${tag}>` : `${open}${children}`;
      }),
    fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<?xml x?>', '</p>', '</svg>', '</math>', '<br>', '<hr/>'),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

/** One edit of a whole page. Positions are fractions of the current length so shrinking stays meaningful. */
export type Mutation =
  | { kind: 'insert'; at: number; markup: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'nest'; at: number; tag: string; depth: number; close: boolean }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'bytes'; at: number; bytes: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export function mutationArbitrary(payloads: readonly string[]): fc.Arbitrary<Mutation> {
  const clobber = fc
    .tuple(fc.constantFrom('form', 'img', 'embed', 'object', 'a', 'iframe'), fc.constantFrom('name', 'id'), fc.constantFrom(...CLOBBERING_NAMES))
    .map(([tag, attr, value]) => `<${tag} ${attr}="${value}"></${tag}>`);
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, markup: fc.constantFrom(...payloads) }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, markup: hostileFragmentArbitrary }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, markup: clobber }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('nest' as const),
        at: fraction,
        tag: fc.constantFrom('div', 'span', 'section', 'blockquote', 'td', 'li', 'b', 'svg', 'math'),
        depth: fc.integer({ min: 1, max: 300 }),
        close: fc.boolean(),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('duplicate' as const),
        at: fraction,
        length: fc.integer({ min: 1, max: 2000 }),
        times: fc.integer({ min: 2, max: 12 }),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 3000 }) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('bytes' as const),
        at: fraction,
        bytes: fc.oneof(
          fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('latin1')),
          fc.string({ unit: 'binary', maxLength: 32 }),
        ),
      }),
      weight: 2,
    },
  );
}

/** Snaps a position to the next tag start so most insertions land between elements, not inside one. */
function position(html: string, at: number, snap: boolean): number {
  const raw = Math.min(html.length, Math.floor(at * html.length));
  if (!snap) return raw;
  const next = html.indexOf('<', raw);
  return next === -1 ? html.length : next;
}

export function applyMutation(html: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'insert': {
      // Odd positions (by fraction) land anywhere, even inside a tag; the rest between tags.
      const i = position(html, mutation.at, Math.floor(mutation.at * 1000) % 2 === 0);
      return html.slice(0, i) + mutation.markup + html.slice(i);
    }
    case 'truncate':
      return html.slice(0, position(html, mutation.at, false));
    case 'nest': {
      const i = position(html, mutation.at, true);
      const open = `<${mutation.tag}>`.repeat(mutation.depth);
      const close = mutation.close ? `</${mutation.tag}>`.repeat(mutation.depth) : '';
      const end = html.indexOf('</p>', i);
      const j = end === -1 ? html.length : end + 4;
      return html.slice(0, i) + open + html.slice(i, j) + close + html.slice(j);
    }
    case 'duplicate': {
      const i = position(html, mutation.at, true);
      const chunk = html.slice(i, i + mutation.length);
      return html.slice(0, i) + chunk.repeat(mutation.times) + html.slice(i);
    }
    case 'delete': {
      const i = position(html, mutation.at, false);
      return html.slice(0, i) + html.slice(i + mutation.length);
    }
    case 'bytes': {
      const i = position(html, mutation.at, false);
      return html.slice(0, i) + mutation.bytes + html.slice(i);
    }
  }
}

export interface PageEdit {
  page: number;
  mutations: Mutation[];
}

/** A page (index into `pageCount` seed pages) and the edits to make to it; printed as-is on failure. */
export function pageEditArbitrary(pageCount: number, payloads: readonly string[], maxMutations = 4): fc.Arbitrary<PageEdit> {
  return fc.record({
    page: fc.integer({ min: 0, max: pageCount - 1 }),
    mutations: fc.array(mutationArbitrary(payloads), { minLength: 1, maxLength: maxMutations }),
  });
}

export function applyPageEdit(pages: readonly string[], edit: PageEdit): string {
  return edit.mutations.reduce(applyMutation, pages[edit.page]);
}
