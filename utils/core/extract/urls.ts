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

/** Host and site rules live in the domain kernel (one rule for the project). */
export { hostOf as hostnameOf, isSameBrandSite, isSameSite, siteOf as registrableDomain } from '../domain/hosts';

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
