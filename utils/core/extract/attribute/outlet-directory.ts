import { collapseWhitespace } from '../dom';
import { findSiteHint, listSiteHints } from '../sites';

/**
 * What attribution asks of the outlet registry. The registry
 * (utils/core/registry, another stage's work) implements the same two calls;
 * switching is one line in attribute/index.ts (`DEFAULT_DIRECTORY`).
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

/** The in-repo fallback: the host hints of sites.ts. */
export const siteHintDirectory: OutletDirectory = {
  lookupOutlet(urlOrHost) {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}/`;
    const hint = findSiteHint(url);
    if (!hint) return null;
    return { name: hint.name, kind: hint.kind ?? (hint.aggregator ? 'aggregator' : null), aliases: hint.aliases ?? [] };
  },
  canonicalOutletName(name) {
    return this.lookupByName?.(name)?.name ?? null;
  },
  lookupByName(name) {
    const wanted = squashName(name);
    if (!wanted) return null;
    for (const [, hint] of listSiteHints()) {
      if (squashName(hint.name) === wanted || (hint.aliases ?? []).some((a) => squashName(a) === wanted)) {
        return { name: hint.name, kind: hint.kind ?? (hint.aggregator ? 'aggregator' : null), aliases: hint.aliases ?? [] };
      }
    }
    return null;
  },
};

/** Lower-case letters and digits only: "The A.P." and "the ap" compare equal. */
function squashName(name: string): string {
  return collapseWhitespace(name).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
