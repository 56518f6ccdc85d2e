import type { Aggregator, Outlet } from './types';
import type { Landmarks } from './detect';
import type { PageMetadata } from './page-metadata';
import { findInJson, jsonLdString, typesOf } from './page-metadata';
import { collapseWhitespace, isAttached, listElements, precedes, queryAll, textOf } from './dom';
import { closestTag, type PageScan, type ShortText } from './page-scan';
import { ATTRIBUTION_PHRASES, BYLINE_NOISE, OUTLET_WORDS, READ_MORE_LINK, isRelativeTime } from './patterns';
import { findSiteHint, nameFromHost } from './sites';
import { cleanOutletName } from './related-cards';
import { hostnameOf, isHttpUrl, isSameSite, resolveUrl, stripTrackingParams } from './urls';

/**
 * Who published the story, where, when and by whom. Evidence is gathered from
 * the pruned page before Readability rewrites it (so a neighbouring card can
 * no longer lend its outlet or author), then merged with the page metadata.
 */

interface Clue {
  signal: string;
  name?: string | null;
  url?: string | null;
  /** The line that printed the clue ("Source: X"), furniture to drop before extraction. */
  element?: Element;
}

export interface SourceEvidence {
  clues: Clue[];
  /** A machine-readable date shown by the headline (`<time datetime>`, epoch `data-*`). */
  headlineTime: string | null;
  /** The byline shown by the headline (people, not yet cleaned). */
  headlineByline: string | null;
  /** The elements that print that byline: page furniture, not story text. */
  bylineElements: Element[];
  /** Attribution lines ("Source: X", "Read more »" to the original): furniture too. */
  attributionElements: Element[];
}

const OUTLET_LABEL_CLASS = /(?:^|[\s_-])(?:source|provider|publisher|outlet|attribution|origin|partner)(?:-?name|-?label|-?title)?(?:$|[\s_-])/i;

const SOCIAL_HOSTS = /(?:^|\.)(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|t|telegram|instagram|youtube|tiktok|threads|bsky|mastodon|flipboard|news\.google|google|apple|getpocket|mailto)\.(?:com|me|net|app|social|org)$/i;

/** Reads the page's DOM for clues to the original outlet. Run after pruning, before Readability. */
export function gatherSourceEvidence(
  doc: Document,
  landmarks: Landmarks,
  metadata: PageMetadata,
  pageUrl: string,
  scan: PageScan,
): SourceEvidence {
  const clues: Clue[] = [];
  clues.push(...cluesFromJsonLd(metadata, pageUrl));
  clues.push(...cluesFromMeta(metadata, pageUrl));
  const next = clueFromNextData(metadata.nextData, pageUrl);
  if (next) clues.push(next);
  clues.push(...cluesNearHeadline(landmarks, pageUrl, scan));
  clues.push(...cluesFromPhrases(scan.texts, pageUrl));
  const byline = findHeadlineByline(landmarks, scan);
  const attributionElements = clues.map((c) => c.element).filter((el): el is Element => !!el);
  return {
    clues,
    headlineTime: findHeadlineTime(doc, landmarks, scan),
    headlineByline: byline.text,
    bylineElements: byline.elements,
    attributionElements,
  };
}

const AUTHOR_MARK = /(?:^|[\s_-])(?:author|auteur|autor|autore|autores|writer|reporter|byline|signature|firma|credit|journalist)(?:s|-?name|-?line|-?info|-?box|__name)?(?:$|[\s_-])/i;

/**
 * The byline printed with the headline: `rel=author` and `itemprop=author`
 * first, then elements whose class says author (in any of a few languages),
 * innermost first. Only the headline's own region is searched, after pruning,
 * so a neighbouring card's author cannot be taken.
 */
function findHeadlineByline(landmarks: Landmarks, scan: PageScan): { text: string | null; elements: Element[] } {
  let region: Element | null = landmarks.headline?.parentElement ?? null;
  for (let level = 0; region && level < 3; level++, region = region.parentElement) {
    const inHeader = (el: Element) =>
      (!landmarks.body || !(landmarks.body.contains(el) || precedes(landmarks.body, el))) && !isInOtherCard(el, region!, landmarks.headline!);
    const short = (el: Element) => textOf(el).length > 1 && textOf(el).length <= 250;
    const inRegion = listElements(region);
    const marked = inRegion.filter(
      (el) => (/(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '') || /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) && inHeader(el) && short(el),
    );
    const classed = inRegion
      .filter((el) => AUTHOR_MARK.test(scan.classAndId(el)) && inHeader(el) && short(el))
      .sort((a, b) => a.getElementsByTagName('*').length - b.getElementsByTagName('*').length);
    const all = [...marked, ...classed];
    if (!all.length) continue;
    const outermost = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
    const text = marked.length > 1 ? marked.map((el) => textOf(el)).join(' and ') : textOf(all[0]);
    return { text, elements: outermost };
  }
  return { text: null, elements: [] };
}

/**
 * Inside the headline's region but in a block of its own that carries
 * another heading (a teaser card before the story): not this story's byline.
 */
function isInOtherCard(el: Element, region: Element, headline: Element): boolean {
  let child: Element = el;
  while (child.parentElement && child.parentElement !== region) child = child.parentElement;
  if (child.contains(headline)) return false;
  return ['h1', 'h2', 'h3', 'h4'].some((tag) => Array.from(child.getElementsByTagName(tag)).some((h) => h !== headline));
}

const TIME_ATTRS = ['datetime', 'data-timestamp', 'data-t', 'data-time', 'data-published', 'data-date', 'content'];

/** The first date the page shows around the headline, before the body; else the first in the page. */
function findHeadlineTime(doc: Document, landmarks: Landmarks, scan: PageScan): string | null {
  const regions: Element[] = [];
  for (let r = landmarks.headline?.parentElement ?? null, level = 0; r && level < 3; r = r.parentElement, level++) regions.push(r);
  if (doc.body) regions.push(doc.body);
  // <time> anywhere; epoch or date attributes only near the headline, where they are cheap to look for.
  const near = regions.length > 1 ? listElements(regions[Math.min(1, regions.length - 2)]) : [];
  const dated = [
    ...near.filter((el) => TIME_ATTRS.some((attr) => attr !== 'content' && el.hasAttribute(attr)) || el.getAttribute('itemprop') === 'datePublished'),
    ...scan.byTag('TIME'),
  ];
  for (const region of regions) {
    for (const el of dated) {
      if (!region.contains(el)) continue;
      if (landmarks.body && region !== doc.body && precedes(landmarks.body, el) && !landmarks.body.contains(el)) continue;
      for (const attr of TIME_ATTRS) {
        const iso = toIsoTime(el.getAttribute(attr));
        if (iso) return iso;
      }
    }
  }
  return null;
}

function cluesFromJsonLd(metadata: PageMetadata, pageUrl: string): Clue[] {
  const article = metadata.jsonLdArticle;
  if (!article) return [];
  const clues: Clue[] = [];
  const basedOn = article.isBasedOn ?? article.isBasedOnUrl;
  if (basedOn) {
    const url = resolveUrl(jsonLdString(basedOn, 'url'), pageUrl);
    const name = typeof basedOn === 'object' ? jsonLdString((basedOn as Record<string, unknown>).publisher) ?? jsonLdString((basedOn as Record<string, unknown>).sourceOrganization) : null;
    clues.push({ signal: 'isBasedOn', url, name });
  }
  for (const key of ['sourceOrganization', 'provider'] as const) {
    const value = article[key];
    if (value) clues.push({ signal: key, name: jsonLdString(value), url: resolveUrl(jsonLdString(value, 'url'), pageUrl) });
  }
  return clues;
}

function cluesFromMeta(metadata: PageMetadata, pageUrl: string): Clue[] {
  const clues: Clue[] = [];
  for (const key of ['original-source', 'syndication-source', 'og:original_url', 'original-url']) {
    const url = resolveUrl(metadata.meta.get(key), pageUrl);
    if (isHttpUrl(url) && !isSameSite(url, pageUrl)) clues.push({ signal: 'original-source-meta', url });
  }
  const author = metadata.meta.get('article:author') ?? metadata.meta.get('author');
  const outlet = author ? splitAuthorOutlet(author).outlet : null;
  if (outlet) clues.push({ signal: 'author-meta-outlet', name: outlet });
  for (const canonical of [metadata.canonical, metadata.meta.get('og:url')]) {
    const url = resolveUrl(canonical, pageUrl);
    if (isHttpUrl(url) && !isSameSite(url, pageUrl)) clues.push({ signal: 'canonical-elsewhere', url });
  }
  return clues;
}

const NEXT_SOURCE_KEYS = ['source', 'sourceName', 'source_name', 'publisher', 'publisherName', 'provider', 'providerName', 'media', 'mediaName'];
const NEXT_URL_KEYS = ['origin_url', 'originUrl', 'originalUrl', 'original_url', 'sourceUrl', 'source_url', 'originalLink', 'canonicalUrl', 'url'];

/** NewsBreak-style `__NEXT_DATA__`: an object naming the source and the origin URL. */
function clueFromNextData(nextData: unknown, pageUrl: string): Clue | null {
  if (!nextData) return null;
  return findInJson(nextData, (obj) => {
    const name = NEXT_SOURCE_KEYS.map((k) => obj[k]).map((v) => (typeof v === 'string' ? v : jsonLdString(v))).find((v) => v && v.length <= 60);
    if (!name) return null;
    const url = NEXT_URL_KEYS.map((k) => obj[k]).find((v): v is string => typeof v === 'string' && /^https?:\/\//i.test(v) && !isSameSite(v, pageUrl));
    if (!url) return null;
    return { signal: 'next-data', name: collapseWhitespace(name), url };
  });
}

/** A provider link or logo right around the headline (above the story body). */
function cluesNearHeadline(landmarks: Landmarks, pageUrl: string, scan: PageScan): Clue[] {
  const headline = landmarks.headline;
  if (!headline) return [];
  const clues: Clue[] = [];
  let region: Element | null = headline.parentElement;
  for (let level = 0; region && level < 3; level++, region = region.parentElement) {
    const inRegion = listElements(region);
    for (const el of inRegion.filter((e) => (e.tagName === 'A' && e.hasAttribute('href')) || (e.tagName === 'IMG' && e.hasAttribute('alt')))) {
      if (landmarks.body && (landmarks.body.contains(el) || precedes(landmarks.body, el))) continue;
      const isLink = el.tagName === 'A';
      const url = isLink ? resolveUrl(el.getAttribute('href'), pageUrl) : null;
      if (isLink && (!isHttpUrl(url) || isSameSite(url, pageUrl) || SOCIAL_HOSTS.test(hostnameOf(url) ?? ''))) continue;
      const raw = isLink ? textOf(el) || el.querySelector('img[alt]')?.getAttribute('alt') || '' : el.getAttribute('alt') ?? '';
      const name = cleanOutletName(raw.replace(/\s+logo$/i, ''));
      if (!isOutletLike(name)) continue;
      if (!isLink) {
        const holder = el.closest('[class]');
        const label = `${holder?.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`;
        if (!/provider|source|attribution|partner|publisher|logo|brand|origin/i.test(label) && !el.closest('a')) continue;
      }
      clues.push({ signal: 'provider-logo', name, url: isLink ? url : null });
    }
    for (const el of inRegion) {
      if (el.firstElementChild || !OUTLET_LABEL_CLASS.test(scan.classAndId(el))) continue;
      if (landmarks.body && (landmarks.body.contains(el) || precedes(landmarks.body, el))) continue;
      const name = cleanOutletName(textOf(el));
      if (isOutletLike(name)) clues.push({ signal: 'provider-label', name });
    }
    if (clues.length) break;
  }
  return clues;
}

/** "Originally published by X", "Source: X", "Read full story on X", "Read more »" to another site. */
function cluesFromPhrases(texts: ShortText[], pageUrl: string): Clue[] {
  const clues: Clue[] = [];
  const seen = new Set<Element>();
  for (const t of texts) {
    if (!PHRASE_START.test(t.text) || !isAttached(t.parent)) continue;
    // The phrase may span the text node and a link after it: read up to two levels of parents.
    for (let el: Element | null = t.parent, level = 0; el && level < 3 && el.tagName !== 'BODY'; el = el.parentElement, level++) {
      if (seen.has(el) || closestTag(el, FIGURE_TAGS)) break;
      seen.add(el);
      const clue = readPhraseClue(el, pageUrl);
      if (clue) {
        clues.push(clue);
        break;
      }
    }
  }
  return clues;
}

const PHRASE_START = /^(?:originally|this (?:article|story)|source|quelle|fuente|read|view|see|continue|weiterlesen|vollständigen|lire|المصدر|מקור|full (?:story|article))/i;
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION']);

function readPhraseClue(el: Element, pageUrl: string): Clue | null {
  const text = textOf(el);
  if (text.length < 4 || text.length > 160) return null;
  const link = el.tagName === 'A' ? el : el.querySelector('a[href]');
  const linkUrl = link ? resolveUrl(link.getAttribute('href'), pageUrl) : null;
  const externalUrl = isHttpUrl(linkUrl) && !isSameSite(linkUrl, pageUrl) ? linkUrl : null;
  if (el.tagName === 'A' && externalUrl && READ_MORE_LINK.test(text)) return { signal: 'read-more-link', url: externalUrl, element: standaloneLine(el) };
  for (const { signal, pattern } of ATTRIBUTION_PHRASES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const name = cleanOutletName(match[1]);
    if (!isOutletLike(name) && !externalUrl) return null;
    return { signal, name: isOutletLike(name) ? name : null, url: externalUrl, element: standaloneLine(el) };
  }
  return null;
}

const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'LI', 'FOOTER', 'A', 'CITE', 'STRONG', 'B']);

/** The outermost element that holds exactly this line of text (and nothing else). */
function standaloneLine(el: Element): Element | undefined {
  const text = textOf(el);
  let line = el;
  while (line.parentElement && line.parentElement.tagName !== 'BODY' && textOf(line.parentElement) === text) line = line.parentElement;
  return LINE_TAGS.has(line.tagName) ? line : undefined;
}

function isOutletLike(name: string | null | undefined): name is string {
  if (!name || name.length < 2 || name.length > 60) return false;
  if (isRelativeTime(name) || /^(?:share|follow|subscribe|sign in|log in|home|menu|more|read more|advertisement)$/i.test(name)) return false;
  return name.split(' ').length <= 6 && /[\p{L}]/u.test(name);
}

/** "Jane Roe, Political Reporter": a role, not an outlet. */
const JOB_TITLE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|producer|analyst|journalist|photographer|intern|chief|senior|freelance|redakteur(?:in)?|journaliste|periodista)\b/i;

/** "Jane Roe, The Example Courier" -> person and outlet, when the second part reads as an outlet. */
export function splitAuthorOutlet(raw: string): { person: string | null; outlet: string | null } {
  const value = collapseWhitespace(raw);
  if (!value || /^https?:/i.test(value)) return { person: null, outlet: null };
  const parts = value.split(/\s*[,|–—]\s*|\s+-\s+/);
  if (parts.length === 2 && JOB_TITLE.test(parts[1])) return { person: parts[0], outlet: null };
  if (parts.length === 2 && (OUTLET_WORDS.test(parts[1]) || /^the\s/i.test(parts[1]))) return { person: parts[0], outlet: parts[1] };
  return { person: value, outlet: null };
}

/** Names compare as the same outlet when one contains the other's significant words. */
export function isSameOutlet(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const squash = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|net|org|co\.uk|news)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  if (x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)))) return true;
  // "BBC" and "BBC News": the significant words of one are all words of the other.
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !GENERIC_OUTLET_WORDS.has(w));
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => large.includes(w));
}

const GENERIC_OUTLET_WORDS = new Set(['the', 'news', 'daily', 'online', 'media', 'group', 'tv', 'radio', 'digital', 'com', 'net', 'org', 'and', 'of', '&', 'le', 'la', 'el', 'die', 'der']);

export interface AttributionInput {
  metadata: PageMetadata;
  evidence: SourceEvidence;
  pageUrl: string;
  /** Signals of feed pruning, e.g. `related-feed`. */
  pruneSignals: string[];
  /** Distinct outlets named by the cut feed's cards. */
  feedOutlets: string[];
  readabilityByline: string | null;
  readabilityPublished: string | null;
  readabilitySiteName: string | null;
  readabilityLang: string | null;
  readabilityExcerpt: string | null;
}

export interface Attribution {
  site: Outlet;
  source: Outlet;
  aggregator: Aggregator | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  excerpt: string | null;
}

export function attribute(input: AttributionInput): Attribution {
  const { metadata, pageUrl } = input;
  const hint = findSiteHint(pageUrl);
  const site = readSite(input, hint?.name ?? null);
  const canonicalUrl = readCanonical(metadata, pageUrl);

  const clues = [...input.evidence.clues];
  const feedHasOtherOutlets = input.feedOutlets.filter((o) => !isSameOutlet(o, site.name)).length >= 2;
  const publisher = metadata.jsonLdArticle ? jsonLdString(metadata.jsonLdArticle.publisher) : null;
  // A publisher that differs from the site is only a clue where the page already looks aggregated:
  // on a publisher's own page it is usually the parent company.
  if (publisher && !isSameOutlet(publisher, site.name) && (hint?.aggregator || clues.length || feedHasOtherOutlets)) {
    clues.push({ signal: 'publisher', name: publisher, url: resolveUrl(jsonLdString(metadata.jsonLdArticle?.publisher, 'url'), pageUrl) });
  }

  const foreign = clues.filter((c) => (c.name && !isSameOutlet(c.name, site.name)) || (c.url && !isSameSite(c.url, pageUrl)));
  const sourceName = foreign.find((c) => c.name && !isSameOutlet(c.name, site.name))?.name ?? null;
  const namedClue = foreign.find((c) => c.name === sourceName);
  const sourceUrlRaw =
    (namedClue?.url && !isSameSite(namedClue.url, pageUrl) && looksLikeArticleUrl(namedClue.url) ? namedClue.url : null) ??
    foreign.map((c) => c.url).find((u): u is string => isHttpUrl(u) && !isSameSite(u, pageUrl) && looksLikeArticleUrl(u)) ??
    null;
  const sourceUrl = sourceUrlRaw ? stripTrackingParams(sourceUrlRaw) : null;

  let source: Outlet;
  let republished = false;
  if (sourceName || sourceUrl) {
    source = { name: sourceName ?? nameFromHost(sourceUrl) ?? site.name, url: sourceUrl };
    republished = true;
  } else {
    source = { name: site.name, url: canonicalUrl ?? stripTrackingParams(pageUrl) };
  }

  const signals = new Set<string>();
  for (const c of foreign) signals.add(c.signal);
  if (hint?.aggregator) signals.add('known-host');
  if (feedHasOtherOutlets || (republished && input.pruneSignals.includes('related-feed'))) signals.add('related-feed');
  const isAggregator = republished || !!hint?.aggregator || feedHasOtherOutlets;
  const aggregator: Aggregator | null = isAggregator ? { name: site.name, url: site.url ?? new URL(pageUrl).origin + '/', signals: Array.from(signals) } : null;

  const lang = normalizeLang(metadata.lang ?? metadata.meta.get('og:locale') ?? input.readabilityLang);
  return {
    site,
    source,
    aggregator,
    byline: readByline(input, [site.name, source.name]),
    publishedTime: readPublishedTime(input),
    lang,
    dir: readDir(metadata.dir, lang),
    canonicalUrl,
    excerpt: readExcerpt(input),
  };
}

function readSite(input: AttributionInput, hintName: string | null): Outlet {
  const { metadata, pageUrl } = input;
  let origin: string | null = null;
  try {
    const parsed = new URL(pageUrl);
    if (/^https?:$/.test(parsed.protocol)) origin = parsed.origin + '/';
  } catch {
    origin = null;
  }
  const publisher = metadata.jsonLdArticle?.publisher;
  const publisherUrl = jsonLdString(publisher, 'url');
  const publisherIsSite = publisher && (!publisherUrl || isSameSite(resolveUrl(publisherUrl, pageUrl), pageUrl));
  const name =
    metadata.meta.get('og:site_name') ||
    hintName ||
    metadata.meta.get('application-name') ||
    (publisherIsSite ? jsonLdString(publisher) : null) ||
    input.readabilitySiteName ||
    nameFromHost(pageUrl) ||
    'Unknown site';
  return { name: collapseWhitespace(name), url: origin };
}

function readCanonical(metadata: PageMetadata, pageUrl: string): string | null {
  const url = resolveUrl(metadata.canonical ?? metadata.meta.get('og:url'), pageUrl);
  return isHttpUrl(url) ? stripTrackingParams(url) : null;
}

/** A URL with a path, not a bare home page, can name the original article. */
function looksLikeArticleUrl(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/+$/, '').length > 1;
  } catch {
    return false;
  }
}

function readByline(input: AttributionInput, outletNames: string[]): string | null {
  const { metadata } = input;
  const candidates: string[] = [];
  const authors = metadata.jsonLdArticle?.author;
  const people = (Array.isArray(authors) ? authors : authors ? [authors] : [])
    .filter((a) => typeof a === 'string' || (a && typeof a === 'object' && !typesOf(a as Record<string, unknown>).some((t) => /Organization/i.test(t))))
    .map((a) => jsonLdString(a))
    .filter((a): a is string => !!a);
  if (people.length) candidates.push(joinNames(people));
  for (const key of ['article:author', 'author', 'parsely-author', 'sailthru.author', 'dc.creator']) {
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

/** People only: no "By", dates, reading times, share labels, outlet names or URLs. */
export function cleanByline(raw: string, outletNames: string[] = []): string | null {
  let value = collapseWhitespace(raw);
  if (!value || /https?:|www\.|@\w+\.\w/i.test(value)) return null;
  value = splitAuthorOutlet(value).person ?? value;
  value = value.split(/\s*[·•|]\s*/)[0];
  value = value
    .replace(/^(?:(?:written|story|words|reporting|text|report|article|geschichte|bericht|artikel|texte|histoire|reportage|historia|artículo|storia|articolo)\s+(?:by|von|par|de|por|di|door)|by|von|par|por|door|מאת|بقلم|كتب)[:\s]+/i, '')
    .replace(BYLINE_NOISE, '')
    .replace(/\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}).*$/i, '')
    .replace(/\s*[|•·,;:–—-]\s*$/, '')
    .trim();
  if (!value || value.length > 100 || value.split(' ').length > 12) return null;
  if (isRelativeTime(value) || /\d{2,}/.test(value)) return null;
  if (outletNames.some((o) => isSameOutlet(o, value))) return null;
  if (!/\p{Lu}|\p{Lo}/u.test(value)) return null;
  return value;
}

const JSON_DATE_KEYS = ['datePublished', 'publishedDateTime', 'publishedAt', 'published_at', 'publishTime', 'publish_time', 'pubDate', 'firstPublished', 'createdDateTime', 'date', 'createdAt'];
const DATE_META_KEYS = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time'];

function readPublishedTime(input: AttributionInput): string | null {
  const { metadata } = input;
  const candidates: unknown[] = [metadata.jsonLdArticle?.datePublished];
  for (const key of DATE_META_KEYS) candidates.push(metadata.meta.get(key));
  candidates.push(input.evidence.headlineTime);
  for (const json of [metadata.nextData, ...metadata.pageJson]) {
    candidates.push(
      findInJson(json, (obj) => {
        for (const key of JSON_DATE_KEYS) {
          const v = obj[key];
          if ((typeof v === 'string' || typeof v === 'number') && toIsoTime(v)) return v;
        }
        return null;
      }),
    );
  }
  candidates.push(input.readabilityPublished, metadata.jsonLdArticle?.dateCreated, metadata.jsonLdArticle?.dateModified);
  for (const c of candidates) {
    const iso = toIsoTime(c);
    if (iso) return iso;
  }
  return null;
}

/** ISO 8601 in UTC from an ISO-like string or epoch seconds/milliseconds; null for anything relative or odd. */
export function toIsoTime(value: unknown): string | null {
  if (value == null || value === '') return null;
  let ms: number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
    const n = Number(value);
    ms = n < 1e11 ? n * 1000 : n;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (isRelativeTime(text) || !/\d{4}/.test(text)) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    ms = Date.parse(text);
  } else {
    return null;
  }
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

function normalizeLang(raw: string | null | undefined): string | null {
  const value = collapseWhitespace(raw).replace(/_/g, '-');
  if (!value || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)) return null;
  const [primary, ...rest] = value.split('-');
  return [primary.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function readDir(dir: string | null, lang: string | null): 'ltr' | 'rtl' | null {
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (!lang) return null;
  return RTL_LANGS.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

function readExcerpt(input: AttributionInput): string | null {
  const { metadata } = input;
  const raw =
    jsonLdString(metadata.jsonLdArticle?.description) ??
    metadata.meta.get('og:description') ??
    metadata.meta.get('description') ??
    metadata.meta.get('twitter:description') ??
    input.readabilityExcerpt;
  const value = collapseWhitespace(raw);
  if (!value) return null;
  if (value.length <= 300) return value;
  const sentence = /^(.{40,300}?[.!?])\s/.exec(value);
  return sentence ? sentence[1] : value.slice(0, 297).replace(/\s+\S*$/, '') + '…';
}
