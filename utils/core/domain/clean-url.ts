/**
 * Tracking parameters come off cited and linked URLs; every other parameter
 * stays, because some sites need theirs (`?id=`, `?p=`, `?article=`). The query
 * is edited as raw text so the kept parameters keep their exact encoding.
 */

/** Exact names, compared case-insensitively. */
// prettier-ignore
const TRACKING_PARAMS = new Set([
  'ocid', 'cvid', 'ei', 'srcref', 'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid',
  'mc_cid', 'mc_eid', 'cmpid', 'ref_src', 'ref_url', 'taid', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'igshid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'ncid', 'sr_share', 'smid',
  'smtyp', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'oly_enc_id', 'oly_anon_id', 'vero_id', 'vero_conv',
  'wt.mc_id', 'wt_mc_id', 'spm', 'scid', 's_cid', 'soc_src', 'soc_trk', 'ito', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', '__twitter_impression', 'rss_source',
]);
/** Families of names: `utm_source`, `hsa_cam`, `pk_campaign`, ... */
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'pk_', 'mtm_', 'matomo_', 'at_', 'itm_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function decodeKey(raw: string): string {
  const key = raw.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

/**
 * Removes tracking parameters and text-fragment directives (`#:~:text=`) from
 * an http(s) URL. Other URLs, and strings that are not URLs, come back unchanged.
 */
export function cleanUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeKey(pair)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  const directive = url.hash.indexOf(':~:');
  if (directive !== -1) url.hash = url.hash.slice(0, directive);
  let out = url.toString();
  if (out.endsWith('#')) out = out.slice(0, -1);
  return out;
}

/** Resolves `href` against `base` and cleans it; null unless the result is http(s) or mailto. */
export function safeLinkUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.toString();
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return cleanUrl(url.toString());
}

/** Resolves and cleans an image address; only http(s) images are kept (no data: or blob:). */
export function safeImageUrl(src: string | null | undefined, base: string | null): string | null {
  const url = safeLinkUrl(src, base);
  return url && !url.startsWith('mailto:') ? url : null;
}
