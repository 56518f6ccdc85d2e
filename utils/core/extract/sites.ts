import { hostnameOf, registrableDomain } from './urls';
import { lookupOutlet } from '../registry';

/**
 * What the extractor knows about a host, read from the outlet registry
 * (`utils/core/registry`, the only home of host knowledge). Only names and
 * "this host aggregates": every rule of the pipeline must also work on an
 * unknown host with the same markup, so nothing here changes how a page is cut.
 */
export interface SiteHint {
  /** The site's proper name, used when the page does not say it. */
  name: string;
  /** The site republishes or collects other outlets' stories. */
  aggregator: boolean;
}

/** The hint for a URL's host: the most specific registry host first, then its parents up to the site. */
export function findSiteHint(url: string | null | undefined): SiteHint | null {
  const outlet = lookupOutlet(url);
  return outlet ? { name: outlet.name, aggregator: outlet.kind === 'aggregator' } : null;
}

/**
 * A readable name for a host the page does not name: the registry's proper
 * name for a known host, else the registrable domain (`www.example-news.com` -> `example-news.com`).
 */
export function nameFromHost(url: string | null | undefined): string | null {
  const host = hostnameOf(url);
  if (!host) return null;
  return lookupOutlet(url)?.name ?? registrableDomain(host.replace(/^www\./, ''));
}
