import { getDomain, getHostname } from 'tldts';

/**
 * Hosts and sites, once for the whole project. A "site" is the registrable
 * domain under the Public Suffix List (tldts, private suffixes included), so
 * `news.bbc.co.uk` and `www.bbc.co.uk` are one site while two `*.blogspot.com`
 * blogs are two.
 */

const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/** The lower-cased host of an absolute URL, or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** A host as people write it: lower case, no trailing dot, no leading `www.` (or `www2.`, `m.`). */
export function bareHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const cleaned = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:www\d?|m|amp|mobile)\./, '');
  return cleaned || null;
}

/** The bare host of a URL: `https://www.bbc.co.uk/news` -> `bbc.co.uk`. */
export function bareHostOf(url: string | null | undefined): string | null {
  return bareHost(hostOf(url));
}

/** The registrable domain of a host or URL: `news.bbc.co.uk` -> `bbc.co.uk`; null for IPs and bare suffixes. */
export function siteOf(hostOrUrl: string | null | undefined): string | null {
  if (!hostOrUrl) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(hostOrUrl) ? hostOf(hostOrUrl) : hostOrUrl.toLowerCase().replace(/\.$/, '');
  if (!host || !/^[\p{L}\p{N}.-]+$|^\[[0-9a-f:.]+\]$/iu.test(host)) return null;
  const domain = getDomain(host, PSL_OPTIONS);
  if (domain) return domain;
  // IP addresses and single-label hosts (localhost) are their own site.
  return getHostname(host) ?? host;
}

/** Whether two absolute URLs are on the same registrable domain. */
export function isSameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const sa = siteOf(hostOf(a));
  const sb = siteOf(hostOf(b));
  return !!sa && sa === sb;
}

/**
 * Whether `url` is the home page of `pageUrl`'s site (`https://mainichi.jp`, `https://www.nikkei.com/`):
 * where an organization says it lives. An author's profile page on the site is not its home.
 */
export function isSiteHome(url: string | null | undefined, pageUrl: string | null | undefined): boolean {
  if (!url || !isSameSite(url, pageUrl)) return false;
  try {
    const { pathname, search } = new URL(url);
    return !search && /^\/(?:index\.\w+)?$/.test(pathname);
  } catch {
    return false;
  }
}

/** Site names' first labels shorter than this are too common to say two sites are one brand ("ap", "t"). */
const MIN_BRAND_LABEL_CHARS = 4;

/**
 * Whether two URLs on different registrable domains carry one brand's name
 * under other suffixes (`jaraguadosul.com.br` and `jaraguadosul.sc.gov.br`,
 * `businessinsider.com` and `businessinsider.de`): one site moved, mirrored
 * or in another country's edition, not one outlet running another's story.
 */
export function isSameBrandSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const la = siteOf(hostOf(a))?.split('.')[0];
  const lb = siteOf(hostOf(b))?.split('.')[0];
  return !!la && la.length >= MIN_BRAND_LABEL_CHARS && la === lb;
}
