import type { Landmarks } from '../detect';
import type { PageMetadata } from '../page-metadata';
import type { PageScan } from '../page-scan';
import { findSiteHint } from '../sites';
import type { Aggregator, Outlet, Source } from '../types';
import { readByline } from './byline';
import { readPublishedTime } from './dates';
import { decideSource } from './decide';
import { isSameOutletVia } from './names';
import { registryDirectory, type OutletDirectory } from './outlet-directory';
import { MAX_DATELINE_CHARS, MIN_COLLECTED_OUTLETS } from './tuning';
import { collapseWhitespace } from '../dom';
import { findHeadlineByline, findHeadlineTime } from './page-facts';
import { isHostName, normalizeLang, readCanonical, readDir, readExcerpt, readSite } from './page-info';
import type { Candidate, Signal, SignalContext, SourceEvidence, ValidationContext, Validator } from './types';
import { bylineOutlet } from './signals/byline-outlet';
import { readBylineWire } from './signals/byline-wire';
import { readDatelineWire } from './signals/dateline-wire';
import { canonicalElsewhere } from './signals/canonical-elsewhere';
import { copyrightLine } from './signals/copyright-line';
import { creditPhrases } from './signals/credit-phrases';
import { jsonLdAuthorOrganization } from './signals/jsonld-author-organization';
import { jsonLdIsBasedOn } from './signals/jsonld-is-based-on';
import { jsonLdProvider, jsonLdSourceOrganization } from './signals/jsonld-organization';
import { jsonLdPublisher } from './signals/jsonld-publisher';
import { metaAuthorOutlet } from './signals/meta-author-outlet';
import { metaOriginalSource } from './signals/meta-original-source';
import { pageJsonSource } from './signals/next-data';
import { providerLabel } from './signals/provider-label';
import { providerLogo } from './signals/provider-logo';
import { siteNameMeta } from './signals/site-name-meta';
import { sourceChannelLink } from './signals/source-channel-link';
import { notAdOrUiLabel } from './validators/ad-or-ui-label';
import { notAggregatorBrand } from './validators/aggregator-brand';
import { notBareHost } from './validators/bare-host';
import { notBylinePerson } from './validators/byline-person';
import { notCodeLike } from './validators/code-like';
import { notDateOrTime } from './validators/date-or-time';
import { notGenericAltText } from './validators/generic-alt-text';
import { notOverLong } from './validators/name-length';
import { notPersonPhoto } from './validators/person-photo';
import { notPhotoCredit } from './validators/photo-credit';

/**
 * Who published the story, where, when and by whom: evidence -> validation
 * -> decision. Signals read the pruned page (before Readability rewrites it,
 * so a neighbouring card can no longer lend its outlet) into candidates;
 * validators drop what cannot be an outlet; decide.ts picks the outlet most
 * independent signals agree on, or none.
 *
 * To add a signal or a validator: one file under signals/ or validators/,
 * one line in the list below, one row in its unit test table.
 */

/** Every signal, in the order their candidates are listed (earlier wins a tie). */
export const SIGNALS: readonly Signal[] = [
  jsonLdIsBasedOn, // JSON-LD isBasedOn: the work republished here
  metaOriginalSource, // <meta name=original-source>, <link rel=syndication-source>
  jsonLdProvider, // JSON-LD provider
  jsonLdSourceOrganization, // JSON-LD sourceOrganization
  pageJsonSource, // __NEXT_DATA__ / page JSON: a source name with an origin URL
  providerLogo, // a provider logo or link to another site by the headline
  providerLabel, // a provider label by class by the headline ("caas-attr-provider")
  sourceChannelLink, // the aggregator's own page for the outlet, linked by the headline
  bylineOutlet, // "Story by X • Outlet", "By X, Reuters"
  creditPhrases, // "Originally published by", "Source:", "Read full story on", "Read more »"
  metaAuthorOutlet, // <meta name=author content="Jane Roe, The Courier">
  jsonLdAuthorOrganization, // JSON-LD author of type Organization
  canonicalElsewhere, // the canonical link / og:url on another site
  jsonLdPublisher, // JSON-LD publisher (own site, or corroboration)
  copyrightLine, // "© 2024 Outlet" (corroboration)
  siteNameMeta, // og:site_name, application-name (the site's own)
];

/** Every validator, run in this order on each candidate. */
export const VALIDATORS: readonly Validator[] = [
  notAdOrUiLabel, // "AdChoices", "Advertisement", "Sponsored", "Share", links into ad networks
  notPhotoCredit, // "Homestead", "Getty Images" inside figures and credit classes
  notCodeLike, // markup, code, "CNA/dy(sn)", control characters
  notBareHost, // "foxnews.com" is an address: the name comes from the registry or other signals
  notGenericAltText, // "image", "logo", "Recommendation image"
  notDateOrTime, // "3 hours ago", "June 6, 2025"
  notOverLong, // sentences, headlines, 10,000-character junk
  notBylinePerson, // the byline's people ("Andrea Stone")
  notPersonPhoto, // avatars, author photos and name boxes: people, not outlets
  notAggregatorBrand, // the platform's own brand linking elsewhere
];

/** The outlet registry attribution asks; swap for utils/core/registry when it lands. */
export const DEFAULT_DIRECTORY: OutletDirectory = registryDirectory;

/** Reads the page's DOM for outlet candidates, the byline and the date. Run after pruning, before Readability. */
export function gatherSourceEvidence(doc: Document, landmarks: Landmarks, metadata: PageMetadata, pageUrl: string, scan: PageScan): SourceEvidence {
  const ctx: SignalContext = { doc, landmarks, metadata, pageUrl, scan };
  const candidates = SIGNALS.flatMap((signal) => signal.read(ctx));
  const byline = findHeadlineByline(landmarks, scan);
  return {
    candidates,
    headlineTime: findHeadlineTime(doc, landmarks, scan),
    headlineByline: byline.text,
    storyOpening: readStoryOpening(landmarks),
    bylineElements: byline.elements,
    attributionElements: candidates.map((c) => c.line).filter((el): el is Element => !!el),
  };
}

/** The first words of the story body's first paragraph (read before Readability moves it). */
function readStoryOpening(landmarks: Landmarks): string | null {
  const first = landmarks.body?.getElementsByTagName('p')[0];
  return first ? collapseWhitespace(first.textContent).slice(0, MAX_DATELINE_CHARS) || null : null;
}

/** Runs every validator on every candidate; what survives goes to the decision. */
export function validateCandidates(candidates: Candidate[], ctx: ValidationContext, validators: readonly Validator[] = VALIDATORS): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of candidates) {
    let c: Candidate | null = raw;
    for (const v of validators) {
      c = v.check(c, ctx);
      if (!c) break;
    }
    if (c && (c.name || c.url || c.unnamedSlot)) out.push(c);
  }
  return out;
}

export interface AttributionInput {
  metadata: PageMetadata;
  evidence: SourceEvidence;
  pageUrl: string;
  /** Signals of feed pruning, e.g. `related-feed`. */
  pruneSignals: string[];
  /** Distinct outlets named by the cut feed's cards. */
  feedOutlets: string[];
  readabilityByline: string | null;
  readabilityPublished: string | null;
  readabilitySiteName: string | null;
  readabilityLang: string | null;
  readabilityExcerpt: string | null;
  /** The outlet registry; DEFAULT_DIRECTORY when not given. */
  directory?: OutletDirectory;
}

export interface Attribution {
  site: Outlet;
  source: Source | null;
  /** The original article's address, also when no outlet name survived. */
  originalUrl: string | null;
  aggregator: Aggregator | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  excerpt: string | null;
}

export function attribute(input: AttributionInput): Attribution {
  const { metadata, pageUrl } = input;
  const directory = input.directory ?? DEFAULT_DIRECTORY;
  const pageEntry = directory.lookupOutlet(pageUrl);
  const site = readSite(input, pageEntry?.name ?? findSiteHint(pageUrl)?.name ?? null);
  const canonicalUrl = readCanonical(metadata, pageUrl);
  const siteIsAggregator = pageEntry?.kind === 'aggregator';

  // The byline first, against the site only: a person is then no outlet candidate.
  const firstByline = readByline(input, [site.name]);
  // A byline that is a news agency names the outlet, not a person (signals/byline-wire.ts).
  const wireByline = readBylineWire([firstByline, input.evidence.headlineByline], directory);
  // The byline's people, so no person becomes the outlet; beside a wire ("Tom Krisher, AP Auto Writer") the other parts are.
  const bylineParts = firstByline ? firstByline.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [];
  const bylinePeople = wireByline.length ? bylineParts.filter((part) => !readBylineWire([part], directory).length) : bylineParts;
  if (firstByline && !wireByline.length) bylinePeople.push(firstByline);
  const wireDateline = readDatelineWire(input.evidence.storyOpening, directory);
  const candidates = validateCandidates([...input.evidence.candidates, ...wireByline, ...wireDateline], { site, pageUrl, bylinePeople, directory });
  const siteNamedByHostOnly = isHostName(site.name, pageUrl);
  const decision = decideSource({ candidates, site, pageUrl, canonicalUrl, directory, siteIsAggregator, siteNamedByHostOnly });
  const source = decision.source;

  const signals = new Set(decision.signals);
  if (decision.republished && siteIsAggregator) signals.add('known-host');
  if (decision.republished && input.pruneSignals.includes('related-feed')) signals.add('related-feed');
  // Aggregator means republished or collected: cards and "More from" rails on a publisher's own page are not
  // evidence. A page whose own text is a summary it wrote over other outlets' coverage (Ground News) collects.
  const otherOutlets = input.feedOutlets.filter((o) => !isSameOutletVia(directory, o, site.name)).length;
  const collects = !decision.republished && otherOutlets >= MIN_COLLECTED_OUTLETS && (siteIsAggregator || source?.evidence?.includes('summary-by') === true);
  if (collects) signals.add('related-feed').add(siteIsAggregator ? 'known-host' : 'summary-by');
  const aggregator: Aggregator | null =
    decision.republished || collects ? { name: site.name, url: site.url ?? new URL(pageUrl).origin + '/', signals: Array.from(signals) } : null;

  const byline = firstByline && source && isSameOutletVia(directory, firstByline, source.name) ? null : firstByline;
  const lang = normalizeLang(metadata.lang ?? metadata.meta.get('og:locale') ?? input.readabilityLang);
  return {
    site,
    source,
    originalUrl: decision.originalUrl,
    aggregator,
    byline,
    publishedTime: readPublishedTime(input),
    lang,
    dir: readDir(metadata.dir, lang),
    canonicalUrl,
    excerpt: readExcerpt(input),
  };
}

export { cleanByline } from './byline';
export { toIsoTime } from './dates';
export { isSameOutlet, splitAuthorOutlet } from './names';
export type { Candidate, SourceEvidence } from './types';
