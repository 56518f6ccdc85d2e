import { HTML_ATTRIBUTES, MATHML_ATTRIBUTES, SVG_ATTRIBUTES } from './attributes';
import { ALWAYS_FORBIDDEN_TAGS, HTML_TAGS, IMAGE_TAGS, MATHML_TAGS, SVG_TAGS } from './tags';
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

export * from './tags';
export * from './attributes';

/** The allow-lists of all three namespaces as one, and what each image mode forbids: both sanitizers read these. */
export const ALLOWED_TAG_NAMES: readonly string[] = [...HTML_TAGS, ...SVG_TAGS, ...MATHML_TAGS];
export const ALLOWED_ATTRIBUTE_NAMES: readonly string[] = [...HTML_ATTRIBUTES, ...SVG_ATTRIBUTES, ...MATHML_ATTRIBUTES];
export function forbiddenTags(images: boolean): string[] {
  return images ? [...ALWAYS_FORBIDDEN_TAGS] : [...ALWAYS_FORBIDDEN_TAGS, ...IMAGE_TAGS];
}

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
