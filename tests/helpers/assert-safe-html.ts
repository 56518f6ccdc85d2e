import { JSDOM } from 'jsdom';

/**
 * An independent check of sanitizer output: it parses the HTML the way the
 * popup renders it (innerHTML into a div, on jsdom, scripts off) and lists
 * every construct that could run code, navigate, or phone home. It does not
 * reuse utils/core/sanitize/sanitize.ts, so a bug there cannot hide itself here.
 */

/** Elements that execute, embed, submit, restyle, load other documents, or (SVG) rewrite attributes after the fact. */
// prettier-ignore
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'base', 'meta',
  'link', 'form', 'input', 'button', 'select', 'textarea', 'style', 'template', 'noscript', 'animate', 'set',
  'animatemotion', 'animatetransform', 'animatecolor', 'discard', 'handler', 'listener', 'use', 'foreignobject',
]);

/** Attributes whose value is navigated to or fetched. */
// prettier-ignore
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'codebase',
  'longdesc', 'lowsrc', 'dynsrc', 'ping', 'usemap', 'manifest', 'icon', 'profile', 'classid', 'archive',
]);

const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'];

let sharedWindow: Window | null = null;

function checkerWindow(): Window {
  sharedWindow ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return sharedWindow;
}

function decodeCharacterReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => safeFromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec) => safeFromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
}

function safeFromCodePoint(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Whether a URL attribute value is an absolute http(s)/mailto address in two
 * readings: as the browser's URL parser sees it, and with controls, spaces and
 * character references removed (what a sloppy consumer might do).
 */
export function hasAllowedScheme(value: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  if (!ALLOWED_SCHEMES.includes(parsed.protocol)) return false;
  const compact = decodeCharacterReferences(value)
    .replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, '')
    .toLowerCase();
  return ALLOWED_SCHEMES.some((scheme) => compact.startsWith(scheme));
}

/** The URLs of a srcset as a browser reads them: runs of non-spaces, commas inside allowed, trailing ones not. */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  const tokens = value.split(/\s+/).filter(Boolean);
  let expectUrl = true;
  for (const token of tokens) {
    if (expectUrl) {
      const url = token.replace(/^,+/, '');
      if (!url) continue;
      urls.push(url.replace(/,+$/, ''));
      expectUrl = url.endsWith(',');
    } else if (token.includes(',')) {
      // Descriptor list ends here; anything after its comma starts the next URL.
      const rest = token.slice(token.indexOf(',') + 1);
      expectUrl = true;
      if (rest) {
        urls.push(rest.replace(/,+$/, ''));
        expectUrl = rest.endsWith(',');
      }
    }
  }
  return urls.filter((url) => url !== '');
}

function cssIsDangerous(css: string): boolean {
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex) => safeFromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, '')
    .toLowerCase();
  return /url\(|expression\(|@import|-moz-binding|behavior:|javascript:/.test(plain);
}

function describe(el: Element): string {
  const tag = el.localName;
  const attrs = el.getAttributeNames().slice(0, 4).join(' ');
  return attrs ? `<${tag} ${attrs}>` : `<${tag}>`;
}

/** Every unsafe construct in `html`, as short human-readable strings; empty when the HTML is safe to display. */
export function findUnsafeConstructs(html: string): string[] {
  const doc = checkerWindow().document;
  const container = doc.createElement('div');
  container.innerHTML = html;
  const problems: string[] = [];
  const roots: ParentNode[] = [container];
  while (roots.length > 0) {
    const root = roots.pop()!;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`forbidden element ${describe(el)}`);
      // A template's content is a separate fragment; look inside it too.
      const content = (el as HTMLTemplateElement).content;
      if (content && typeof content.querySelectorAll === 'function') roots.push(content);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const localName = attr.localName.toLowerCase();
        if (name.startsWith('on') || localName.startsWith('on')) {
          problems.push(`event handler ${name} on ${describe(el)}`);
        }
        if (name === 'srcdoc') problems.push(`srcdoc on ${describe(el)}`);
        if (URL_ATTRIBUTES.has(name) || localName === 'href') {
          if (!hasAllowedScheme(attr.value)) problems.push(`${name}=${JSON.stringify(attr.value.slice(0, 80))} on ${describe(el)}`);
        }
        if (name === 'srcset' || name === 'imagesrcset') {
          for (const url of srcsetUrls(attr.value)) {
            if (!hasAllowedScheme(url)) problems.push(`${name} candidate ${JSON.stringify(url.slice(0, 80))} on ${describe(el)}`);
          }
        }
        if (name === 'style' && cssIsDangerous(attr.value)) {
          problems.push(`style ${JSON.stringify(attr.value.slice(0, 80))} on ${describe(el)}`);
        }
        if (name === 'http-equiv') problems.push(`http-equiv on ${describe(el)}`);
      }
    }
  }
  return problems;
}

/** Throws with the list of problems when `html` is not safe to display. */
export function assertSafeHtml(html: string, label = 'html'): void {
  const problems = findUnsafeConstructs(html);
  if (problems.length > 0) {
    throw new Error(`${label} is not safe to display:\n  ${problems.join('\n  ')}\n--- html ---\n${html.slice(0, 2000)}`);
  }
}
