import type { OverrideRow } from './overrides';
import type { RegistryData } from './types';

/**
 * The name index: an outlet-name key -> the host of the outlet it names, or
 * 0 where it names two outlets. Computed here from the built registry and the
 * hand rows, and committed as `name-index.json` (`npm run build:name-index`),
 * because building it where the extractor runs cost 12-20 ms on every popup
 * open (the content script starts fresh each time) for ~8,000 names.
 * A unit test recomputes it, so it cannot drift from `overrides.ts`.
 */

export interface NameIndexData {
  v: 1;
  /** Name key -> host, or 0 for a key two outlets share. */
  keys: Record<string, string | 0>;
}

/** The host a name key names (0 for none, or for a key two outlets share). Own keys only: "constructor" is no outlet. */
export function hostOfNameKey(index: NameIndexData, key: string): string | 0 {
  return Object.prototype.hasOwnProperty.call(index.keys, key) ? index.keys[key] : 0;
}

/** One all-capitals token ("AP", "KTVI", "CNN"): matched only as written, so "King" is not KING 5. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * The key two spellings of one name share: case, accents, punctuation, "&"/"and"
 * and a leading "The" aside. Acronyms and call signs keep their case.
 */
export function outletNameKey(name: string): string {
  const text = name.trim();
  if (ACRONYM.test(text)) return `=${text}`;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Hand rows first (their host wins for a shared name), then proper names
 * before aliases, so that an outlet's own name outranks another outlet's
 * alias for it. Keys come out sorted, so the committed file diffs by name.
 */
export function computeNameIndex(registry: RegistryData, overrides: readonly OverrideRow[]): NameIndexData {
  const index = new Map<string, { name: string; host: string } | null>();
  const add = (alias: string, name: string, host: string) => {
    const key = outletNameKey(alias);
    if (!key) return;
    const known = index.get(key);
    if (known === undefined) index.set(key, { name, host });
    else if (known && known.name !== name) index.set(key, null);
  };
  // One row per host, the last one written winning, as at lookup time.
  const byHost = [...new Map(overrides.map((row) => [row[0], row] as const)).values()];
  const overrideHosts = new Set(byHost.map(([host]) => host));
  const rows = Object.entries(registry.hosts).filter(([host]) => !overrideHosts.has(host));
  for (const [host, name] of byHost) add(name, name, host);
  for (const [host, [n]] of rows) add(registry.names[n], registry.names[n], host);
  const properKeys = new Set(index.keys());
  const addAlias = (alias: string, name: string, host: string) => {
    if (!properKeys.has(outletNameKey(alias))) add(alias, name, host);
  };
  for (const [host, name, , aliases] of byHost) for (const alias of aliases ?? []) addAlias(alias, name, host);
  for (const [host, [n, , a]] of rows) {
    if (a !== undefined) for (const alias of registry.aliases[a] ?? []) addAlias(alias, registry.names[n], host);
  }
  const keys: Record<string, string | 0> = {};
  for (const key of [...index.keys()].sort()) keys[key] = index.get(key)?.host ?? 0;
  return { v: 1, keys };
}
