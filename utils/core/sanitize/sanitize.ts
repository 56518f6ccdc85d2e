import DOMPurify from 'dompurify';
import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * The one place where page-written HTML becomes HTML we are willing to show.
 *
 * Every article body passes through `createArticleSanitizer` last, right before
 * display in the popup and before the CLI prints `contentHtml`. The rules are
 * an allow-list: anything not named below is dropped, so a new browser feature
 * that executes or loads something is refused until someone adds it here on
 * purpose. See SECURITY.md for the threat model.
 */

export interface ArticleSanitizerOptions {
  /** `false` drops every image (img, picture, source); figcaptions stay. Default `true`. */
  images?: boolean;
  /**
   * Address that relative URLs are resolved against. Without it a relative
   * URL is dropped: the core makes links absolute, so a relative one left over
   * would resolve against the extension's own origin.
   */
  baseUrl?: string;
}

export type ArticleSanitizer = (html: string) => string;

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const HTML_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'main', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small',
  'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time',
  'tr', 'u', 'ul', 'var', 'wbr',
];

/**
 * Static drawing only. Left out on purpose: script, style, foreignObject (HTML
 * inside SVG), use (pulls in other documents), animate/set and the other
 * animation elements (they can rewrite href after sanitizing), filters
 * (feImage loads URLs), image (loads without a referrer policy), switch and
 * metadata (no reading value).
 */
const SVG_TAGS = [
  'svg', 'g', 'defs', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textpath', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern',
  'marker', 'symbol',
];

/** MathML presentation markup; maction, semantics and annotation(-xml) stay out (DOMPurify refuses them too). */
const MATHML_TAGS = [
  'math', 'menclose', 'merror', 'mfenced', 'mfrac', 'mi', 'mlabeledtr', 'mmultiscripts', 'mn', 'mo',
  'mover', 'mpadded', 'mphantom', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msup',
  'msubsup', 'mtable', 'mtd', 'mtext', 'mtr', 'munder', 'munderover', 'mprescripts',
];

/**
 * Named even though they are not on the allow-list, so that widening the
 * allow-list later cannot let them back in by accident.
 */
const ALWAYS_FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset',
  'legend', 'label', 'meter', 'progress', 'base', 'meta', 'link', 'template', 'noscript', 'noembed',
  'noframes', 'xmp', 'plaintext', 'slot', 'dialog', 'audio', 'video', 'track', 'canvas', 'map', 'area',
  'marquee', 'foreignobject', 'use', 'animate', 'animatecolor', 'animatemotion', 'animatetransform', 'set',
  'discard', 'mpath', 'handler', 'listener', 'feimage', 'image', 'mglyph', 'maction', 'annotation-xml', 'annotation', 'semantics',
];

const IMAGE_TAGS = ['img', 'picture', 'source'];

/**
 * Removed elements whose content goes too: code, styles, raw text, controls,
 * plugin fallbacks. DOMPurify's default list, minus audio and video: a stray
 * unclosed `<video>` on a page can hold the rest of the story, and their
 * fallback text is harmless once the media element itself is gone.
 */
const DROPPED_WITH_CONTENT = [
  'annotation-xml', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo', 'ms',
  'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent', 'style', 'svg',
  'template', 'thead', 'title', 'xmp', 'button', 'select', 'textarea', 'datalist', 'option', 'object',
  'embed', 'applet', 'canvas', 'map', 'dialog', 'frameset', 'frame',
];

/**
 * Where a URL may appear at all: links only on HTML `a` (so every link gets
 * our target/rel/referrer policy), images only on HTML `img`/`source`, which
 * get `referrerpolicy` too. SVG and MathML links are dropped.
 */
const URL_ATTRIBUTE_HOSTS: Record<string, ReadonlySet<string>> = {
  href: new Set(['a']),
  src: new Set(['img']),
  srcset: new Set(['img', 'source']),
  cite: new Set(['blockquote', 'q', 'del', 'ins']),
};

/** Attributes that hold a URL; each one is checked by `isSafeUrl` (srcset candidate by candidate). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'xlink:href', 'cite', 'action', 'formaction', 'poster', 'background', 'longdesc', 'lowsrc',
  'dynsrc', 'ping', 'usemap', 'data', 'codebase', 'classid', 'archive', 'manifest', 'icon', 'profile',
]);

const HTML_ATTRIBUTES = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'dir', 'lang', 'cite', 'datetime',
  'colspan', 'rowspan', 'headers', 'scope', 'abbr', 'span', 'start', 'reversed', 'value', 'open', 'media',
];

const SVG_ATTRIBUTES = [
  'viewbox', 'preserveaspectratio', 'xmlns', 'version', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r',
  'rx', 'ry', 'fx', 'fy', 'd', 'points', 'pathlength', 'transform', 'transform-origin', 'fill',
  'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color',
  'clip-path', 'clip-rule', 'clippathunits', 'mask', 'maskunits', 'maskcontentunits', 'marker-start',
  'marker-mid', 'marker-end', 'markerwidth', 'markerheight', 'markerunits', 'refx', 'refy', 'orient',
  'gradientunits', 'gradienttransform', 'spreadmethod', 'offset', 'stop-color', 'stop-opacity',
  'patternunits', 'patterncontentunits', 'patterntransform', 'font-family', 'font-size', 'font-style',
  'font-weight', 'font-variant', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration', 'textlength', 'lengthadjust',
  'startoffset', 'dx', 'dy', 'rotate', 'writing-mode', 'direction', 'display', 'visibility', 'overflow',
  'vector-effect', 'shape-rendering', 'text-rendering', 'image-rendering', 'paint-order', 'xml:space',
];

const MATHML_ATTRIBUTES = [
  'accent', 'accentunder', 'align', 'bevelled', 'close', 'columnalign', 'columnlines', 'columnspacing',
  'columnspan', 'denomalign', 'depth', 'display', 'displaystyle', 'fence', 'frame', 'largeop', 'linethickness',
  'lquote', 'lspace', 'mathbackground', 'mathcolor', 'mathsize', 'mathvariant', 'maxsize', 'minsize',
  'movablelimits', 'notation', 'numalign', 'rowalign', 'rowlines', 'rowspacing', 'rspace', 'rquote',
  'scriptlevel', 'scriptminsize', 'scriptsizemultiplier', 'separator', 'separators', 'stretchy',
  'subscriptshift', 'supscriptshift', 'symmetric', 'voffset',
];

/**
 * Dropped even if someone widens the allow-list: inline CSS (url(), @import,
 * expression(), and overlays that could dress the page up as our own UI),
 * ids/names/classes (DOM clobbering of the popup, matching our stylesheet) and
 * page-chosen link behaviour that the hooks set themselves.
 */
const ALWAYS_FORBIDDEN_ATTRIBUTES = [
  'style', 'id', 'name', 'class', 'is', 'slot', 'part', 'exportparts', 'srcdoc', 'action', 'formaction',
  'form', 'target', 'rel', 'referrerpolicy', 'ping', 'download', 'popover', 'popovertarget', 'tabindex',
  'autofocus', 'contenteditable', 'attributename', 'values', 'from', 'to', 'by', 'begin', 'end', 'dur',
  'xml:base', 'xmlns:xml', 'usemap', 'background', 'poster', 'nonce', 'integrity', 'crossorigin',
];

/** Paths with tell-tale pixel names; a width/height of 0 or 1 catches pixels with ordinary names. */
const TRACKING_PIXEL_PATHS = [
  /\/(?:pixel|beacon|tracker|track|tracking|spacer|blank|clear|transparent|1x1|t|p)\.(?:gif|png)$/i,
  /[/_.-]1x1[/_.-]/i,
  /\/__utm\.gif$/i,
  /\/b\/ss\//i,
  /\/(?:collect|g\/collect|tr|pixel|beacon|impression|imp)\/?$/i,
];

/** Hosts whose images are only ever counters. Matched as the host or a subdomain of it. */
const TRACKING_PIXEL_HOSTS = [
  'doubleclick.net', 'google-analytics.com', 'googletagmanager.com', 'scorecardresearch.com',
  'quantserve.com', 'bat.bing.com', 'pixel.wp.com', 'stats.wp.com', 'tr.snapchat.com', 'ct.pinterest.com',
  'px.ads.linkedin.com', 'analytics.twitter.com', 'pixel.facebook.com', 'chartbeat.net', 'parsely.com',
  'omtrdc.net', 'demdex.net', 'krxd.net', 'adnxs.com', 'taboola.com', 'outbrain.com',
];

/* ------------------------------------------------------------------------ */
/* URLs                                                                      */
/* ------------------------------------------------------------------------ */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0',
  sol: '/', bsol: '\\', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';', excl: '!', quest: '?',
  num: '#', percnt: '%', equals: '=', plus: '+', lowbar: '_', hyphen: '-', dash: '-', commat: '@',
};

/**
 * Decodes character references the way an HTML attribute would, so a value
 * that reached us still encoded (`&#106;avascript:`, `javascript&colon;`) is
 * judged by what a second decoding would make of it. Repeats until stable.
 */
function decodeEntities(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    const next = current.replace(/&(?:#x([0-9a-f]+);?|#([0-9]+);?|([a-z]+);)/gi, (whole, hex, dec, name) => {
      if (hex || dec) {
        const code = Number.parseInt(hex ?? dec, hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      const named = NAMED_ENTITIES[String(name).toLowerCase()];
      return named ?? whole;
    });
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** C0/C1 controls, every Unicode space and the invisible format characters a browser ignores in a scheme. */
const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme a string would be read with, or `null` when it is relative. */
function schemeOf(compact: string): string | null {
  const match = SCHEME.exec(compact);
  return match ? `${match[1].toLowerCase()}:` : null;
}

/**
 * Parses `url` as a browser would and returns its absolute form when it is
 * http, https or mailto, checked three ways: the raw value, the value with
 * character references decoded, and the WHATWG URL parser's verdict.
 * A relative URL needs an http(s) `base`.
 */
function resolveSafeUrl(url: string, base?: string | null): string | null {
  if (typeof url !== 'string') return null;
  const compactRaw = url.replace(CONTROL_AND_SPACE, '');
  const compactDecoded = decodeEntities(url).replace(CONTROL_AND_SPACE, '');
  if (!compactRaw || !compactDecoded) return null;
  const schemes = [schemeOf(compactRaw), schemeOf(compactDecoded)];
  if (schemes.some((scheme) => scheme !== null && !SAFE_SCHEMES.has(scheme))) return null;
  // Relative in either reading: only a http(s) base may complete it.
  let baseUrl: URL | undefined;
  if (schemes.some((scheme) => scheme === null)) {
    if (!base) return null;
    try {
      baseUrl = new URL(base);
    } catch {
      return null;
    }
    if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), baseUrl);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(parsed.protocol)) return null;
  return parsed.href;
}

/** True when `url` is, after decoding and stripping, an http, https or mailto URL (relative ones need `base`). */
export function isSafeUrl(url: string, base?: string | null): boolean {
  return resolveSafeUrl(url, base) !== null;
}

/**
 * The absolute address to put in an `href` we render ourselves (related
 * links, source link), or `null` when it must not become a link.
 */
export function safeHref(url: string | null | undefined, base?: string | null): string | null {
  if (url == null) return null;
  return resolveSafeUrl(url, base);
}

/**
 * Splits a srcset the way the HTML spec does: a URL is a run of non-spaces
 * (commas inside it allowed, trailing ones dropped), then descriptors up to the
 * next comma.
 */
function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < value.length && candidates.length < 100) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = value.indexOf(',', i);
      descriptor = value.slice(i, end === -1 ? value.length : end).trim();
      i = end === -1 ? value.length : end + 1;
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Keeps only the srcset candidates whose URL is safe; returns `null` when none is left. */
function filterSrcset(value: string, base?: string | null): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(value)) {
    if (descriptor && !/^\d+(?:\.\d+)?[wx]$/i.test(descriptor)) continue;
    const safe = resolveSafeUrl(url, base);
    if (safe) kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length ? kept.join(', ') : null;
}

/* ------------------------------------------------------------------------ */
/* Hooks                                                                     */
/* ------------------------------------------------------------------------ */

/** CSS that loads or runs something, also hidden behind CSS escapes or comments. */
function carriesCssThreat(value: string): boolean {
  const unescaped = value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex) => {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\\(.)/g, '$1')
    .replace(CONTROL_AND_SPACE, '')
    .toLowerCase();
  // `url(#id)` is how SVG points at its own gradients and masks; anything else may load.
  return (
    /url\((?!['"]?#)/.test(unescaped) ||
    unescaped.includes('expression(') ||
    unescaped.includes('@import') ||
    unescaped.includes('image-set(') ||
    unescaped.includes('-moz-binding') ||
    unescaped.includes('behavior:') ||
    unescaped.includes('javascript:')
  );
}

function dimensionIsTiny(value: string | null): boolean {
  if (value === null) return false;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return match !== null && Number(match[1]) <= 1;
}

function isTrackingPixel(img: Element): boolean {
  if (dimensionIsTiny(img.getAttribute('width')) || dimensionIsTiny(img.getAttribute('height'))) return true;
  const src = img.getAttribute('src');
  if (!src) return false;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (TRACKING_PIXEL_HOSTS.some((known) => host === known || host.endsWith(`.${known}`))) return true;
  if (facebookPixel(url)) return true;
  return TRACKING_PIXEL_PATHS.some((pattern) => pattern.test(url.pathname));
}

function facebookPixel(url: URL): boolean {
  return /(?:^|\.)facebook\.com$/i.test(url.hostname) && /^\/tr\/?$/i.test(url.pathname);
}

function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

function buildConfig(images: boolean): Config {
  return {
    ALLOWED_TAGS: [...HTML_TAGS, ...SVG_TAGS, ...MATHML_TAGS],
    ALLOWED_ATTR: [...HTML_ATTRIBUTES, ...SVG_ATTRIBUTES, ...MATHML_ATTRIBUTES],
    FORBID_TAGS: images ? ALWAYS_FORBIDDEN_TAGS : [...ALWAYS_FORBIDDEN_TAGS, ...IMAGE_TAGS],
    FORBID_ATTR: ALWAYS_FORBIDDEN_ATTRIBUTES,
    // DOMPurify's own default minus ftp/tel/sms/...; the hook below is the strict check for URL attributes.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    SAFE_FOR_XML: true,
    KEEP_CONTENT: true,
    FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    RETURN_DOM: false,
    RETURN_DOM_FRAGMENT: false,
    RETURN_TRUSTED_TYPE: false,
    WHOLE_DOCUMENT: false,
  };
}

/**
 * Makes the article sanitizer for one window (the popup's, or jsdom's in
 * Node). Throws when DOMPurify cannot run fully on that window: on linkedom
 * it would hand its input back unchanged.
 */
export function createArticleSanitizer(win: Window, options: ArticleSanitizerOptions = {}): ArticleSanitizer {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  if (purifier.isSupported !== true) {
    throw new Error('DOMPurify is not supported on this window; refusing to output unsanitized HTML.');
  }
  const images = options.images !== false;
  const baseUrl = options.baseUrl ?? null;
  const config = buildConfig(images);

  purifier.addHook('uponSanitizeAttribute', (node: Element, event: UponSanitizeAttributeHookEvent) => {
    const name = event.attrName;
    if (name.startsWith('on')) {
      event.keepAttr = false;
      return;
    }
    if (URL_ATTRIBUTES.has(name) || name === 'srcset' || name.endsWith(':href')) {
      const hosts = URL_ATTRIBUTE_HOSTS[name];
      if (!hosts || node.namespaceURI !== HTML_NAMESPACE || !hosts.has(node.localName)) {
        event.keepAttr = false;
        return;
      }
      const safe = name === 'srcset' ? filterSrcset(event.attrValue, baseUrl) : resolveSafeUrl(event.attrValue, baseUrl);
      if (safe === null) event.keepAttr = false;
      else event.attrValue = safe;
      return;
    }
    if (name !== 'alt' && name !== 'title' && carriesCssThreat(event.attrValue)) event.keepAttr = false;
  });

  purifier.addHook('uponSanitizeElement', (node: Node) => {
    // An HTML <title> in the body would only repeat the page title (SVG titles are captions and stay).
    const el = node as Element;
    if (el.localName === 'title' && el.namespaceURI === HTML_NAMESPACE) removeNode(el);
  });

  purifier.addHook('afterSanitizeAttributes', (node: Element) => {
    const tag = node.localName;
    if (tag === 'a') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
      return;
    }
    if (tag === 'img') {
      if ((!node.hasAttribute('src') && !node.hasAttribute('srcset')) || isTrackingPixel(node)) {
        removeNode(node);
        return;
      }
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
      return;
    }
    // A <source> means something only inside <picture>; one left over from a removed <video> goes.
    if (tag === 'source' && (node.parentNode?.nodeName.toLowerCase() !== 'picture' || !node.hasAttribute('srcset'))) {
      removeNode(node);
    }
  });

  return (html: string): string => {
    if (typeof html !== 'string' || html === '') return '';
    const result = purifier.sanitize(html, config);
    return typeof result === 'string' ? result : String(result);
  };
}
