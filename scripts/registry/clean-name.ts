/**
 * Turns the source lists' outlet names into proper names. The lists were
 * compiled for counting, not for crediting: a TV station may be listed by its
 * call sign beside its brand ("10TV - WBNS"), a main site by one of its
 * language editions ("DW Afrique"), a local paper with its town in brackets,
 * and some names are only the domain. Each rule here is general; single
 * outlets the rules cannot fix are corrected in `utils/core/registry/overrides.ts`.
 */

/** A US/Canadian/Mexican broadcast call sign, with the optional service suffix or subchannel. */
const CALL_SIGN = /^(?:[KW][A-Z]{2,3}|C[BFHIJK][A-Z]{1,2}|X[A-Z]{2,3})(?:-(?:TV|DT|CD|LD|LP|CA|FM|AM|HD)\d?)?(?:-\d)?$/;
/** Call signs inside a longer name ("ABC11 WTVD", "9NEWS (KUSA)"). Only the US K/W blocks: fewer false hits. */
const CALL_SIGN_IN_TEXT = /\b[KW][A-Z]{2,3}(?:-(?:TV|DT|CD|LD|LP|CA|FM|AM))?\b/g;
/** Words of a call sign-looking shape that are not call signs. */
const NOT_CALL_SIGNS = new Set(['WEEK', 'WORK', 'KIDS', 'WHAT', 'WILD', 'WAVE', 'WIRE', 'WINE', 'KNOW', 'WALL', 'WEST']);

/** Labels of a language or regional edition that name a part of a site, not the outlet. */
const EDITION_LABEL =
  /^(?:(?:Afrique|Arabic|Urdu|Hindi|Burmese|Farsi|Persian|Türkçe|Turkish|Russian|Chinese|en Español|Español)(?: Edition| Version| Service)?|[A-Z]{2} Version|(?:Burmese|Spanish|Arabic) Edition|page officielle)$/i;
/** Two-letter language tags fundus appends to one outlet's editions ("Euronews (DE)"). */
const LANGUAGE_TAG = /^(?:DE|EN|FR|ES|IT|PT|NL|RU|AR|TR|PL)$/;
/** Bracketed abbreviations worth keeping as aliases ("Neue Zürcher Zeitung (NZZ)"). */
const ABBREVIATION = /^[A-Za-z]{2,6}$/;
/** A network's name with a channel number: the brand stations go by ("ABC11", "FOX 11", "CBS 6 News"). */
const NETWORK_CHANNEL = /\b(?:ABC|CBS|NBC|FOX|Fox|CW|PBS|MyTV|Telemundo|Univision)[ -]?\d{1,2}\b/;
/** Separators between a brand and a call sign or tagline in the source names. */
const PART_SEPARATOR = /\s+[-–—|/]\s+|,\s+/;

export interface CleanName {
  /** The proper name, or null when the source name says nothing beyond the domain. */
  name: string | null;
  aliases: string[];
  /** The name is only a call sign: any other source's brand should win. */
  callSignOnly: boolean;
}

export function isCallSign(text: string): boolean {
  return CALL_SIGN.test(text) && !NOT_CALL_SIGNS.has(text);
}

/** Call signs named inside `text`, each also without its service suffix. */
export function callSignsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CALL_SIGN_IN_TEXT)) {
    const sign = match[0];
    if (NOT_CALL_SIGNS.has(sign)) continue;
    found.add(sign);
    found.add(sign.replace(/-.*$/, ''));
  }
  return [...found];
}

/** Whether `name` only spells the host (`0223.com.ar`, `www.Actu.fr`). */
export function isJustTheDomain(name: string, host: string): boolean {
  const flat = name
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/\/$/, '');
  return flat === host || flat === host.replace(/^www\./, '');
}

/** Whitespace, invisible characters and stray quotes out; one space between words. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
}

const NON_LATIN = /[\u0590-\u08ff\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A part that is only an address ("CantonRep.com", "LNE.es"). */
const DOMAIN_LIKE = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|tv|es|co|info|news)(?:\.[a-z]{2})?$/i;
/** A part that is a brand of a TV station: a channel number or a network name. */
const CHANNEL_BRAND = /\d|\b(?:ABC|CBS|NBC|FOX|Fox|CW)\b/;

/**
 * A name made of parts joined by separators ("10TV - WBNS", "GoErie.com | Erie Times-News",
 * "Khaosod - ข่าวสด"): the parts that are a call sign, an address, an edition label or the
 * host's own label are dropped (call signs kept as aliases), and where one part is in Latin
 * script and another not, the Latin one is kept. Nothing is dropped when nothing would remain.
 */
function keepBrandParts(name: string, host: string, aliases: Set<string>): string {
  // "KENS 5 & Kens5.com", "FOX31 KDVR.com": an address joined to the brand.
  const withoutAddress = name
    .replace(/\s+(?:&\s+)?(?:www\.)?[\w-]+\.(?:com|net|org|tv)$/i, '')
    .replace(/\s*[-–—|/,&]$/, '')
    .trim();
  if (withoutAddress && withoutAddress !== name && !DOMAIN_LIKE.test(withoutAddress)) {
    callSignsIn(name.slice(withoutAddress.length)).forEach((c) => aliases.add(c));
    name = withoutAddress;
  }
  const separator = PART_SEPARATOR.exec(name)?.[0];
  if (!separator) return name;
  const parts = name
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const label = host.split('.')[0].replace(/-/g, '');
  let kept = parts.filter((part) => {
    const bare = part.replace(/\s+TV$/, '');
    if (isCallSign(bare)) {
      callSignsIn(bare).forEach((c) => aliases.add(c));
      return false;
    }
    // "Indiana Daily Student - idsnews": the host's label written as such, not as a brand.
    const isHostLabel = part === part.toLowerCase() && part.replace(/[^a-z0-9]/g, '') === label;
    return !EDITION_LABEL.test(part) && !DOMAIN_LIKE.test(part) && !isHostLabel;
  });
  // "10News – ABC San Diego KGTV": a part naming a call sign beside a channel brand.
  const withSign = kept.filter((part) => callSignsIn(part).length > 0);
  const brands = kept.filter((part) => callSignsIn(part).length === 0 && CHANNEL_BRAND.test(part));
  if (withSign.length && brands.length) {
    withSign.forEach((part) => callSignsIn(part).forEach((c) => aliases.add(c)));
    kept = brands;
  }
  const latin = kept.filter((part) => !NON_LATIN.test(part));
  if (latin.length && latin.length < kept.length) {
    kept.filter((part) => NON_LATIN.test(part)).forEach((part) => aliases.add(part));
    kept = latin;
  }
  if (kept.length === 0 || kept.length === parts.length) return name;
  return kept.join(separator.includes(',') ? ', ' : separator);
}

export function cleanName(raw: string, host: string): CleanName {
  const aliases = new Set<string>();
  let name = tidy(raw);

  // Trailing brackets: an abbreviation or call sign becomes an alias, a place or note is dropped.
  for (let match = /\s*\(([^()]*)\)$/.exec(name); match; match = /\s*\(([^()]*)\)$/.exec(name)) {
    const inner = match[1].trim();
    if (isCallSign(inner)) callSignsIn(inner).forEach((s) => aliases.add(s));
    else if (ABBREVIATION.test(inner) && !LANGUAGE_TAG.test(inner) && inner === inner.toUpperCase()) aliases.add(inner);
    else if (/^[a-z]{2,6}$/.test(inner)) aliases.add(inner); // "(taz)"
    name = name.slice(0, match.index).trim();
  }

  // "ABC12: First In-Depth Everywhere WJRT-TV": a brand, then a tagline.
  const colon = /^([^:]{2,40}):\s+(\S+\s+\S+.*)$/.exec(name);
  if (colon && !/^\d/.test(colon[2])) {
    callSignsIn(colon[2]).forEach((s) => aliases.add(s));
    name = colon[1].trim();
  }

  name = keepBrandParts(name, host, aliases);

  // "DW Afrique", "Geo News Urdu": an edition word on a host that does not carry it.
  const words = name.split(' ');
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (EDITION_LABEL.test(tail) && !host.includes(tail.split(' ')[0].toLowerCase().slice(0, 4))) {
      name = words.slice(0, -n).join(' ');
      break;
    }
  }

  // "ABC11 WTVD", "WLUK-TV FOX 11": a call sign beside a network-and-channel brand; the brand is the name.
  const lead = /^(\S+)\s+(.+)$/.exec(name);
  const trail = /^(.+)\s+(\S+)$/.exec(name);
  const brand =
    (lead && isCallSign(lead[1]) && NETWORK_CHANNEL.test(lead[2]) ? lead[2] : null) ??
    (trail && isCallSign(trail[2]) && NETWORK_CHANNEL.test(trail[1]) ? trail[1] : null);
  if (brand) {
    callSignsIn(name).forEach((s) => aliases.add(s));
    name = brand;
  }

  callSignsIn(name).forEach((s) => aliases.add(s));
  const callSignOnly = isCallSign(name);
  if (!name || isJustTheDomain(name, host)) return { name: null, aliases: [...aliases], callSignOnly: false };
  aliases.delete(name);
  return { name, aliases: [...aliases], callSignOnly };
}
