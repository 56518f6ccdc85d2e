import { collapseWhitespace } from '../dom';
import type { PageMetadata } from '../page-metadata';
import { jsonLdString } from '../page-metadata';
import { findSiteHint, nameFromHost } from '../sites';
import type { Outlet } from '../types';
import { isHttpUrl, isSameSite, registrableDomain, resolveUrl, stripTrackingParams } from '../urls';
import type { AttributionInput } from './index';
import { outletNameKey } from '../../registry/name-index';
import { cleanSiteName, isInitialsOf, isSameOutlet, spellsHostWord } from './names';
import { DESCRIPTION_CUT_CHARS, MAX_DESCRIPTION_CHARS } from './tuning';

/** The page's facts about itself: its site, canonical address, language, direction and standfirst. */

export function readSite(input: AttributionInput, hintName: string | null): Outlet {
  const { metadata, pageUrl } = input;
  let origin: string | null = null;
  try {
    const parsed = new URL(pageUrl);
    if (/^https?:$/.test(parsed.protocol)) origin = parsed.origin + '/';
  } catch {
    origin = null;
  }
  const publisher = metadata.jsonLdArticle?.publisher;
  const publisherUrl = jsonLdString(publisher, 'url');
  const publisherIsSite = publisher && (!publisherUrl || isSameSite(resolveUrl(publisherUrl, pageUrl), pageUrl));
  // The registry's name beats an og:site_name that names something else (Reuters pages say "U.S.",
  // AP-hosted pages "Hosted"), and so does a full name over its initials ("WSJ"); a variant of the
  // same name ("the Guardian") stays the page's own.
  const ogSiteName = readOwnSiteName(metadata.meta.get('og:site_name'), pageUrl);
  const registryName = respellAsSite(hintName, publisherIsSite ? jsonLdString(publisher) : null);
  const name =
    (registryName && ogSiteName && (!isSameOutlet(registryName, ogSiteName) || isInitialsOf(ogSiteName, registryName)) ? registryName : null) ||
    ogSiteName ||
    registryName ||
    readOwnSiteName(metadata.meta.get('application-name'), pageUrl) ||
    ownHostName(metadata.meta.get('publisher'), pageUrl) ||
    ownHostName(input.evidence.candidates.find((c) => c.signal === 'copyright-line' && namesOwnHost(c.name, pageUrl))?.name, pageUrl) ||
    (publisherIsSite ? readOwnSiteName(jsonLdString(publisher), pageUrl) : null) ||
    readOwnSiteName(input.readabilitySiteName, pageUrl) ||
    nameFromHost(pageUrl) ||
    'Unknown site';
  return { name: collapseWhitespace(name), url: origin };
}

/**
 * The registry's name as the site's own JSON-LD publisher spells it, when the registry's is one
 * run of letters and the publisher's the same letters as words (case and accents aside): some lists
 * label outlets by an identifier ("SeznamZpravy") that is not how the outlet writes its name
 * ("Seznam Zprávy").
 */
function respellAsSite(hintName: string | null, publisherName: string | null): string | null {
  // Only an identifier (one run of letters) against words: "The Wall Street Journal" and "Les Échos" stay as they are.
  if (!hintName || !publisherName || /\s/.test(hintName.trim()) || !/\s/.test(publisherName.trim())) return hintName;
  return outletNameKey(publisherName) === outletNameKey(hintName) ? collapseWhitespace(publisherName) : hintName;
}

/** A printed name (a `publisher` meta tag, a copyright holder) as the site's name, when it names the page's own host. */
export function ownHostName(raw: string | null | undefined, pageUrl: string): string | null {
  return namesOwnHost(raw, pageUrl) ? readOwnSiteName(raw, pageUrl) : null;
}

/** A page's own name for its site (`og:site_name`, `application-name`), cleaned against its host and the registry. */
export function readOwnSiteName(raw: string | null | undefined, pageUrl: string): string | null {
  const domain = registrableDomain(pageUrl);
  return cleanSiteName(raw, domain ? domain.split('.')[0] : null, findSiteHint(pageUrl)?.name ?? null);
}

/**
 * Whether a name the page prints (a copyright holder, a `publisher` meta tag)
 * is its own site's, spelled as the host spells it: "MacRumors.com, LLC" on
 * macrumors.com, "News Nation" on newsnation.in. A parent company ("Dow Jones &
 * Company" on barrons.com) is not, and stays out of the site's name.
 */
export function namesOwnHost(name: string | null | undefined, pageUrl: string): boolean {
  return spellsHostWord(name, registrableDomain(pageUrl)?.split('.')[0]);
}

/** Whether the site's name is only its host ("nytimes.com"): not a name the page or the registry gave. */
export function isHostName(name: string, pageUrl: string): boolean {
  return name === nameFromHost(pageUrl) && /\.[a-z]{2,}$/i.test(name);
}

/** The page's own host in its own capitals ("NJ.com" on nj.com): how that site prints its name, so a name. */
export function isPrintedOwnHost(name: string, pageUrl: string): boolean {
  return /\p{Lu}/u.test(name) && name.toLowerCase() === registrableDomain(pageUrl);
}

export function readCanonical(metadata: PageMetadata, pageUrl: string): string | null {
  const url = resolveUrl(metadata.canonical ?? metadata.meta.get('og:url'), pageUrl);
  return isHttpUrl(url) ? stripTrackingParams(url) : null;
}

/** A URL with a path, not a bare home page, can name the original article. */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export function normalizeLang(raw: string | null | undefined): string | null {
  const value = collapseWhitespace(raw).replace(/_/g, '-');
  if (!value || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)) return null;
  const [primary, ...rest] = value.split('-');
  return [primary.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

export function readDir(dir: string | null, lang: string | null): 'ltr' | 'rtl' | null {
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (!lang) return null;
  return RTL_LANGS.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

export function readExcerpt(input: AttributionInput): string | null {
  const { metadata } = input;
  const raw =
    jsonLdString(metadata.jsonLdArticle?.description) ??
    metadata.meta.get('og:description') ??
    metadata.meta.get('description') ??
    metadata.meta.get('twitter:description') ??
    input.readabilityExcerpt;
  const value = collapseWhitespace(raw);
  if (!value) return null;
  if (value.length <= MAX_DESCRIPTION_CHARS) return value;
  const sentence = /^(.{40,300}?[.!?])\s/.exec(value);
  return sentence ? sentence[1] : value.slice(0, DESCRIPTION_CUT_CHARS).replace(/\s+\S*$/, '') + '…';
}
