/**
 * The allow-list both sanitizers apply: DOMPurify's configuration in the
 * browser (`sanitize.ts`) and the tree walk that builds clean HTML in Node
 * (`sanitize-tree.ts`). Anything not named here is dropped. See SECURITY.md.
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

/** C0/C1 controls, every Unicode space and the invisible format characters a browser ignores in a scheme. */
export const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

export const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

export const HTML_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

/**
 * Static drawing only. Left out on purpose: script, style, foreignObject (HTML
 * inside SVG), use (pulls in other documents), animate/set and the other
 * animation elements (they can rewrite href after sanitizing), filters
 * (feImage loads URLs), image (loads without a referrer policy), switch and
 * metadata (no reading value).
 */
export const SVG_TAGS = [
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textpath',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
  'marker',
  'symbol',
];

/** MathML presentation markup; maction, semantics and annotation(-xml) stay out (DOMPurify refuses them too). */
export const MATHML_TAGS = [
  'math',
  'menclose',
  'merror',
  'mfenced',
  'mfrac',
  'mi',
  'mlabeledtr',
  'mmultiscripts',
  'mn',
  'mo',
  'mover',
  'mpadded',
  'mphantom',
  'mroot',
  'mrow',
  'ms',
  'mspace',
  'msqrt',
  'mstyle',
  'msub',
  'msup',
  'msubsup',
  'mtable',
  'mtd',
  'mtext',
  'mtr',
  'munder',
  'munderover',
  'mprescripts',
];

/**
 * Named even though they are not on the allow-list, so that widening the
 * allow-list later cannot let them back in by accident.
 */
export const ALWAYS_FORBIDDEN_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'fieldset',
  'legend',
  'label',
  'meter',
  'progress',
  'base',
  'meta',
  'link',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'slot',
  'dialog',
  'audio',
  'video',
  'track',
  'canvas',
  'map',
  'area',
  'marquee',
  'foreignobject',
  'use',
  'animate',
  'animatecolor',
  'animatemotion',
  'animatetransform',
  'set',
  'discard',
  'mpath',
  'handler',
  'listener',
  'feimage',
  'image',
  'mglyph',
  'maction',
  'annotation-xml',
  'annotation',
  'semantics',
];

export const IMAGE_TAGS = ['img', 'picture', 'source'];

/**
 * Removed elements whose content goes too: code, styles, raw text, controls,
 * plugin fallbacks. DOMPurify's default list, minus audio and video: a stray
 * unclosed `<video>` on a page can hold the rest of the story, and their
 * fallback text is harmless once the media element itself is gone.
 */
export const DROPPED_WITH_CONTENT = [
  'annotation-xml',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'xmp',
  'button',
  'select',
  'textarea',
  'datalist',
  'option',
  'object',
  'embed',
  'applet',
  'canvas',
  'map',
  'dialog',
  'frameset',
  'frame',
];

/**
 * Where a URL may appear at all: links only on HTML `a` (so every link gets
 * our target/rel/referrer policy), images only on HTML `img`/`source`, which
 * get `referrerpolicy` too. SVG and MathML links are dropped.
 */
export const URL_ATTRIBUTE_HOSTS: Record<string, ReadonlySet<string>> = {
  href: new Set(['a']),
  src: new Set(['img']),
  srcset: new Set(['img', 'source']),
  cite: new Set(['blockquote', 'q', 'del', 'ins']),
};

/** Attributes that hold a URL; each one is checked by `isSafeUrl` (srcset candidate by candidate). */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'cite',
  'action',
  'formaction',
  'poster',
  'background',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'ping',
  'usemap',
  'data',
  'codebase',
  'classid',
  'archive',
  'manifest',
  'icon',
  'profile',
]);

export const HTML_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'dir',
  'lang',
  'cite',
  'datetime',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'abbr',
  'span',
  'start',
  'reversed',
  'value',
  'open',
  'media',
];

export const SVG_ATTRIBUTES = [
  'viewbox',
  'preserveaspectratio',
  'xmlns',
  'version',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'pathlength',
  'transform',
  'transform-origin',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'clippathunits',
  'mask',
  'maskunits',
  'maskcontentunits',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerwidth',
  'markerheight',
  'markerunits',
  'refx',
  'refy',
  'orient',
  'gradientunits',
  'gradienttransform',
  'spreadmethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'patternunits',
  'patterncontentunits',
  'patterntransform',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'textlength',
  'lengthadjust',
  'startoffset',
  'dx',
  'dy',
  'rotate',
  'writing-mode',
  'direction',
  'display',
  'visibility',
  'overflow',
  'vector-effect',
  'shape-rendering',
  'text-rendering',
  'image-rendering',
  'paint-order',
  'xml:space',
];

export const MATHML_ATTRIBUTES = [
  'accent',
  'accentunder',
  'align',
  'bevelled',
  'close',
  'columnalign',
  'columnlines',
  'columnspacing',
  'columnspan',
  'denomalign',
  'depth',
  'display',
  'displaystyle',
  'fence',
  'frame',
  'largeop',
  'linethickness',
  'lquote',
  'lspace',
  'mathbackground',
  'mathcolor',
  'mathsize',
  'mathvariant',
  'maxsize',
  'minsize',
  'movablelimits',
  'notation',
  'numalign',
  'rowalign',
  'rowlines',
  'rowspacing',
  'rspace',
  'rquote',
  'scriptlevel',
  'scriptminsize',
  'scriptsizemultiplier',
  'separator',
  'separators',
  'stretchy',
  'subscriptshift',
  'supscriptshift',
  'symmetric',
  'voffset',
];

/**
 * Dropped even if someone widens the allow-list: inline CSS (url(), @import,
 * expression(), and overlays that could dress the page up as our own UI),
 * ids/names/classes (DOM clobbering of the popup, matching our stylesheet) and
 * page-chosen link behaviour that the hooks set themselves.
 */
export const ALWAYS_FORBIDDEN_ATTRIBUTES = [
  'style',
  'id',
  'name',
  'class',
  'is',
  'slot',
  'part',
  'exportparts',
  'srcdoc',
  'action',
  'formaction',
  'form',
  'target',
  'rel',
  'referrerpolicy',
  'ping',
  'download',
  'popover',
  'popovertarget',
  'tabindex',
  'autofocus',
  'contenteditable',
  'attributename',
  'values',
  'from',
  'to',
  'by',
  'begin',
  'end',
  'dur',
  'xml:base',
  'xmlns:xml',
  'usemap',
  'background',
  'poster',
  'nonce',
  'integrity',
  'crossorigin',
];

/** Paths with tell-tale pixel names; a width/height of 0 or 1 catches pixels with ordinary names. */
export const TRACKING_PIXEL_PATHS = [
  /\/(?:pixel|beacon|tracker|track|tracking|spacer|blank|clear|transparent|1x1|t|p)\.(?:gif|png)$/i,
  /[/_.-]1x1[/_.-]/i,
  /\/__utm\.gif$/i,
  /\/b\/ss\//i,
  /\/(?:collect|g\/collect|tr|pixel|beacon|impression|imp)\/?$/i,
];

/** Hosts whose images are only ever counters. Matched as the host or a subdomain of it. */
export const TRACKING_PIXEL_HOSTS = [
  'doubleclick.net',
  'google-analytics.com',
  'googletagmanager.com',
  'scorecardresearch.com',
  'quantserve.com',
  'bat.bing.com',
  'pixel.wp.com',
  'stats.wp.com',
  'tr.snapchat.com',
  'ct.pinterest.com',
  'px.ads.linkedin.com',
  'analytics.twitter.com',
  'pixel.facebook.com',
  'chartbeat.net',
  'parsely.com',
  'omtrdc.net',
  'demdex.net',
  'krxd.net',
  'adnxs.com',
  'taboola.com',
  'outbrain.com',
];

/* ------------------------------------------------------------------------ */
/* Hooks                                                                     */
/* ------------------------------------------------------------------------ */

/** CSS that loads or runs something, also hidden behind CSS escapes or comments. */
export function carriesCssThreat(value: string): boolean {
  const unescaped = value
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex) => {
      const code = Number.parseInt(String(hex), 16);
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

export function isTrackingPixel(img: Element): boolean {
  return isTrackingPixelImage(img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('src'));
}

/** The same judgement from the image's (sanitized) attribute values. */
export function isTrackingPixelImage(width: string | null, height: string | null, src: string | null): boolean {
  if (dimensionIsTiny(width) || dimensionIsTiny(height)) return true;
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

/** DOMPurify's default URI check minus ftp/tel/sms/...: a non-URL attribute whose value reads as another scheme goes. */
export const ALLOWED_URI_VALUE = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Attributes DOMPurify never reads as a URL (its URI_SAFE_ATTRIBUTES, as far as our allow-list holds them). */
export const URI_SAFE_ATTRIBUTES = new Set(['alt', 'title', 'value']);

/** What DOMPurify's SAFE_FOR_XML refuses in an attribute value: text that would close a comment or raw-text element. */
export const XML_UNSAFE_VALUE = /((--!?|])>)|<\/(style|title|textarea)/i;
