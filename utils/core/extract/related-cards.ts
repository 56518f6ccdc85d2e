import type { RelatedItem } from './types';
import { collapseWhitespace, countPhraseWords, headingLevel, listElements, textOf } from './dom';
import { closestTag } from './page-scan';
import { LABEL_SEPARATOR, hasRelativeTime, isRelativeTime } from './patterns';
import { isHttpUrl, resolveUrl } from './urls';
import { MAX_CARD_OUTLET_CHARS, MAX_CARD_OUTLET_WORDS, MAX_CARD_TITLE_CHARS, MAX_TITLE_PREFIX_OUTLET_WORDS } from './tuning';

/**
 * Reads one card of a feed (or one item of a link list): its headline, where
 * it links, and the outlet it names.
 */
export interface CardReading extends RelatedItem {
  /**
   * A bare label above the headline. On an aggregator's feed it is the
   * outlet; on a publisher's own page it is a section kicker ("Environment"),
   * so it only becomes `source` once the page is known to aggregate.
   */
  label: string | null;
}

const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline|heading|hed)(?:$|[\s_-])/i;

export function readCard(card: Element, baseUrl: string, defaultSource: string | null = null): CardReading | null {
  // One walk of the card; the lookups below filter it instead of running selector queries.
  const inside = listElements(card);
  const heading =
    inside.find((el) => HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') ??
    inside.find((el) => TITLE_CLASS.test(el.getAttribute('class') ?? '') && countPhraseWords(textOf(el)) >= 2) ??
    null;
  const links = inside.filter((el) => el.tagName === 'A' && el.hasAttribute('href'));
  let title = heading ? textOf(heading) : '';
  let link: Element | null = heading ? (closestTag(heading, LINK_TAGS) ?? heading.getElementsByTagName('a')[0] ?? null) : null;
  if (!title) {
    const longest = links.map((a) => ({ a, text: textOf(a) })).sort((x, y) => y.text.length - x.text.length)[0];
    if (longest && countPhraseWords(longest.text) >= 2) {
      title = longest.text;
      link = longest.a;
    }
  }
  if (!title || title.length > MAX_CARD_TITLE_CHARS) return null;
  link ??= links.find((a) => textOf(a) === title) ?? links[0] ?? null;
  const href = resolveUrl(link?.getAttribute('href'), baseUrl);
  const outlet = readCardOutlet(inside, title);
  return {
    title,
    href: isHttpUrl(href) ? href : null,
    source: outlet.strong ?? defaultSource,
    label: outlet.weak,
  };
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINK_TAGS = new Set(['A']);
const LEAF_LABEL_TAGS = new Set(['SPAN', 'SMALL', 'CITE', 'DIV', 'P', 'STRONG', 'B', 'EM', 'TIME']);

const OUTLET_CLASS = /source|provider|publisher|outlet|brand|attribution|site-?name|partner|vendor|origin/i;

/**
 * The outlet a card names. Strong: an element classed as the source, a
 * logo's alt text, or a label printed beside a relative time ("Outlet · 3h
 * ago"), as feed cards print them. Weak: the first other short label.
 */
function readCardOutlet(inside: Element[], title: string): { strong: string | null; weak: string | null } {
  const labelled: string[] = [];
  const logos: string[] = [];
  const leaves: Element[] = [];
  for (const el of inside) {
    const attr = el.getAttribute('data-source') || el.getAttribute('data-provider');
    if (attr) labelled.push(attr);
    const cls = el.getAttribute('class');
    if (cls && OUTLET_CLASS.test(cls) && el.childElementCount <= 1) labelled.push(textOf(el));
    if (el.tagName === 'IMG' && el.hasAttribute('alt')) logos.push((el.getAttribute('alt') ?? '').replace(/\s+logo$/i, ''));
    if (LEAF_LABEL_TAGS.has(el.tagName) && !el.firstElementChild && !closestTag(el, HEADING_TAGS)) {
      const text = textOf(el);
      if (text && text !== title && !/^by\s/i.test(text)) leaves.push(el);
    }
  }
  const timed = leaves.filter((el) => hasRelativeTime(textOf(el)) || siblingsOf(el).some((sib) => hasRelativeTime(textOf(sib))));
  const strong = firstOutlet([...labelled, ...logos, ...timed.map((el) => textOf(el))], title);
  const weak = strong
    ? null
    : firstOutlet(
        leaves.map((el) => textOf(el)).filter((t) => t.length <= MAX_CARD_OUTLET_CHARS),
        title,
      );
  return { strong, weak };
}

function firstOutlet(candidates: string[], title: string): string | null {
  for (const raw of candidates) {
    for (const part of raw.split(LABEL_SEPARATOR)) {
      const name = cleanOutletName(part);
      if (isPlausibleOutlet(name, title)) return name;
    }
  }
  return null;
}

function siblingsOf(el: Element): Element[] {
  return el.parentElement ? Array.from(el.parentElement.children).filter((c) => c !== el && c.childElementCount === 0) : [];
}

/** Strips "- ", "By ", "via " and trailing separators from an outlet label. */
export function cleanOutletName(raw: string): string {
  return collapseWhitespace(raw)
    .replace(/^(?:[-–—•·|]\s*|by\s+|via\s+|from\s+|source:\s*)/i, '')
    .replace(/\s*[-–—•·|:]$/, '')
    .trim();
}

function isPlausibleOutlet(name: string, title: string): boolean {
  if (
    name.length < 2 ||
    name.length > MAX_CARD_OUTLET_CHARS ||
    name === title ||
    (title.startsWith(name) && name.split(' ').length > MAX_TITLE_PREFIX_OUTLET_WORDS)
  )
    return false;
  if (isRelativeTime(name) || /^\d/.test(name) || /^(?:ad|sponsored|advertisement|video|live|new|updated?|read more|read full article)$/i.test(name))
    return false;
  const words = name.split(' ').length;
  return words <= MAX_CARD_OUTLET_WORDS && /\p{Lu}|\p{Lo}/u.test(name);
}

/** "More from The Valley Sentinel": the outlet a whole feed comes from. */
export function outletOfFeedHeading(heading: string): string | null {
  const match = /^(?:more (?:from|by)|also from|mehr von|plus de|más de)\s+(.+?)\s*[:»›>]*$/i.exec(heading);
  const name = match ? cleanOutletName(match[1]) : '';
  return name && isPlausibleOutlet(name, '') ? name : null;
}

/** Whether an element reads as a heading. */
export function isHeadingLike(el: Element): boolean {
  return headingLevel(el) > 0;
}
