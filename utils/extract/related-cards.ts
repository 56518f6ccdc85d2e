import type { RelatedItem } from './types';
import { collapseWhitespace, headingLevel, queryAll, textOf } from './dom';
import { isRelativeTime } from './patterns';
import { isHttpUrl, resolveUrl } from './urls';

/**
 * Reads one card of a feed (or one item of a link list) into a RelatedItem:
 * its headline, where it links, and the outlet it names.
 */
export function readCard(card: Element, baseUrl: string): RelatedItem | null {
  const heading = queryAll(card, 'h1, h2, h3, h4, h5, h6, [role=heading]')[0] ?? null;
  const links = queryAll(card, 'a[href]');
  if (card.tagName === 'A' && card.getAttribute('href')) links.unshift(card);
  let title = heading ? textOf(heading) : '';
  let link: Element | null = heading ? (heading.closest('a[href]') ?? heading.querySelector('a[href]')) : null;
  if (!title) {
    const longest = links.map((a) => ({ a, text: textOf(a) })).sort((x, y) => y.text.length - x.text.length)[0];
    if (longest && longest.text.split(' ').length >= 2) {
      title = longest.text;
      link = longest.a;
    }
  }
  if (!title || title.length > 300) return null;
  link ??= links.find((a) => textOf(a) === title) ?? links[0] ?? null;
  const href = resolveUrl(link?.getAttribute('href'), baseUrl);
  return { title, href: isHttpUrl(href) ? href : null, source: readCardOutlet(card, title) };
}

const OUTLET_CLASS = /source|provider|publisher|outlet|brand|attribution|site-?name|partner|vendor|origin/i;

/** The outlet a card names: a labelled element, a logo's alt text, or a short label beside the time. */
function readCardOutlet(card: Element, title: string): string | null {
  const labelled: string[] = [];
  for (const el of queryAll(card, '[class], [data-source], [data-provider]')) {
    const attr = el.getAttribute('data-source') || el.getAttribute('data-provider');
    if (attr) labelled.push(attr);
    if (OUTLET_CLASS.test(el.getAttribute('class') ?? '') && el.childElementCount <= 1) labelled.push(textOf(el));
  }
  const logos = queryAll(card, 'img[alt]').map((img) => (img.getAttribute('alt') ?? '').replace(/\s+logo$/i, ''));
  // Short leaf labels outside the headline; "By X" names a person, not an outlet.
  const labels = queryAll(card, 'span, small, cite, div, p, strong, b, em, time')
    .filter((el) => el.childElementCount === 0 && !el.closest('h1, h2, h3, h4, h5, h6, a'))
    .map((el) => textOf(el))
    .filter((t) => !/^by\s/i.test(t));
  for (const raw of [...labelled, ...logos, ...labels]) {
    const name = cleanOutletName(raw);
    if (isPlausibleOutlet(name, title)) return name;
  }
  return null;
}

/** Strips "- ", "By ", "via " and trailing separators from an outlet label. */
export function cleanOutletName(raw: string): string {
  return collapseWhitespace(raw)
    .replace(/^(?:[-–—•·|]\s*|by\s+|via\s+|from\s+|source:\s*)/i, '')
    .replace(/\s*[-–—•·|:]$/, '')
    .trim();
}

function isPlausibleOutlet(name: string, title: string): boolean {
  if (name.length < 2 || name.length > 40 || name === title) return false;
  if (isRelativeTime(name) || /^\d/.test(name) || /^(?:ad|sponsored|advertisement|video|live|new|updated?)$/i.test(name)) return false;
  const words = name.split(' ').length;
  return words <= 5 && /\p{Lu}|\p{Lo}/u.test(name);
}

/** Whether an element reads as a heading (a real one, or a short title-like label). */
export function isHeadingLike(el: Element): boolean {
  return headingLevel(el) > 0;
}
