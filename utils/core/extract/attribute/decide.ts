import { isHttpUrl, isSameSite, registrableDomain, stripTrackingParams } from '../urls';
import type { Outlet, Source, SourceConfidence } from '../types';
import { isSameOutletVia, squashName } from './names';
import { isHostName, isPrintedOwnHost } from './page-info';
import type { OutletDirectory } from './outlet-directory';
import { HIGH_CONFIDENCE_SCORE, MEDIUM_CONFIDENCE_SCORE, MIN_FOREIGN_SCORE, WEIGHT_CREDIT_LINE, WEIGHT_KNOWN_AGGREGATOR_CONTEXT } from './tuning';
import type { Candidate } from './types';

/**
 * The decision: candidates that survived validation are grouped by the
 * outlet they name (normalised names, the directory's aliases, the site of
 * their address), each group scores the strongest weight of each distinct
 * signal in it, and the best group above `MIN_FOREIGN_SCORE` is the source.
 * Without a foreign outlet the page is its own publisher's, unless the site
 * is a known aggregator that does not credit itself: then nobody is named.
 */
export interface DecideInput {
  candidates: Candidate[];
  site: Outlet;
  pageUrl: string;
  canonicalUrl: string | null;
  directory: OutletDirectory;
  /** The host is a known aggregator (the directory says so). */
  siteIsAggregator: boolean;
  /** The site's name is only its host ("nytimes.com"): no outlet name to give for its own story. */
  siteNamedByHostOnly?: boolean;
}

export interface Decision {
  source: Source | null;
  /** The original article's address, when known (also when no name survived). */
  originalUrl: string | null;
  /** A foreign outlet's story: the page republishes it. */
  republished: boolean;
  /** The signals that said so, for `aggregator.signals`. */
  signals: string[];
}

/** Signals that only name the site itself, whatever the story: not a credit for its own story on an aggregator. */
const SITE_SELF_SIGNALS = new Set(['og:site_name', 'application-name', 'jsonld-publisher', 'copyright-line']);
/** Organizations that the page's JSON-LD places on this site (their `url` is here): other names of the site. */
const HOME_ORGANIZATION_SIGNALS = new Set(['jsonld-publisher', 'jsonld-author-organization']);
/** Corroborating signals that the page's context (a known aggregator, an unnamed provider logo) can make firm. */
const CONTEXT_BACKED_SIGNALS = new Set(['jsonld-publisher']);
/** "foxnews.com": an address, not a name in words. */
const BARE_DOMAIN = /^[\w.-]+\.[a-z]{2,}$/i;
/** Credit slots a site also uses for its own name. */
const SELF_SLOT_SIGNALS = new Set(['provider-label', 'provider-logo', 'source-channel-link']);
/** Kinds of outlets whose copy others run under their own mastheads. */
const WIRE_KINDS = new Set(['wire']);
/** Signals that give the original article's address even when they carry no name. */
const ADDRESS_SIGNALS = new Set([
  'jsonld-isBasedOn',
  'syndication-meta',
  'canonical-elsewhere',
  'read-more-link',
  'next-data',
  'page-json',
  'originally-published',
  'read-full-story',
]);

interface Group {
  members: Candidate[];
  score: number;
  first: number;
}

export function decideSource(input: DecideInput): Decision {
  const { candidates, site, pageUrl, directory } = input;
  const slot = candidates.find((c) => c.unnamedSlot);
  const named = candidates.filter((c) => !c.unnamedSlot);
  // The site's names: its own, and those an organization at home on this site goes by ("毎日新聞" on mainichi.jp).
  const ownNames = [site.name, ...named.filter((c) => c.own && c.name && HOME_ORGANIZATION_SIGNALS.has(c.signal)).map((c) => c.name!)];
  const isOwn = (c: Candidate) =>
    !!c.own ||
    (!!c.name && ownNames.some((own) => isSameOutletVia(directory, c.name, own))) ||
    (!c.name && !!c.url && (isSameSite(c.url, pageUrl) || isSiteNamesAddress(c.url, site.name, directory)));
  const foreign = named.filter((c) => !isOwn(c) && (c.name || (c.url && !isSameSite(c.url, pageUrl))));
  // A wire named by any statement (JSON-LD publisher, "© 2019 Associated Press") is a credit: wires own no
  // sites that a parent-company reading could explain.
  for (const c of foreign) {
    if (c.corroborating && c.name && WIRE_KINDS.has(directory.lookupByName?.(c.name)?.kind ?? ''))
      Object.assign(c, { corroborating: false, weight: Math.max(c.weight, WEIGHT_CREDIT_LINE) });
  }
  const firm = foreign.filter((c) => !c.corroborating);
  // A differing JSON-LD publisher alone is usually the parent company. It names the original beside a firm
  // credit, on a known aggregator, or where a provider logo without a name shows that a credit slot is there.
  const context: Candidate[] = [];
  if (input.siteIsAggregator) context.push({ signal: 'known-host', name: null, url: null, weight: WEIGHT_KNOWN_AGGREGATOR_CONTEXT });
  if (slot) context.push(slot);
  const usable = firm.length || context.length ? foreign : [];
  const groups = groupByOutlet(usable, directory);
  for (const g of groups) {
    if (!g.members.some((c) => !c.corroborating) && g.members.some((c) => CONTEXT_BACKED_SIGNALS.has(c.signal))) {
      g.members.push(...context);
      g.score = scoreOf(g.members);
    }
  }
  // Best score first; on a tie, a group that names its outlet before one that only has an address.
  const unnamedLast = (g: Group) => (g.members.some((c) => c.name) ? 0 : 1);
  const best = groups
    .filter((g) => g.members.some((c) => !c.corroborating))
    .sort((a, b) => b.score - a.score || unnamedLast(a) - unnamedLast(b) || a.first - b.first)[0];
  // An address with no name beside one differing publisher name: the name of the outlet at that address.
  if (best && !best.members.some((c) => c.name) && !best.members.some((c) => c.url && directory.lookupOutlet(c.url))) {
    const namedOnly = groups.filter(
      (g) => g !== best && g.members.every((c) => c.corroborating) && g.members.some((c) => CONTEXT_BACKED_SIGNALS.has(c.signal)),
    );
    if (namedOnly.length === 1) {
      best.members.push(...namedOnly[0].members);
      best.score = scoreOf(best.members);
    }
  }

  // A site known only by its host that prints a name in its own credit slot, linking nowhere else
  // is naming itself: the page's own words for the bare host.
  if (best && input.siteNamedByHostOnly && !input.siteIsAggregator && best.members.every((c) => !c.url && SELF_SLOT_SIGNALS.has(c.signal))) {
    const name = best.members.find((c) => c.name)?.name;
    if (name) return ownDecision(named.filter(isOwn).concat(best.members), { ...input, site: { ...site, name }, siteNamedByHostOnly: false });
  }
  if (best && best.score >= MIN_FOREIGN_SCORE && !isUnnamedGuess(best, input)) return foreignDecision(best, foreign, input);
  return ownDecision(named.filter(isOwn), input);
}

/**
 * An address on the host the site's own name spells, or that the registry gives the site's name
 * ("Quanta Magazine" and quantamagazine.org): the outlet's own page seen from a mirror, cache or
 * copy, not someone else's story.
 */
function isSiteNamesAddress(url: string, siteName: string, directory: OutletDirectory): boolean {
  const hostWord = registrableDomain(url)?.split('.')[0];
  // "The Verge" is theverge.com, "The Harbour Gazette" may be harbourgazette.com.
  if (hostWord && [siteName, siteName.replace(/^the\s+/i, '')].some((name) => squashName(name) === hostWord)) return true;
  const outlet = directory.lookupOutlet(url)?.name;
  return !!outlet && isSameOutletVia(directory, outlet, siteName);
}

/** Signals that only say "a link by the headline": with no name, they do not show that the story is someone else's. */
const HEADLINE_LINK_SIGNALS = new Set(['provider-logo', 'provider-label', 'provider-logo-unnamed']);

/**
 * An outlet with neither a name nor a registry entry, on a site not known to aggregate, is only a
 * guess that the story is someone else's when all it has is a headline link (an author's page on
 * another host) or no article address at all (a cookie notice's "read more"): the page is its own.
 */
function isUnnamedGuess(group: Group, input: DecideInput): boolean {
  const { directory, pageUrl } = input;
  if (input.siteIsAggregator || group.members.some((c) => c.name || (c.url && directory.lookupOutlet(c.url)))) return false;
  return !pickArticleUrl(group.members, pageUrl) || group.members.every((c) => HEADLINE_LINK_SIGNALS.has(c.signal));
}

function groupByOutlet(candidates: Candidate[], directory: OutletDirectory): Group[] {
  const groups: Group[] = [];
  candidates.forEach((c, index) => {
    const siteKey = c.url ? registrableDomain(c.url) : null;
    const registryName = c.url ? (directory.lookupOutlet(c.url)?.name ?? null) : null;
    const group = groups.find((g) =>
      g.members.some((m) => {
        const mSite = m.url ? registrableDomain(m.url) : null;
        const mRegistry = m.url ? (directory.lookupOutlet(m.url)?.name ?? null) : null;
        return (
          (!!siteKey && siteKey === mSite) ||
          isSameOutletVia(directory, c.name, m.name) ||
          isSameOutletVia(directory, c.name, mRegistry) ||
          isSameOutletVia(directory, registryName, m.name)
        );
      }),
    );
    if (group) group.members.push(c);
    else groups.push({ members: [c], score: 0, first: index });
  });
  for (const g of groups) g.score = scoreOf(g.members);
  return groups;
}

/** The strongest weight of each distinct signal: one signal read twice is one piece of evidence. */
function scoreOf(members: Candidate[]): number {
  const best = new Map<string, number>();
  for (const c of members) best.set(c.signal, Math.max(best.get(c.signal) ?? 0, c.weight));
  return Array.from(best.values()).reduce((a, b) => a + b, 0);
}

function confidenceOf(score: number): SourceConfidence {
  if (score >= HIGH_CONFIDENCE_SCORE) return 'high';
  if (score >= MEDIUM_CONFIDENCE_SCORE) return 'medium';
  return 'low';
}

function foreignDecision(group: Group, allForeign: Candidate[], input: DecideInput): Decision {
  const { directory } = input;
  const evidence = distinct(group.members.map((c) => c.signal));
  // The page's own words first, made proper through the directory ("AP" -> "Associated Press").
  const printed = group.members.filter((c) => c.name).sort((a, b) => b.weight - a.weight);
  let name: string | null = null;
  let fromRegistry = false;
  for (const c of printed) {
    const canonical = directory.canonicalOutletName(c.name!);
    // An alias becomes the proper name ("AP" -> "Associated Press"); a variant of the same words
    // ("The Valley Courier" for "Valley Courier") stays as the page prints it.
    const variant = !!canonical && squashVariant(canonical) === squashVariant(c.name!);
    name = canonical && !variant ? canonical : c.name!;
    fromRegistry = !!canonical && !variant;
    break;
  }
  const entry = group.members.map((c) => (c.url ? directory.lookupOutlet(c.url) : null)).find((e) => !!e) ?? null;
  if (!name && entry) {
    name = entry.name;
    fromRegistry = true;
  }
  const articleUrl =
    pickArticleUrl(group.members, input.pageUrl) ??
    pickArticleUrl(
      allForeign.filter((c) => !c.name && ADDRESS_SIGNALS.has(c.signal)),
      input.pageUrl,
    );
  const originalUrl = articleUrl ? stripTrackingParams(articleUrl) : null;
  if (fromRegistry || (entry && name && isSameOutletVia(directory, entry.name, name))) evidence.push('registry');
  if (!name) return { source: null, originalUrl, republished: true, signals: evidence };
  // The kind comes from the registry: by the original's address, else by the name the page prints.
  const named = entry && isSameOutletVia(directory, entry.name, name) ? entry : (directory.lookupByName?.(name) ?? null);
  const kind = named && isSameOutletVia(directory, named.name, name) ? named.kind : null;
  return {
    source: { name, url: originalUrl, confidence: confidenceOf(group.score), evidence, kind },
    originalUrl,
    republished: true,
    signals: evidence,
  };
}

function ownDecision(own: Candidate[], input: DecideInput): Decision {
  const { pageUrl, directory, canonicalUrl } = input;
  const entry = directory.lookupOutlet(pageUrl);
  // A site known by its host that writes its name in words in its own credit slot is named by those words.
  // A lowercase slug of the host ("cleveland" for Cleveland.com) is the host again, not words.
  const isSlug = (name: string) => !/[\p{Lu}\s]/u.test(name) && isSameOutletVia(directory, name, input.site.name);
  const ownWords = input.siteNamedByHostOnly
    ? own.find((c) => c.name && !isHostName(c.name, pageUrl) && (!BARE_DOMAIN.test(c.name) || isPrintedOwnHost(c.name, pageUrl)) && !isSlug(c.name))?.name
    : undefined;
  const site = ownWords ? { ...input.site, name: ownWords } : input.site;
  const url = canonicalUrl ?? stripTrackingParams(pageUrl);
  // On an aggregator the site's name is everywhere; only a credit slot naming itself says the story is its own.
  if (input.siteIsAggregator && !own.some((c) => !SITE_SELF_SIGNALS.has(c.signal))) return { source: null, originalUrl: null, republished: false, signals: [] };
  const evidence = distinct(own.map((c) => c.signal));
  if (entry && isSameOutletVia(directory, entry.name, site.name)) evidence.push('registry');
  // A bare host is an address, not a name: without the page's or the registry's words, nobody is named.
  if (input.siteNamedByHostOnly && !evidence.length) return { source: null, originalUrl: null, republished: false, signals: [] };
  const score = scoreOf(own) + (evidence.includes('registry') ? 1 : 0);
  if (!evidence.length) evidence.push('site-host');
  return {
    source: { name: site.name, url: isHttpUrl(url) ? url : null, confidence: confidenceOf(score), evidence, kind: entry?.kind ?? null },
    originalUrl: null,
    republished: false,
    signals: [],
  };
}

/** An address with a path (not a bare home page) on another site, from the strongest candidate. */
function pickArticleUrl(candidates: Candidate[], pageUrl: string): string | null {
  // A signal that states the article's address (a canonical, isBasedOn, "read the original") beats a
  // credit's link, which may lead to the outlet's author page or a section instead of the story.
  const rank = (c: Candidate) => (ADDRESS_SIGNALS.has(c.signal) ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || b.weight - a.weight);
  for (const c of sorted) {
    if (!isHttpUrl(c.url) || isSameSite(c.url, pageUrl)) continue;
    try {
      if (new URL(c.url).pathname.replace(/\/+$/, '').length > 1) return c.url;
    } catch {
      // not a URL
    }
  }
  return null;
}

function distinct(values: string[]): string[] {
  return Array.from(new Set(values));
}

/** Letters and digits only, without a leading "The": "The A.P." and "the ap" compare equal. */
function squashVariant(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
