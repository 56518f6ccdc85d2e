import { CONTROL_AND_SPACE, SAFE_SCHEMES } from './policy';

/* ------------------------------------------------------------------------ */
/* URLs                                                                      */
/* ------------------------------------------------------------------------ */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  equals: '=',
  plus: '+',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
  commat: '@',
};

/**
 * Decodes character references the way an HTML attribute would, so a value
 * that reached us still encoded (`&#106;avascript:`, `javascript&colon;`) is
 * judged by what a second decoding would make of it. Repeats until stable.
 */
function decodeEntities(value: string): string {
  let current = value;
  for (let round = 0; round < 5; round++) {
    const next = current.replace(/&(?:#x([0-9a-f]+);?|#([0-9]+);?|([a-z]+);)/gi, (whole, hex, dec, name) => {
      if (hex || dec) {
        const code = Number.parseInt(String(hex ?? dec), hex ? 16 : 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      const named = NAMED_ENTITIES[String(name).toLowerCase()];
      return named ?? whole;
    });
    if (next === current) return next;
    current = next;
  }
  return current;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme a string would be read with, or `null` when it is relative. */
function schemeOf(compact: string): string | null {
  const match = SCHEME.exec(compact);
  return match ? `${match[1].toLowerCase()}:` : null;
}

/**
 * Parses `url` as a browser would and returns its absolute form when it is
 * http, https or mailto, checked three ways: the raw value, the value with
 * character references decoded, and the WHATWG URL parser's verdict.
 * A relative URL needs an http(s) `base`.
 */
export function resolveSafeUrl(url: string, base?: string | null): string | null {
  if (typeof url !== 'string') return null;
  const compactRaw = url.replace(CONTROL_AND_SPACE, '');
  const compactDecoded = decodeEntities(url).replace(CONTROL_AND_SPACE, '');
  if (!compactRaw || !compactDecoded) return null;
  const schemes = [schemeOf(compactRaw), schemeOf(compactDecoded)];
  if (schemes.some((scheme) => scheme !== null && !SAFE_SCHEMES.has(scheme))) return null;
  // Relative in either reading: only a http(s) base may complete it.
  let baseUrl: URL | undefined;
  if (schemes.some((scheme) => scheme === null)) {
    if (!base) return null;
    try {
      baseUrl = new URL(base);
    } catch {
      return null;
    }
    if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), baseUrl);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(parsed.protocol)) return null;
  return parsed.href;
}

/** True when `url` is, after decoding and stripping, an http, https or mailto URL (relative ones need `base`). */
export function isSafeUrl(url: string, base?: string | null): boolean {
  return resolveSafeUrl(url, base) !== null;
}

/**
 * The absolute address to put in an `href` we render ourselves (related
 * links, source link), or `null` when it must not become a link.
 */
export function safeHref(url: string | null | undefined, base?: string | null): string | null {
  if (url == null) return null;
  return resolveSafeUrl(url, base);
}

/**
 * Splits a srcset the way the HTML spec does: a URL is a run of non-spaces
 * (commas inside it allowed, trailing ones dropped), then descriptors up to the
 * next comma.
 */
function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < value.length && candidates.length < 100) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = value.indexOf(',', i);
      descriptor = value.slice(i, end === -1 ? value.length : end).trim();
      i = end === -1 ? value.length : end + 1;
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Keeps only the srcset candidates whose URL is safe; returns `null` when none is left. */
export function filterSrcset(value: string, base?: string | null): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(value)) {
    if (descriptor && !/^\d+(?:\.\d+)?[wx]$/i.test(descriptor)) continue;
    const safe = resolveSafeUrl(url, base);
    if (safe) kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length ? kept.join(', ') : null;
}
