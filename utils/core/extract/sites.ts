import { hostnameOf, registrableDomain } from './urls';

/**
 * Hints for hosts we know. Only names and "this host aggregates": every rule
 * of the pipeline must also work on an unknown host with the same markup, so
 * nothing here changes how a page is cut. Add a host with one line.
 */
export interface SiteHint {
  /** The site's display name, used when the page does not say it. */
  name: string;
  /** The site republishes or collects other outlets' stories. */
  aggregator: boolean;
  /** The outlet's kind (`wire`, `press-release`, `aggregator`, ...), when it matters to attribution. */
  kind?: string;
  /** Other names pages print for it ("AP"). */
  aliases?: string[];
}

const SITE_HINTS: Record<string, SiteHint> = {
  'daily8.com': { name: 'Daily8', aggregator: true },
  'msn.com': { name: 'MSN', aggregator: true },
  'news.yahoo.com': { name: 'Yahoo News', aggregator: true },
  'finance.yahoo.com': { name: 'Yahoo Finance', aggregator: true },
  'sports.yahoo.com': { name: 'Yahoo Sports', aggregator: true },
  'yahoo.com': { name: 'Yahoo', aggregator: true },
  'aol.com': { name: 'AOL', aggregator: true },
  'newsbreak.com': { name: 'NewsBreak', aggregator: true },
  'headtopics.com': { name: 'Head Topics', aggregator: true },
  'ground.news': { name: 'Ground News', aggregator: true },
  'smartnews.com': { name: 'SmartNews', aggregator: true },
  'inkl.com': { name: 'inkl', aggregator: true },
  'flipboard.com': { name: 'Flipboard', aggregator: true },
  'news.google.com': { name: 'Google News', aggregator: true },
  'apple.news': { name: 'Apple News', aggregator: true },
  'pressreader.com': { name: 'PressReader', aggregator: true },
  'newsnow.co.uk': { name: 'NewsNow', aggregator: true },
  'newsnow.com': { name: 'NewsNow', aggregator: true },
  'allsides.com': { name: 'AllSides', aggregator: true },
  'squid-app.co': { name: 'Squid', aggregator: true },
  'opera.com': { name: 'Opera News', aggregator: true },
  'dailyhunt.in': { name: 'Dailyhunt', aggregator: true },
  'newsnow.in': { name: 'NewsNow', aggregator: true },
  'upday.com': { name: 'upday', aggregator: true },
  'microsoftstart.com': { name: 'Microsoft Start', aggregator: true },
  // Until the outlet registry (utils/core/registry) lands: the wires, whose short names pages print.
  'apnews.com': { name: 'Associated Press', aggregator: false, kind: 'wire', aliases: ['AP', 'The Associated Press'] },
  'ap.org': { name: 'Associated Press', aggregator: false, kind: 'wire', aliases: ['AP', 'The Associated Press'] },
  'reuters.com': { name: 'Reuters', aggregator: false, kind: 'wire', aliases: ['Thomson Reuters'] },
  'afp.com': { name: 'Agence France-Presse', aggregator: false, kind: 'wire', aliases: ['AFP'] },
  'upi.com': { name: 'United Press International', aggregator: false, kind: 'wire', aliases: ['UPI'] },
  'prnewswire.com': { name: 'PR Newswire', aggregator: false, kind: 'press-release' },
  'businesswire.com': { name: 'Business Wire', aggregator: false, kind: 'press-release' },
  'globenewswire.com': { name: 'GlobeNewswire', aggregator: false, kind: 'press-release' },
  'accesswire.com': { name: 'ACCESSWIRE', aggregator: false, kind: 'press-release' },
  'nation.foxnews.com': { name: 'Fox Nation', aggregator: false, kind: 'broadcaster' },
  'foxnews.com': { name: 'Fox News', aggregator: false, kind: 'broadcaster' },
};

/** Every hint with the host it is filed under, for alias lookups. */
export function listSiteHints(): Array<[string, SiteHint]> {
  return Object.entries(SITE_HINTS);
}

/** The hint for a URL's host: the most specific host entry first, then its registrable domain. */
export function findSiteHint(url: string | null | undefined): SiteHint | null {
  const host = hostnameOf(url);
  if (!host) return null;
  const labels = host.replace(/^www\./, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hint = SITE_HINTS[labels.slice(i).join('.')];
    if (hint) return hint;
  }
  const domain = registrableDomain(host);
  return domain ? SITE_HINTS[domain] ?? null : null;
}

/** A readable name for a host the page does not name: `www.example-news.com` -> `example-news.com`. */
export function nameFromHost(url: string | null | undefined): string | null {
  const host = hostnameOf(url);
  if (!host) return null;
  return findSiteHint(url)?.name ?? registrableDomain(host.replace(/^www\./, ''));
}
