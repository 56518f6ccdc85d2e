import { collapseWhitespace } from '../dom';
import { canonicalOutletName, findOutletByName, lookupOutlet } from '../../registry';

/**
 * What attribution asks of the outlet registry. The registry
 * (utils/core/registry) answers them; tests may inject a directory of their own.
 */
export interface OutletEntry {
  /** The outlet's proper name ("Associated Press"). */
  name: string;
  /** `newspaper`, `wire`, `broadcaster`, `magazine`, `press-release`, `aggregator`, `platform`, or null. */
  kind: string | null;
  /** Other names pages print for it ("AP"). */
  aliases: string[];
}

export interface OutletDirectory {
  /** The outlet of a URL or host, most specific host first; null when unknown. */
  lookupOutlet(urlOrHost: string): OutletEntry | null;
  /** The proper name for a name or alias the page prints ("AP" -> "Associated Press"); null when unknown. */
  canonicalOutletName(name: string): string | null;
  /** The entry for a name or alias, when the directory can tell (optional: only for kinds). */
  lookupByName?(name: string): OutletEntry | null;
}

/** The outlet registry (utils/core/registry) as attribution sees it. */
export const registryDirectory: OutletDirectory = {
  lookupOutlet(urlOrHost) {
    const record = lookupOutlet(urlOrHost);
    return record ? { name: record.name, kind: record.kind ?? null, aliases: [...record.aliases] } : null;
  },
  canonicalOutletName(name) {
    return canonicalOutletName(collapseWhitespace(name));
  },
  lookupByName(name) {
    const record = findOutletByName(collapseWhitespace(name));
    return record ? { name: record.name, kind: record.kind ?? null, aliases: [...record.aliases] } : null;
  },
};
