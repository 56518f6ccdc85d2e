import {
  ALLOWED_ATTRIBUTE_NAMES,
  ALLOWED_URI_VALUE,
  ALWAYS_FORBIDDEN_ATTRIBUTES,
  CONTROL_AND_SPACE,
  DROPPED_WITH_CONTENT,
  forbiddenTags,
  HTML_TAGS,
  MATHML_TAGS,
  SVG_TAGS,
  URI_SAFE_ATTRIBUTES,
  URL_ATTRIBUTE_HOSTS,
  URL_ATTRIBUTES,
  XML_UNSAFE_VALUE,
  carriesCssThreat,
  isTrackingPixelImage,
  type ArticleSanitizerOptions,
} from './policy';
import { filterSrcset, resolveSafeUrl } from './safe-url';

/**
 * Clean HTML built from an allow-list walk over a DOM tree: the Node-side twin
 * of `createArticleSanitizer` (DOMPurify), for DOMs DOMPurify does not run on
 * (linkedom). It never copies or changes the tree; it writes the output string
 * from what the policy (`policy.ts`) allows, so sanitizing costs one walk and
 * no second DOM. The browser keeps DOMPurify as the last step before display.
 *
 * Strictness beyond DOMPurify's, so that a browser parsing the output builds
 * exactly the tree that was checked (no mutation XSS):
 * - text and attribute values are always escaped (`&`, `<`, `>`, `"`);
 * - comments, processing instructions and CDATA never reach the output;
 * - namespaces are decided as the HTML parser decides them (`svg` and `math`
 *   open foreign content), and inside foreign content only that language's
 *   allowed tags are written, so no HTML element can break out of an `<svg>`
 *   on re-parse;
 * - inside integration points (SVG `title`/`desc`, MathML `mi`/`mo`/`mn`/`ms`/
 *   `mtext`), where a browser would parse HTML again, only text is written.
 * The walk is iterative: 5,000-deep nesting cannot overflow the stack.
 */

type Namespace = 'html' | 'svg' | 'math';

const ALLOWED_BY_NAMESPACE: Record<Namespace, ReadonlySet<string>> = {
  html: new Set(HTML_TAGS),
  svg: new Set(SVG_TAGS),
  math: new Set(MATHML_TAGS),
};
const ALLOWED_ATTRIBUTES = new Set(ALLOWED_ATTRIBUTE_NAMES);
const FORBIDDEN_ATTRIBUTES = new Set(ALWAYS_FORBIDDEN_ATTRIBUTES);
const FORBIDDEN_TAGS = new Set(forbiddenTags(true));
const FORBIDDEN_TAGS_NO_IMAGES = new Set(forbiddenTags(false));
const DROPPED_CONTENT = new Set(DROPPED_WITH_CONTENT);
const VOID_HTML = new Set(['br', 'hr', 'img', 'wbr', 'col', 'source']);
/** Where a browser parses HTML again inside foreign content: only text is written there. */
const TEXT_ONLY_INSIDE: Record<Namespace, ReadonlySet<string>> = {
  html: new Set(),
  svg: new Set(['title', 'desc']),
  math: new Set(['mi', 'mo', 'mn', 'ms', 'mtext']),
};

interface Frame {
  ns: Namespace;
  /** Only text from here down (inside an integration point). */
  textOnly: boolean;
  /** The element written last above this point, for `<source>` inside `<picture>`. */
  parentTag: string;
}

type Work = { node: Node; frame: Frame } | { close: string };

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** The clean HTML of `root`'s children (the root itself is not written). */
export function sanitizeTreeToHtml(root: Node, options: ArticleSanitizerOptions = {}): string {
  const forbidden = options.images === false ? FORBIDDEN_TAGS_NO_IMAGES : FORBIDDEN_TAGS;
  const baseUrl = options.baseUrl ?? null;
  const out: string[] = [];
  const stack: Work[] = [];
  const top: Frame = { ns: 'html', textOnly: false, parentTag: '' };
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push({ node: child, frame: top });
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      out.push(`</${item.close}>`);
      continue;
    }
    const { node, frame } = item;
    if (node.nodeType === 3) {
      out.push(escapeText(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName.toLowerCase();
    const pushChildren = (into: Frame) => {
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, frame: into });
    };
    if (frame.textOnly || forbidden.has(name) || !isAllowed(name, frame)) {
      // DOMPurify's KEEP_CONTENT: a refused element's children stay, unless its content is code or controls.
      if (!DROPPED_CONTENT.has(name)) pushChildren(frame);
      continue;
    }
    const ns: Namespace = frame.ns === 'html' ? (name === 'svg' ? 'svg' : name === 'math' ? 'math' : 'html') : frame.ns;
    const attributes = cleanAttributes(el, name, ns, baseUrl);
    if (attributes === null) continue;
    if (name === 'source' && ns === 'html' && (frame.parentTag !== 'picture' || !attributes.has('srcset'))) continue;
    out.push(`<${name}${serializeAttributes(attributes)}>`);
    if (ns === 'html' && VOID_HTML.has(name)) continue;
    stack.push({ close: name });
    pushChildren({ ns, textOnly: TEXT_ONLY_INSIDE[ns].has(name), parentTag: name });
  }
  return out.join('').trim();
}

function isAllowed(name: string, frame: Frame): boolean {
  if (frame.ns === 'html') return ALLOWED_BY_NAMESPACE.html.has(name) || name === 'svg' || name === 'math';
  return ALLOWED_BY_NAMESPACE[frame.ns].has(name);
}

/**
 * The element's attributes the policy keeps, with URLs resolved, plus the
 * ones we set ourselves; `null` when the element itself must go (an image
 * with no safe source, or a tracking pixel).
 */
function cleanAttributes(el: Element, name: string, ns: Namespace, baseUrl: string | null): Map<string, string> | null {
  const kept = new Map<string, string>();
  for (const attr of Array.from(el.attributes)) {
    const attrName = attr.name.toLowerCase();
    const value = attr.value;
    if (attrName.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(attrName) || !ALLOWED_ATTRIBUTES.has(attrName)) continue;
    // A namespace declaration only restates what the parser decides; it is never needed in HTML.
    if (attrName === 'xmlns' || kept.has(attrName)) continue;
    if (XML_UNSAFE_VALUE.test(value)) continue;
    if (URL_ATTRIBUTES.has(attrName) || attrName === 'srcset' || attrName.endsWith(':href')) {
      const hosts = URL_ATTRIBUTE_HOSTS[attrName];
      if (!hosts || ns !== 'html' || !hosts.has(name)) continue;
      const safe = attrName === 'srcset' ? filterSrcset(value, baseUrl) : resolveSafeUrl(value, baseUrl);
      if (safe !== null) kept.set(attrName, safe);
      continue;
    }
    if (!URI_SAFE_ATTRIBUTES.has(attrName) && !ALLOWED_URI_VALUE.test(value.replace(CONTROL_AND_SPACE, '')) && value) continue;
    if (attrName !== 'alt' && attrName !== 'title' && carriesCssThreat(value)) continue;
    kept.set(attrName, value);
  }
  if (ns !== 'html') return kept;
  if (name === 'a' && kept.has('href')) {
    kept.set('target', '_blank');
    kept.set('rel', 'noopener noreferrer');
    kept.set('referrerpolicy', 'no-referrer');
  } else if (name === 'img') {
    if (!kept.has('src') && !kept.has('srcset')) return null;
    if (isTrackingPixelImage(kept.get('width') ?? null, kept.get('height') ?? null, kept.get('src') ?? null)) return null;
    kept.set('referrerpolicy', 'no-referrer');
    kept.set('loading', 'lazy');
  }
  return kept;
}

function serializeAttributes(attributes: Map<string, string>): string {
  let out = '';
  for (const [name, value] of attributes) out += ` ${name}="${escapeAttribute(value)}"`;
  return out;
}
