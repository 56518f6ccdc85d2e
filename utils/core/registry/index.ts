import data from './outlets.json';
import nameIndexData from './name-index.json';
import { hostOfNameKey, outletNameKey, type NameIndexData } from './name-index';
import { siteOf } from '../domain/hosts';
import { AGGREGATOR_HOSTS, hostAndParents, hostKeyOf } from './aggregator-hosts';
import { KIND_ROWS, OVERRIDES } from './overrides';
import { KIND_CODES } from './types';
import type { OutletKind, OutletRecord, RegistryData } from './types';

/**
 * The outlet registry: host -> the outlet's proper name, kind and aliases.
 * Built data (`outlets.json`, see `scripts/build-registry.ts`) under the hand
 * rows of `overrides.ts`. Pure and synchronous; the name index for
 * `canonicalOutletName` is precomputed (`name-index.json`), so importing and
 * the first lookup cost only the JSON parse. Never import this from the
 * on-load detector: it is large (use `aggregator-hosts.ts` there).
 */

export type { OutletKind, OutletRecord } from './types';
export { outletNameKey } from './name-index';

const REGISTRY = data as RegistryData;
const NAME_INDEX = nameIndexData as NameIndexData;
const NO_ALIASES: readonly string[] = [];

/** Longest name `canonicalOutletName` considers; outlet names are short, longer text is not one. */
const MAX_NAME_CHARS = 120;

interface OverrideEntry {
  name: string;
  kind: OutletKind | null;
  aliases: readonly string[];
}

const KIND_BY_HOST = new Map<string, OutletKind>(KIND_ROWS);
const OVERRIDE_BY_HOST = new Map<string, OverrideEntry>(OVERRIDES.map(([host, name, kind, aliases]) => [host, { name, kind, aliases: aliases ?? NO_ALIASES }]));

function recordAt(host: string): OutletRecord | null {
  const override = OVERRIDE_BY_HOST.get(host);
  if (override) return { name: override.name, kind: override.kind, aliases: [...override.aliases], host };
  if (!Object.prototype.hasOwnProperty.call(REGISTRY.hosts, host)) return null;
  const [nameIndex, kindCode = 0, aliasIndex] = REGISTRY.hosts[host];
  const name = REGISTRY.names[nameIndex];
  if (!name) return null;
  const aliases = aliasIndex === undefined ? NO_ALIASES : (REGISTRY.aliases[aliasIndex] ?? NO_ALIASES);
  return { name, kind: KIND_BY_HOST.get(host) ?? KIND_CODES[kindCode - 1] ?? null, aliases: [...aliases], host };
}

/**
 * The outlet at a URL or host: the exact bare host first, then each parent
 * host up to the registrable site (`nation.foxnews.com` is Fox Nation,
 * `edition.cnn.com` is CNN; a blog on `*.blogspot.com` is its own site, so
 * it is not Blogger). Null for unknown hosts and for anything not a host.
 */
export function lookupOutlet(urlOrHost: string | null | undefined): OutletRecord | null {
  const host = hostKeyOf(urlOrHost);
  if (!host) return null;
  const site = siteOf(host);
  if (!site) return null;
  for (const candidate of hostAndParents(host)) {
    const record = recordAt(candidate);
    // A subdomain of a platform (`someone.substack.com`) is the author's outlet, not the platform's.
    if (record) return record.kind === 'platform' && candidate !== host ? null : record;
    if (candidate === site) break;
  }
  return null;
}

/** Whether a URL or host belongs to a site that republishes or collects others' stories. */
export function isAggregatorHost(urlOrHost: string | null | undefined): boolean {
  return lookupOutlet(urlOrHost)?.kind === 'aggregator';
}

/** A host-shaped string ("nytimes.com", "https://www.nytimes.com/x"): looked up as a host. */
const HOST_LIKE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

/**
 * The outlet a name, alias or host names (`"AP"` -> the Associated Press's record with kind
 * `wire`), or null when the registry does not know it or it names two outlets.
 */
export function findOutletByName(name: string | null | undefined): OutletRecord | null {
  if (typeof name !== 'string') return null;
  const text = name.trim();
  if (!text || text.length > MAX_NAME_CHARS) return null;
  if (HOST_LIKE.test(text)) {
    const record = lookupOutlet(/^https?:\/\//i.test(text) ? text : text.replace(/[/?#].*$/, ''));
    if (record) return record;
  }
  const host = hostOfNameKey(NAME_INDEX, outletNameKey(text));
  return host ? recordAt(host) : null;
}

/**
 * The registry's proper name for a name, alias or host people use
 * (`"AP"` -> `"Associated Press"`, `"nytimes.com"` -> `"The New York Times"`),
 * or null when the registry does not know it or it names two outlets.
 */
export function canonicalOutletName(name: string | null | undefined): string | null {
  return findOutletByName(name)?.name ?? null;
}

/** Size of the registry: hosts with an entry, distinct proper names, bytes of the built data. */
export function registryStats(): { hosts: number; names: number; bytes: number; aggregatorHosts: number } {
  const hosts = new Set([...Object.keys(REGISTRY.hosts), ...OVERRIDE_BY_HOST.keys()]);
  const names = new Set([...REGISTRY.names, ...[...OVERRIDE_BY_HOST.values()].map((o) => o.name)]);
  return {
    hosts: hosts.size,
    names: names.size,
    bytes: new TextEncoder().encode(JSON.stringify(REGISTRY)).length + 1,
    aggregatorHosts: Object.keys(AGGREGATOR_HOSTS).length,
  };
}
