import { sameName } from './attribution';

/**
 * Bylines into contributors. Only people and organizations other than the
 * outlet come out: an outlet crediting itself ("Reuters", "BBC News Staff") is
 * dropped here and each style then decides whether the outlet stands as the
 * author, so it is never named twice.
 */

export interface Person {
  kind: 'person';
  /** Given names as written ("Oleh", "Mary-Jane", "J. K."), '' for a mononym. */
  given: string;
  /** Family name with its particles ("Ivashchenko", "von der Leyen"). */
  family: string;
  /** "Jr.", "Sr.", "III", or null. */
  suffix: string | null;
}

export interface Organization {
  kind: 'org';
  name: string;
}

export type Contributor = Person | Organization;

const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;
// prettier-ignore
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'zu']);
/** Capitalized particles are family-name starts only right before the last word ("Robert De Niro"). */
const CAPITAL_PARTICLES = new Set(['Van', 'Von', 'De', 'Di', 'Da', 'Del', 'Della', 'Du', 'Dos', 'Das', 'Ter', 'Ten']);
// prettier-ignore
const AGENCIES = new Set([
  'reuters', 'associatedpress', 'ap', 'afp', 'agencefrancepresse', 'dpa', 'deutschepresseagentur', 'upi',
  'unitedpressinternational', 'pamedia', 'pressassociation', 'ansa', 'efe', 'xinhua', 'kyodo', 'kyodonews',
  'yonhap', 'aap', 'australianassociatedpress', 'cp', 'thecanadianpress', 'canadianpress', 'bloomberg',
  'bloombergnews', 'ians', 'pti', 'presstrustofindia', 'tass', 'anadolu', 'anadoluagency', 'apa', 'sda', 'keystonesda',
  'ntb', 'tt', 'ritzau', 'belga', 'anp', 'epa', 'europapress',
]);
const ORG_WORDS =
  /(?:^|\s)(?:news|press|agency|agencies|media|staff|newsroom|desk|editors|editorial|board|team|wire|wires|service|reporters|correspondents|institute|university|ministry|department|foundation|association|inc\.?|ltd\.?|llc|corp\.?|group)(?=$|\s)/i;
const SELF_CREDIT_TAIL = /\s+(?:staff(?:\s+writers?)?|newsroom|news\s+desk|desk|editors|editorial(?:\s+board)?|team|reporters|wire)$/i;
/** Job titles that follow a name in some bylines ("Jane Doe, Senior Reporter"): not people. */
const ROLE =
  /^(?:(?:senior|staff|chief|special|contributing|political|foreign|deputy|associate|managing)\s+)*(?:reporter|correspondent|writer|editor|contributor|columnist|analyst|producer|photographer)s?$/i;
const BY_PREFIX = /^\s*(?:by|von|par|por|di|door|av|af)\s+/i;

function compact(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function isSelfCredit(segment: string, outletNames: (string | null | undefined)[]): boolean {
  const trimmed = segment.replace(SELF_CREDIT_TAIL, '');
  return outletNames.some((name) => sameName(segment, name) || sameName(trimmed, name));
}

function looksLikeOrganization(segment: string): boolean {
  if (AGENCIES.has(compact(segment))) return true;
  if (ORG_WORDS.test(segment)) return true;
  // A lone all-capitals word of a few letters reads as an acronym ("AFP", "WHO").
  return /^[A-Z]{2,6}$/.test(segment);
}

function parsePerson(segment: string): Person {
  const tokens = segment.split(/\s+/).filter((t) => t && !/^[("'“‘].*[)"'”’]$/.test(t));
  let suffix: string | null = null;
  if (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1])) suffix = tokens.pop()!.replace(/^(jr|sr)$/i, '$1.');
  if (tokens.length <= 1) return { kind: 'person', given: '', family: tokens[0] ?? segment, suffix };
  let familyStart = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (PARTICLES.has(tokens[i]) || (i === tokens.length - 2 && CAPITAL_PARTICLES.has(tokens[i]))) {
      familyStart = i;
      break;
    }
  }
  return { kind: 'person', given: tokens.slice(0, familyStart).join(' '), family: tokens.slice(familyStart).join(' '), suffix };
}

/**
 * Splits a byline on ",", ";", "&", " and " (and " und ", " et ") into
 * contributors; "Jr." after a comma stays with its name.
 */
export function parseByline(byline: string | null | undefined, outletNames: (string | null | undefined)[] = []): Contributor[] {
  if (!byline) return [];
  const cleaned = byline.replace(/\s+/g, ' ').replace(BY_PREFIX, '').trim();
  if (!cleaned) return [];
  const segments = cleaned
    .split(/\s*[,;&]\s*|\s+(?:and|und|et)\s+/i)
    .map((s) => s.replace(BY_PREFIX, '').trim())
    .filter(Boolean);
  const out: Contributor[] = [];
  for (const segment of segments) {
    const last = out[out.length - 1];
    if (SUFFIX.test(segment) && last?.kind === 'person' && !last.suffix) {
      last.suffix = segment.replace(/^(jr|sr)$/i, '$1.');
      continue;
    }
    if (isSelfCredit(segment, outletNames) || ROLE.test(segment) || /[@\d]/.test(segment)) continue;
    out.push(looksLikeOrganization(segment) ? { kind: 'org', name: segment } : parsePerson(segment));
  }
  return out;
}

/** "Given Family". */
export function directName(person: Person): string {
  const base = person.given ? `${person.given} ${person.family}` : person.family;
  return person.suffix ? `${base}, ${person.suffix}` : base;
}
