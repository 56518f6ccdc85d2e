/**
 * Builds the outlet registry `utils/core/registry/outlets.json` (host -> proper
 * name, kind, aliases) from three openly licensed lists:
 *
 *   npx tsx scripts/build-registry.ts \
 *     --markup split_screen_news_sources.csv \
 *     --fundus DIR_WITH_FUNDUS_PUBLISHERS \
 *     --local local_news_dataset_2018.csv \
 *     [--out utils/core/registry/outlets.json]
 *
 * - `--markup`: the-markup/split-screen-news-sources `split_screen_news_sources.csv` (BSD-3-Clause).
 * - `--fundus`: flairNLP/fundus `src/fundus/publishers/` (MIT); every `__init__.py` below it is read
 *   as text for its `Publisher(name=..., domain=...)` calls.
 * - `--local`: yinleon/LocalNewsDataset `data/local_news_dataset_2018.csv` (MIT).
 *
 * Get them with git, at the commits named in `utils/core/registry/LICENSES.md`, e.g.
 *   git --git-dir=<mirror> show <commit>:split_screen_news_sources.csv > markup.csv
 * The raw files are not committed; only this script's output and the licence notices are.
 *
 * Precedence for a host's name: fundus, then the-markup, then LocalNewsDataset (whose names are
 * only trusted where one outlet has the domain to itself). Kinds come from LocalNewsDataset, or
 * from what a name says outright (a call sign, "Magazine", "Radio"). Hand corrections are not
 * baked in: `overrides.ts` is applied at lookup time, so it can change without the sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cleanName, callSignsIn, isCallSign, tidy } from './registry/clean-name';
import { readFundus, readLocal, readMarkup } from './registry/read-sources';
import type { LocalRow } from './registry/read-sources';
import { KIND_CODES } from '../utils/core/registry/types';
import type { OutletKind, RegistryData } from '../utils/core/registry/types';

/** More stations than this on one domain is a group's shared site (cbslocal.com, comettv.com): no call sign aliases. */
const STATION_ALIAS_LIMIT = 3;
/**
 * Hosts that carry pages of many outlets (social networks, publishing and hosting services):
 * LocalNewsDataset gives some outlets' pages there as their website. Never an outlet's host.
 */
const SHARED_SERVICE_HOSTS = new Set([
  'facebook.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'instagram.com',
  'linkedin.com',
  'tiktok.com',
  'issuu.com',
  'google.com',
  'sites.google.com',
  'blogspot.com',
  'wordpress.com',
  'tumblr.com',
  'medium.com',
  'substack.com',
  'wixsite.com',
  'weebly.com',
  'squarespace.com',
  'godaddysites.com',
  'webs.com',
  'yolasite.com',
  'tripod.com',
  'angelfire.com',
  'dreamhosters.com',
  'our-hometown.com',
  'pressreader.com',
]);
/** Shortest name or host label compared by `nameMatchesHost`: shorter ones match by accident. */
const MIN_MATCH_CHARS = 4;
/** Aliases kept per host; past this the list is noise (a network's every subchannel). */
const MAX_ALIASES = 6;

interface Candidate {
  name: string | null;
  aliases: string[];
  callSignOnly: boolean;
}

interface Entry {
  fundus?: Candidate;
  markup?: Candidate;
  local?: Candidate;
  kind: OutletKind | null;
}

function argument(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface LocalView {
  /** Per host (domain or an outlet's own subdomain): its candidate name and aliases, and its kind. */
  byHost: Map<string, { candidate: Candidate; kind: OutletKind | null }>;
  /** Per domain shared by several outlets: their names, which are then no name for the domain itself. */
  sharedNames: Map<string, Set<string>>;
  /** Per domain whose outlets all live on subdomains (`tech.mit.edu`): their names, no name for the domain. */
  subdomainNames: Map<string, Set<string>>;
}

/** LocalNewsDataset: the kind most rows give, call signs when few, a name when one outlet owns the host. */
function readLocalView(rows: LocalRow[]): LocalView {
  const groups = new Map<string, LocalRow[]>();
  const add = (key: string, row: LocalRow) => groups.set(key, [...(groups.get(key) ?? []), row]);
  for (const row of rows) {
    add(row.host, row);
    if (row.siteHost !== row.host) add(row.siteHost, row);
  }
  const byHost: LocalView['byHost'] = new Map();
  const sharedNames: LocalView['sharedNames'] = new Map();
  const subdomainNames: LocalView['subdomainNames'] = new Map();
  for (const [host, group] of groups) {
    const counts = new Map<OutletKind, number>();
    for (const r of group) if (r.kind) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    const kind = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

    const stations = group
      .filter((r) => r.isStation)
      .flatMap((r) => r.name.split('/').map(tidy))
      .filter(isCallSign);
    const aliases = stations.length <= STATION_ALIAS_LIMIT ? [...new Set(stations.flatMap(callSignsIn))] : [];
    const printNames = new Set(
      group
        .filter((r) => !r.isStation)
        .map((r) => tidy(r.name))
        .filter(Boolean),
    );
    if (printNames.size > 1) sharedNames.set(host, printNames);
    // A university's or a printer's domain that only hosts the outlet: the outlet is not the domain.
    if (group.every((r) => r.siteHost !== host)) {
      subdomainNames.set(host, printNames);
      continue;
    }
    let candidate: Candidate;
    if (printNames.size === 1 && stations.length === 0) candidate = { ...cleanName([...printNames][0], host), aliases };
    else if (aliases.length && printNames.size === 0) candidate = { name: aliases[0], aliases, callSignOnly: true };
    else candidate = { name: null, aliases, callSignOnly: false };
    byHost.set(host, { candidate, kind });
  }
  return { byHost, sharedNames, subdomainNames };
}

/** The kind a name states outright, for hosts LocalNewsDataset does not cover. */
function kindFromName(name: string, aliases: string[]): OutletKind | null {
  // What the name says outright comes first: a short alias only looks like a call sign
  // ("WAZ" is the Westdeutsche Allgemeine Zeitung, not a station).
  if (/\b(?:Radio|Television|TV|Rundfunk|Fernsehen|Broadcasting)\b/i.test(name)) return 'broadcaster';
  if (/\bMagazine?\b/i.test(name)) return 'magazine';
  if (/\b(?:Zeitung|Shimbun|Gazette|Newspaper)\b/i.test(name)) return 'newspaper';
  if (isCallSign(name) || aliases.some(isCallSign)) return 'broadcaster';
  return null;
}

/** Whether a name and its host's first label spell each other ("Hartford Courant" / courant.com). */
function nameMatchesHost(name: string, host: string): boolean {
  const compact = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');
  const label = host.split('.')[0].replace(/-/g, '');
  return compact.length >= MIN_MATCH_CHARS && label.length >= MIN_MATCH_CHARS && (label.includes(compact) || compact.includes(label));
}

function chooseName(entry: Entry): Candidate | null {
  const ordered = [entry.fundus, entry.markup, entry.local].filter((c): c is Candidate => !!c?.name);
  if (ordered.length === 0) return null;
  // A bare call sign only when no source has the station's brand.
  return ordered.find((c) => !c.callSignOnly) ?? ordered[0];
}

function build(markupFile: string, fundusDir: string, localFile: string): RegistryData {
  const entries = new Map<string, Entry>();
  const entryOf = (host: string): Entry => {
    let entry = entries.get(host);
    if (!entry) entries.set(host, (entry = { kind: null }));
    return entry;
  };
  const local = readLocalView(readLocal(localFile));
  for (const [host, { candidate, kind }] of local.byHost) {
    const entry = entryOf(host);
    entry.local = candidate;
    entry.kind = kind;
  }
  for (const row of readMarkup(markupFile)) {
    // the-markup took some names from LocalNewsDataset, where one of many papers on a shared domain
    // stands for the domain ("Abington Mariner" for wickedlocal.com): no name for the domain then.
    // Kept when the name is the domain's own ("Baltimore Sun" for baltimoresun.com).
    const localNames = local.sharedNames.get(row.host) ?? local.subdomainNames.get(row.host);
    if (localNames?.has(tidy(row.name)) && !nameMatchesHost(row.name, row.host)) continue;
    entryOf(row.host).markup = cleanName(row.name, row.host);
  }
  for (const row of readFundus(fundusDir)) entryOf(row.host).fundus = cleanName(row.name, row.host);

  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const aliasLists: string[][] = [];
  const aliasIndex = new Map<string, number>();
  const hosts: Record<string, number[]> = {};
  for (const host of [...entries.keys()].sort()) {
    if (SHARED_SERVICE_HOSTS.has(host)) continue;
    const entry = entries.get(host)!;
    const chosen = chooseName(entry);
    if (!chosen?.name) continue;
    const name = chosen.name;
    const aliases = [...new Set([entry.fundus, entry.markup, entry.local].flatMap((c) => c?.aliases ?? []))].filter((a) => a !== name).slice(0, MAX_ALIASES);
    const kind = entry.kind ?? kindFromName(name, aliases);

    if (!nameIndex.has(name)) nameIndex.set(name, names.push(name) - 1);
    const row = [nameIndex.get(name)!, kind ? KIND_CODES.indexOf(kind) + 1 : 0];
    if (aliases.length) {
      const key = aliases.join('\u0000');
      if (!aliasIndex.has(key)) aliasIndex.set(key, aliasLists.push(aliases) - 1);
      row.push(aliasIndex.get(key)!);
    } else if (row[1] === 0) row.pop();
    hosts[host] = row;
  }
  return { v: 1, names, aliases: aliasLists, hosts };
}

function main(): void {
  const markup = argument('--markup');
  const fundus = argument('--fundus');
  const local = argument('--local');
  const out = argument('--out') ?? 'utils/core/registry/outlets.json';
  if (!markup || !fundus || !local) {
    console.error('usage: npx tsx scripts/build-registry.ts --markup FILE --fundus DIR --local FILE [--out FILE]');
    process.exit(2);
  }
  const data = build(markup, fundus, local);
  const json = JSON.stringify(data);
  writeFileSync(out, json + '\n');
  const bytes = Buffer.byteLength(readFileSync(out));
  const kinds = new Map<string, number>();
  for (const row of Object.values(data.hosts)) {
    const kind = KIND_CODES[(row[1] ?? 0) - 1] ?? 'unknown';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  console.log(`hosts ${Object.keys(data.hosts).length}, names ${data.names.length}, alias lists ${data.aliases.length}`);
  console.log(`bytes ${bytes}, gzip ${gzipSync(json).length}`);
  console.log(`kinds ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

main();
