/**
 * Hosts that republish or collect other outlets' stories, with the names they
 * go by. Small on purpose and free of the built registry: the on-load detector
 * (`entrypoints/detector.content.ts`) runs on every page and imports only this.
 * `overrides.ts` gives each of these the kind `aggregator`, so the full
 * registry agrees with this list. Keys are bare hosts (no `www.`); a key also
 * covers its subdomains (`uk.news.yahoo.com` is Yahoo News).
 */
export const AGGREGATOR_HOSTS: Readonly<Record<string, string>> = {
  'msn.com': 'MSN', // Microsoft's portal: syndicated partner stories under msn.com/…/ar-…
  'microsoftstart.com': 'Microsoft Start', // MSN's 2021-2024 brand, same partner feed
  'yahoo.com': 'Yahoo', // portal pages carry partner stories (caas provider markup)
  'news.yahoo.com': 'Yahoo News', // partner stories with a provider logo
  'finance.yahoo.com': 'Yahoo Finance', // wire and partner stories (Reuters, Bloomberg, press releases)
  'sports.yahoo.com': 'Yahoo Sports', // partner stories beside its own
  'news.yahoo.co.jp': 'Yahoo! News Japan', // Japanese portal, all stories from partner outlets
  'aol.com': 'AOL', // Yahoo-owned portal with the same partner feed
  'newsbreak.com': 'NewsBreak', // local-news app that reposts outlets' stories
  'smartnews.com': 'SmartNews', // news app: story pages frame the publisher's article
  'flipboard.com': 'Flipboard', // magazine-style app of other outlets' stories
  'news.google.com': 'Google News', // links and frames other outlets' stories
  'ground.news': 'Ground News', // compares coverage; every story is from elsewhere
  'headtopics.com': 'Head Topics', // reposts outlets' stories with a source line
  'daily8.com': 'Daily8', // reposts outlets' stories with a source line
  'inkl.com': 'inkl', // licensed full texts of other outlets
  'pressreader.com': 'PressReader', // digital replicas of printed papers
  'newsnow.co.uk': 'NewsNow', // headline aggregator
  'newsnow.com': 'NewsNow', // the same, US address
  'newsnow.in': 'NewsNow', // Indian headline aggregator of the same name
  'dailyhunt.in': 'Dailyhunt', // Indian news app reposting outlets' stories
  'opera.com': 'Opera News', // Opera's news feed (opera.com/news)
  'operanewsapp.com': 'Opera News', // Opera News story pages
  'upday.com': 'upday', // Samsung's news feed
  'getpocket.com': 'Pocket', // saved copies of other sites' articles
  'apple.news': 'Apple News', // apple.news links open other outlets' stories
  'news.naver.com': 'Naver News', // Korean portal, stories from partner outlets
  'n.news.naver.com': 'Naver News', // Naver's article pages
  'news.line.me': 'LINE NEWS', // LINE's portal of partner stories
  'digg.com': 'Digg', // link aggregator
  'allsides.com': 'AllSides', // side-by-side coverage from other outlets
  'squid-app.co': 'Squid', // news app reposting outlets' stories
  'newsbreakapp.com': 'NewsBreak', // NewsBreak's share links
};

/** Longest registry host a bare host could be: a guard against hostile input, not a DNS rule. */
const MAX_HOST_CHARS = 253;

/** Longest URL read; longer input is not a page address. */
const MAX_URL_CHARS = 4096;

/**
 * The bare host of a URL or host string (as `bareHost` in `domain/hosts.ts` has it),
 * or null for anything that is not one. Not imported from there: that module
 * brings the Public Suffix List, which the detector must not carry.
 */
export function hostKeyOf(urlOrHost: string | null | undefined): string | null {
  if (typeof urlOrHost !== 'string' || urlOrHost.length > MAX_URL_CHARS) return null;
  const text = urlOrHost.trim();
  let host: string;
  try {
    host = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).hostname : text;
  } catch {
    return null;
  }
  const bare = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:www\d?|m|amp|mobile)\./, '');
  if (!bare || bare.length > MAX_HOST_CHARS || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(bare)) return null;
  return bare;
}

/** `a.b.c.com` -> `a.b.c.com`, `b.c.com`, `c.com`: the host, then each parent with two labels or more. */
export function hostAndParents(host: string): string[] {
  const labels = host.split('.');
  const hosts: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) hosts.push(labels.slice(i).join('.'));
  return hosts;
}

/** The aggregator a URL or host belongs to (the most specific listed host), or null. */
export function aggregatorNameOf(urlOrHost: string | null | undefined): string | null {
  const host = hostKeyOf(urlOrHost);
  if (!host) return null;
  for (const candidate of hostAndParents(host)) {
    if (Object.prototype.hasOwnProperty.call(AGGREGATOR_HOSTS, candidate)) return AGGREGATOR_HOSTS[candidate];
  }
  return null;
}

/** The detector's host hint: `{name, aggregator: true}` for a listed aggregator, else null. */
export function aggregatorHintOf(url: string | null | undefined): { name: string; aggregator: true } | null {
  const name = aggregatorNameOf(url);
  return name ? { name, aggregator: true } : null;
}

/**
 * A name for a host without the full registry (the detector's needs): the
 * aggregator's name, else the bare host. The popup's extraction, which has the
 * registry, has the last word on the outlet's name.
 */
export function shortNameOfHost(url: string | null | undefined): string | null {
  const host = hostKeyOf(url);
  if (!host) return null;
  return aggregatorNameOf(host) ?? approximateSite(host);
}

/**
 * `edition.cnn.com` -> `cnn.com`, `news.bbc.co.uk` -> `bbc.co.uk`: the site without the
 * Public Suffix List (too large for the detector), taking a short second-level label under
 * a country code (`co.uk`, `com.au`) as part of the suffix. Only ever shown as a fallback name.
 */
function approximateSite(host: string): string {
  const labels = host.split('.');
  const ccSecondLevel = labels.length > 2 && /^[a-z]{2}$/.test(labels[labels.length - 1]) && labels[labels.length - 2].length <= 3;
  return labels.slice(ccSecondLevel ? -3 : -2).join('.');
}
