import { cleanUrl } from '../domain/clean-url';

/** URL helpers: resolving, comparing sites, and dropping tracking parameters. */

/** Resolves `href` against `base`; null when it is not a valid URL. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (href == null) return null;
  // Browsers strip these before parsing; so do we, so `java\tscript:` cannot hide.
  const cleaned = href.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!cleaned) return null;
  try {
    return new URL(cleaned, base).href;
  } catch {
    return null;
  }
}

/** Whether a URL is absolute http(s). */
export function isHttpUrl(href: string | null | undefined): href is string {
  return !!href && /^https?:\/\//i.test(href);
}

export function hostnameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

// Second-level labels under which registries sell names (example.co.uk).
const SECOND_LEVEL_SUFFIXES = new Set([
  'co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'nic', 'mil', 'ltd', 'plc', 'sch',
]);

/** The registrable domain of a host, approximately: `news.bbc.co.uk` -> `bbc.co.uk`. */
export function registrableDomain(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const secondLast = labels[labels.length - 2];
  const take = SECOND_LEVEL_SUFFIXES.has(secondLast) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether two URLs belong to the same registrable domain. */
export function isSameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const da = registrableDomain(hostnameOf(a));
  const db = registrableDomain(hostnameOf(b));
  return !!da && da === db;
}

/**
 * Removes tracking parameters (`utm_*`, `ocid`, `fbclid`, ...) and an empty
 * fragment, keeping every other parameter exactly as written. One rule for the
 * whole project: see utils/clean-url.ts.
 */
export const stripTrackingParams = cleanUrl;

/** Whether a link leads to another page than `baseUrl` (not a fragment, script or mail link). */
export function isOtherPage(href: string | null, baseUrl: string): boolean {
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href.trim())) return false;
  const resolved = resolveUrl(href, baseUrl);
  if (!resolved) return false;
  return resolved.split('#')[0] !== baseUrl.split('#')[0];
}
