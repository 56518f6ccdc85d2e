import { collapseWhitespace } from '../dom';
import { OUTLET_WORDS } from '../patterns';
import type { OutletDirectory } from './outlet-directory';
import { MIN_CONTAINED_NAME_CHARS, MIN_HOST_WORD_PART_CHARS, MIN_INITIALS, MAX_HOST_CODE_CHARS } from './tuning';

/** Outlet names: comparing, splitting "Name, Outlet", and the cheap shape test every candidate passes. */

const GENERIC_OUTLET_WORDS = new Set([
  'the',
  'news',
  'daily',
  'online',
  'media',
  'group',
  'tv',
  'radio',
  'digital',
  'com',
  'net',
  'org',
  'and',
  'of',
  '&',
  'le',
  'la',
  'el',
  'die',
  'der',
]);

/** Little words an outlet's initials may leave out ("The New York Times" is NYT). */
const INITIALS_SKIP = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'el', 'der', 'die', 'das']);

/**
 * "F.A.Z." for "Frankfurter Allgemeine Zeitung", "NZZ", "AFP" for "Agence France-Presse": an
 * abbreviation printed in capitals that spells the other name's initials. Two letters ("AP", "SZ")
 * stand for too many names to tell.
 */
export function isInitialsOf(short: string, long: string): boolean {
  const letters = short.replace(/[.\s]/g, '');
  if (letters.length < MIN_INITIALS || !/^\p{Lu}+$/u.test(letters)) return false;
  const words = long.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const initials = (list: string[]) =>
    list
      .map((w) => w[0])
      .join('')
      .toUpperCase();
  return initials(words) === letters || initials(words.filter((w) => !INITIALS_SKIP.has(w.toLowerCase()))) === letters;
}

/** Names compare as the same outlet when one contains the other's significant words. */
export function isSameOutlet(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const squash = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\.(?:com|net|org|co\.uk|news)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  if (x === y || (Math.min(x.length, y.length) >= MIN_CONTAINED_NAME_CHARS && (x.includes(y) || y.includes(x)))) return true;
  if (isInitialsOf(a, b) || isInitialsOf(b, a)) return true;
  // "BBC" and "BBC News": the significant words of one are all words of the other.
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !GENERIC_OUTLET_WORDS.has(w));
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => large.includes(w));
}

/** Same outlet by name, or through the directory's aliases ("AP" and "Associated Press"). */
export function isSameOutletVia(directory: OutletDirectory, a: string | null | undefined, b: string | null | undefined): boolean {
  if (isSameOutlet(a, b)) return true;
  if (!a || !b) return false;
  const ca = directory.canonicalOutletName(a);
  const cb = directory.canonicalOutletName(b);
  return !!ca && !!cb && ca === cb;
}

/** "Jane Roe, Political Reporter": a role, not an outlet. */
const JOB_TITLE =
  /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|producer|analyst|journalist|photographer|intern|chief|senior|freelance|redakteur(?:in)?|journaliste|periodista)\b/i;

/** "Jane Roe, The Example Courier" -> person and outlet, when the second part reads as an outlet. */
export function splitAuthorOutlet(raw: string): { person: string | null; outlet: string | null } {
  const value = collapseWhitespace(raw);
  if (!value || /^https?:/i.test(value)) return { person: null, outlet: null };
  const parts = value.split(/\s*[,|–—]\s*|\s+-\s+/);
  if (parts.length === 2 && JOB_TITLE.test(parts[1])) return { person: parts[0], outlet: null };
  if (parts.length === 2 && (OUTLET_WORDS.test(parts[1]) || /^the\s/i.test(parts[1]))) return { person: parts[0], outlet: parts[1] };
  return { person: value, outlet: null };
}

/** Strips "- ", "By ", "via " and trailing separators from an outlet label. */
export function cleanOutletName(raw: string | null | undefined): string {
  return (
    collapseWhitespace(raw)
      .replace(/^(?:[-–—•·|]\s*|by\s+|via\s+|from\s+|source:\s*)/i, '')
      .replace(/\s+logo$/i, '')
      // "CNET Japan 3/9(木) 18:45配信", "Reuters · 2 hours ago": a date or time after the name is the card's stamp.
      .replace(/\s+(?:\d{1,4}[/.:-]\d{1,2}|\d{1,2}\s*(?:h|m|min|hours?|minutes?)\s+ago).*$/i, '')
      // "Futurism. Read the original article": the name ends where the call to action starts.
      .replace(/[.!]\s+(?:read|see|view|continue|click|visit|watch)\b.*$/i, '')
      // "vse-diety.com, 2008": a copyright year after the name.
      .replace(/,\s*(?:19|20)\d{2}$/, '')
      .replace(/\s*[-–—•·|:]$/, '')
      .trim()
  );
}

/** Between a site's name and its tagline or sections: "The Jerusalem Post | JPost.com", "LinkNaija | Nigeria's ...". */
const SITE_NAME_SEPARATOR = /\s+[|\u2013\u2014\u00b7:]{1,2}\s+|\s+-\s+/;
const ADDRESS_LIKE = /^(?:https?:\/\/|www\.)\S+$|^@[\w.]+$/i;

/**
 * The name in a page's own `og:site_name` or `application-name`: nothing when it is an address or a
 * handle ("https://www.newsnation.in", "@politifact"); of "Name | tagline | section" the part that
 * is the registry's name for the host or the host's own word, else the first; and the registry's
 * spelling for a lowercase slug of it ("cleveland" for cleveland.com). Without a registry entry, a
 * lowercase code of a few letters that is the host's word ("nj" for nj.com) is the site's internal
 * key, not the name it prints ("NJ.com"): nothing, so the page's other words or its host speak.
 */
export function cleanSiteName(raw: string | null | undefined, hostWord: string | null, registryName: string | null): string | null {
  const name = collapseWhitespace(raw);
  if (!name || ADDRESS_LIKE.test(name)) return null;
  const parts = name.split(SITE_NAME_SEPARATOR).filter((p) => /\p{L}/u.test(p));
  const part =
    parts.length > 1 ? (parts.find((p) => isSameOutlet(p, registryName)) ?? parts.find((p) => spellsHostWord(p, hostWord)) ?? parts[0]) : (parts[0] ?? name);
  if (registryName && !/[\p{Lu}\s]/u.test(part) && isSameOutlet(part, registryName)) return registryName;
  if (!registryName && part.length <= MAX_HOST_CODE_CHARS && /^[\p{Ll}\d]+$/u.test(part) && part === hostWord) return null;
  return part;
}

/** A name's letters and digits, lower case: how a host writes it ("Quanta Magazine" -> quantamagazine). */
export function squashName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a name spells the host's own word, letters and digits only, one inside the other:
 * "JPost.com" on jpost, "MacRumors.com, LLC" on macrumors, "News Nation" on newsnation.
 */
export function spellsHostWord(name: string | null | undefined, hostWord: string | null | undefined): boolean {
  const a = squashName(name ?? '');
  const b = squashName(hostWord ?? '');
  return !!b && a.length >= MIN_HOST_WORD_PART_CHARS && (b.includes(a) || a.includes(b));
}

/** Has letters and is not empty: the rest is the validators' job. */
export function hasNameShape(name: string | null | undefined): name is string {
  return !!name && name.length >= 2 && /\p{L}/u.test(name);
}
