import { collapseWhitespace } from '../dom';
import { findInJson, jsonLdString, typesOf } from '../page-metadata';
import { BYLINE_NOISE, isRelativeTime } from '../patterns';
import { isSameOutlet, splitAuthorOutlet } from './names';
import type { AttributionInput } from './index';
import { MAX_BYLINE_NAME_CHARS, MAX_BYLINE_NAME_WORDS } from './tuning';

/** The byline: people only, from JSON-LD, meta tags, the headline's byline, page JSON, Readability. */

export function readByline(input: AttributionInput, outletNames: string[]): string | null {
  const { metadata } = input;
  const candidates: string[] = [];
  const authors = metadata.jsonLdArticle?.author;
  const people = (Array.isArray(authors) ? authors : authors ? [authors] : [])
    .filter((a) => typeof a === 'string' || (a && typeof a === 'object' && !typesOf(a as Record<string, unknown>).some((t) => /Organization/i.test(t))))
    .map((a) => jsonLdString(a))
    .filter((a): a is string => !!a);
  if (people.length) candidates.push(joinNames(people));
  for (const key of ['article:author', 'author', 'articleauthor', 'parsely-author', 'sailthru.author', 'dc.creator']) {
    const v = metadata.meta.get(key);
    if (v) candidates.push(v);
  }
  if (input.evidence.headlineByline) candidates.push(input.evidence.headlineByline);
  for (const json of [metadata.nextData, ...metadata.pageJson]) {
    const fromJson = findInJson(json, (obj) => {
      for (const key of ['authors', 'author', 'authorName', 'author_name', 'byline']) {
        const v = obj[key];
        const names = (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : jsonLdString(x))).filter((x): x is string => !!x);
        if (names.length) return joinNames(names);
      }
      return null;
    });
    if (fromJson) candidates.push(fromJson);
  }
  if (input.readabilityByline) candidates.push(input.readabilityByline);
  for (const raw of candidates) {
    const clean = cleanByline(raw, outletNames);
    if (clean) return clean;
  }
  return null;
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** An author box's links run into the name: "Jane RoeView More Articles", "Jane Roe View author archive", "Jane Roe @janeroe / 2 days". */
const PROFILE_LINKS =
  /(?:\s|(?<=\p{Ll}))(?:view (?:more |all )?(?:articles|posts|stories|author archive|profile)|more (?:articles|stories) by|author archive)\b.*$|\s@\w+.*$/iu;

/** "Debbie White and Debbie White": one byline printed twice (the name box and the line). */
function dropRepeatedNames(value: string): string {
  const names = value.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  const unique = Array.from(new Set(names));
  return unique.length < names.length ? joinNames(unique) : value;
}

/** A date or time, then "by" and the people: the people are what follows. */
// Case spelled out: under the i flag \p{Lu} would match lower case too ("3 hours ago by admin").
const DATED_BY = /^.*\d.*?\s(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR)\s+(\p{Lu}.*)$/u;

/** People only: no "By", dates, reading times, share labels, outlet names or URLs. */
export function cleanByline(raw: string, outletNames: string[] = []): string | null {
  let value = collapseWhitespace(raw);
  // A credit in parentheses, "(Reed Saxon / Associated Press)", is a photo's, not the story's.
  if (!value || /https?:|www\.|@\w+\.\w/i.test(value) || /^\(.*\)$/.test(value)) return null;
  // "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the date line ends in the byline.
  const afterDate = DATED_BY.exec(value);
  if (afterDate) value = afterDate[1];
  value = splitAuthorOutlet(value).person ?? value;
  value = value.split(/\s*[·•|]\s*/)[0];
  value = value
    .replace(
      /^(?:(?:written|story|words|reporting|text|report|article|geschichte|bericht|artikel|texte|histoire|reportage|historia|artículo|storia|articolo)\s+(?:by|von|par|de|por|di|door)|by|von|par|por|door|מאת|بقلم|كتب)[:\s]+/i,
      '',
    )
    .replace(BYLINE_NOISE, '')
    .replace(
      /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}).*$/i,
      '',
    )
    .replace(PROFILE_LINKS, '')
    .replace(/\s*[|•·,;:–—-]\s*$/, '')
    .trim();
  value = dropRepeatedNames(value);
  if (!value || value.length > MAX_BYLINE_NAME_CHARS || value.split(' ').length > MAX_BYLINE_NAME_WORDS) return null;
  if (isRelativeTime(value) || /\d{2,}/.test(value)) return null;
  if (outletNames.some((o) => isSameOutlet(o, value))) return null;
  if (!/\p{Lu}|\p{Lo}/u.test(value)) return null;
  return value;
}
