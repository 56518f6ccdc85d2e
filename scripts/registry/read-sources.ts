import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutletKind } from '../../utils/core/registry/types';
import { bareHost } from '../../utils/core/domain/hosts';

/**
 * Readers for the three source lists (see `utils/core/registry/LICENSES.md`).
 * Each returns plain rows; the merge and the name rules live elsewhere.
 */

export interface NamedHost {
  host: string;
  name: string;
}

export interface LocalRow {
  /** The outlet's domain (several outlets may share one). */
  host: string;
  /** The host of the outlet's own website, when it is the domain or a subdomain of it (`acton.wickedlocal.com`). */
  siteHost: string;
  name: string;
  kind: OutletKind | null;
  isStation: boolean;
}

/** A host as the registry keys it, or null for a value that is not one host. */
export function normalizeHost(value: string): string | null {
  let text = value.trim().toLowerCase();
  if (!text) return null;
  text = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  // "com wsavcw.com": a stray word before the host in one row.
  if (/\s/.test(text)) text = text.split(/\s+/).pop() ?? '';
  const host = bareHost(text);
  return host && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) && !/^\d+(?:\.\d+)+$/.test(host) ? host : null;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => r.some((f) => f.trim()));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.replace(/^\ufeff/, '').trim(), (r[i] ?? '').trim()])));
}

/** the-markup/split-screen-news-sources: columns `source`, `url_domain`. */
export function readMarkup(file: string): NamedHost[] {
  const rows: NamedHost[] = [];
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const host = normalizeHost(row.url_domain ?? '');
    if (host && row.source) rows.push({ host, name: row.source });
  }
  return rows;
}

const LOCAL_KINDS: Record<string, OutletKind> = {
  Newspapers: 'newspaper',
  'College Newspapers': 'newspaper',
  'TV station': 'broadcaster',
  Magazines: 'magazine',
};

/** yinleon/LocalNewsDataset `local_news_dataset_2018.csv`: `name`, `domain`, `medium`. */
export function readLocal(file: string): LocalRow[] {
  const rows: LocalRow[] = [];
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const host = normalizeHost(row.domain || row.website || '');
    if (!host) continue;
    const website = normalizeHost(row.website ?? '');
    const siteHost = website && (website === host || website.endsWith(`.${host}`)) ? website : host;
    rows.push({ host, siteHost, name: row.name ?? '', kind: LOCAL_KINDS[row.medium] ?? null, isStation: row.medium === 'TV station' });
  }
  return rows;
}

/** Python string literal contents, single or double quoted, on one line. */
const PY_STRING = String.raw`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')`;
const PUBLISHER_CALL = /(\w+)\s*=\s*Publisher\(/g;
const NAME_ARG = new RegExp(String.raw`\bname\s*=\s*${PY_STRING}`);
const DOMAIN_ARG = new RegExp(String.raw`\bdomain\s*=\s*${PY_STRING}`);

/**
 * flairNLP/fundus `src/fundus/publishers/<country>/__init__.py`: each
 * `Publisher(name="...", domain="https://...")`. Read as text, never run.
 * `dir` may hold those files at any depth (copies named `<country>.py` work too).
 */
export function readFundus(dir: string): NamedHost[] {
  const rows: NamedHost[] = [];
  for (const file of pythonFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    const country = countryOfFundusFile(file);
    const calls = [...source.matchAll(PUBLISHER_CALL)];
    calls.forEach((call, i) => {
      // The arguments of this call: up to the next call (name and domain come first in every file).
      const block = source.slice(call.index ?? 0, calls[i + 1]?.index ?? source.length);
      const name = NAME_ARG.exec(block);
      const domain = DOMAIN_ARG.exec(block);
      const host = domain ? normalizeHost(domain[1] ?? domain[2]) : null;
      const text = name ? (name[1] ?? name[2]).replace(/\\(.)/g, '$1') : '';
      if (host && text) rows.push({ host, name: nameWithoutCountryTag(text, call[1], country) });
    });
  }
  return rows;
}

/** `tr` for `.../publishers/tr/__init__.py` and for a copy named `tr.py`. */
function countryOfFundusFile(file: string): string {
  const base = basename(file, '.py');
  return base === '__init__' ? basename(dirname(file)) : base;
}

/**
 * Fundus tells two publishers of one acronym apart by the country in their
 * identifier, and some entries print that identifier as the name: `NTVTR =
 * Publisher(name="NTVTR")` in `tr/` is NTV. An all-capitals name that is its
 * own identifier and ends in its file's country code loses the code.
 */
export function nameWithoutCountryTag(name: string, identifier: string, country: string): string {
  const tag = country.toUpperCase();
  if (name !== identifier || !/^[A-Z0-9]+$/.test(name) || tag.length < 2 || !name.endsWith(tag)) return name;
  const stem = name.slice(0, -tag.length);
  return stem.length >= 2 ? stem : name;
}

function pythonFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...pythonFiles(path));
    else if (entry.endsWith('.py')) found.push(path);
  }
  return found;
}
