/**
 * The outlet registry's vocabulary, shared by the build script, the hand
 * overrides and the lookup API. No data here, so anything may import it.
 */

/** What an outlet is, as far as crediting it goes. */
export type OutletKind =
  | 'newspaper'
  | 'wire'
  | 'broadcaster'
  | 'magazine'
  | 'press-release'
  | 'aggregator'
  | 'platform'
  /** An online-only outlet. */
  | 'digital';

/**
 * The kinds in the order of their codes in `outlets.json` (code = index + 1;
 * 0 means "kind not known"). Append only: reordering breaks the built data.
 */
export const KIND_CODES: readonly OutletKind[] = ['newspaper', 'wire', 'broadcaster', 'magazine', 'press-release', 'aggregator', 'platform', 'digital'];

/** One registry answer. */
export interface OutletRecord {
  /** The outlet's proper name, as it credits itself ("Associated Press"). */
  name: string;
  /** Null when the sources do not say. */
  kind: OutletKind | null;
  /** Other names people use for it: abbreviations, call signs, older names. */
  aliases: string[];
  /** The registry host that matched (the page's host or a parent of it). */
  host: string;
}

/**
 * The built data (`outlets.json`): names and alias lists once each, hosts by index.
 * `hosts` maps a bare host to `[nameIndex, kindCode?, aliasListIndex?]`.
 */
export interface RegistryData {
  v: number;
  names: string[];
  aliases: string[][];
  hosts: Record<string, number[]>;
}
