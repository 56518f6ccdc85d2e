import { closestHeading, countPhraseWords, hasHeadingIn, headingLevel, isAttached, linksIn, precedes, removeNode, textOf } from '../dom';
import type { PruneContext } from './context';
import { hasVisibleText, type PageScan } from '../page-scan';
import { AD_LABEL, COMMENTS_HEADING, FEED_HEADING, PROMO_HEADING, SITEWIDE_HEADING, TAGS_HEADING } from '../patterns';
import { closestTag } from '../page-scan';
import { isOtherPage } from '../urls';
import { MAX_LABEL_CHARS, MIN_HEADLINE_LINK_WORDS } from './tuning';

/** Shared by the prune rules: what a card, a feed, a label and a block look like. */

export type SectionKind = 'feed' | 'sitewide' | 'comments' | 'tags' | 'promo' | 'ad';

export const PROMO_BLOCKS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'LI', 'BLOCKQUOTE', 'FIGURE']);
export const TAG_BLOCKS = new Set(['DIV', 'P', 'UL', 'SECTION', 'NAV', 'FOOTER']);
export const NOTE_BLOCKS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'ASIDE']);
export const LINK_TAGS = new Set(['A']);
export const FORM_TAGS = new Set(['FORM']);
export const ARTICLE_TAGS = new Set(['ARTICLE']);
export const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
export const COMMENT_CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'OL', 'UL', 'ASIDE', 'FOOTER', 'ARTICLE']);
export const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'P', 'DIALOG']);

export function isEmailInput(input: Element): boolean {
  return input.getAttribute('type') === 'email' || /email/i.test(input.getAttribute('name') ?? '') || (input.getAttribute('placeholder') ?? '').includes('@');
}

export function countIn(container: Element, markers: Set<Element>): number {
  let n = 0;
  for (const m of markers) if (container.contains(m) && ++n > 1) break;
  return n;
}

/** Whether a heading inside `el` links (or sits in a link) to another page: a card's title. */
export function hasLinkedHeading(el: Element, baseUrl: string): boolean {
  return ['h1', 'h2', 'h3', 'h4'].some((tag) =>
    Array.from(el.getElementsByTagName(tag)).some((h) => {
      const link = closestTag(h, LINK_TAGS) ?? h.getElementsByTagName('a')[0] ?? null;
      return !!link && isOtherPage(link.getAttribute('href'), baseUrl);
    }),
  );
}

/** Whether a card links to another story with a headline-sized text. */
export function hasHeadlineLink(card: Element, baseUrl: string): boolean {
  const links = card.tagName === 'A' ? [card] : linksIn(card);
  return links.some(
    (a) => isOtherPage(a.getAttribute('href'), baseUrl) && (countPhraseWords(textOf(a)) >= MIN_HEADLINE_LINK_WORDS || hasHeadingIn(a) || !!closestHeading(a)),
  );
}

/** Story cards inside a removed region, one element per story. */
export function findCards(region: Element): Element[] {
  // A whole article (one headline over paragraphs) is one card.
  const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].reduce((n, tag) => n + region.getElementsByTagName(tag).length, 0);
  if (headings === 1 && region.getElementsByTagName('p').length >= 2) return [region];
  const articles = Array.from(region.getElementsByTagName('article'));
  if (articles.length) return articles;
  const headlineLinks: Element[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(region.getElementsByTagName('a'))) {
    if (!a.hasAttribute('href')) continue;
    const text = textOf(a);
    const isHeadline = countPhraseWords(text) >= MIN_HEADLINE_LINK_WORDS || !!closestHeading(a) || hasHeadingIn(a);
    const href = a.getAttribute('href') ?? '';
    if (!isHeadline || seen.has(href)) continue;
    seen.add(href);
    headlineLinks.push(a);
  }
  // Cards opened by script (no links): their headings mark them.
  // (The feed's own label, "Related Articles", is not a card.)
  if (!headlineLinks.length) {
    headlineLinks.push(
      ...['h2', 'h3', 'h4'].flatMap((tag) => Array.from(region.getElementsByTagName(tag))).filter((h) => h !== region && !classifyLabel(textOf(h))),
    );
  }
  const linkSet = new Set(headlineLinks);
  // Each headline link climbs to the largest element (up to the region itself) holding no other.
  return headlineLinks.map((a) => {
    let card: Element = a;
    while (card !== region && card.parentElement && region.contains(card.parentElement) && countIn(card.parentElement, linkSet) === 1)
      card = card.parentElement;
    return card;
  });
}

export function classifyLabel(text: string): SectionKind | null {
  if (!text || text.length > MAX_LABEL_CHARS) return null;
  if (SITEWIDE_HEADING.test(text)) return 'sitewide';
  if (FEED_HEADING.test(text)) return 'feed';
  if (COMMENTS_HEADING.test(text)) return 'comments';
  if (TAGS_HEADING.test(text)) return 'tags';
  if (PROMO_HEADING.test(text)) return 'promo';
  if (AD_LABEL.test(text)) return 'ad';
  return null;
}

/** Real headings, plus short standalone labels such as `<div class="title">Similar News:</div>`. */
export function findLabelHeadings(scan: PageScan): Element[] {
  const candidates = new Set<Element>(scan.byTag('H1', 'H2', 'H3', 'H4', 'H5', 'H6'));
  for (const t of scan.texts) if (t.text.length <= MAX_LABEL_CHARS && classifyLabel(t.text)) candidates.add(t.parent);
  const out: Element[] = [];
  for (const el of candidates) {
    if (!isAttached(el) || (headingLevel(el) === 0 && el.childElementCount > 1)) continue;
    const text = textOf(el);
    if (text.length > MAX_LABEL_CHARS || !classifyLabel(text)) continue;
    // A label inside a heading or wrapper with the same text: use the outermost one.
    let label = el;
    while (label.parentElement && label.parentElement.tagName !== 'BODY' && textOf(label.parentElement) === text) label = label.parentElement;
    if (!out.includes(label) && !out.some((o) => o.contains(label))) out.push(label);
  }
  return out.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/**
 * The outermost element around a short text that still reads as that text
 * (matches `pattern`, at most `maxLength` long), among `tags`.
 */
export function blockAround(start: Element, pattern: RegExp, maxLength: number, tags: ReadonlySet<string>): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = start; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const text = textOf(el);
    if (text.length > maxLength || !pattern.test(text)) break;
    if (tags.has(el.tagName)) found = el;
  }
  return found;
}

/** Cuts every block that holds only a line matching `pattern` (up to `maxLength` characters): notes, credits. */
export function removeLineBlocks(ctx: PruneContext, pattern: RegExp, maxLength: number, tags: ReadonlySet<string>): void {
  for (const t of ctx.scan.texts) {
    if (!pattern.test(t.text) || !isAttached(t.parent)) continue;
    const el = blockAround(t.parent, pattern, maxLength, tags);
    if (el && !ctx.isProtected(el)) removeNode(el);
  }
}

/** The first child that shows something (text, image or heading). */
export function firstContentChild(parent: Element): Element | null {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (/^(?:IMG|SVG|PICTURE)$/i.test(child.tagName) || hasVisibleText(child) || child.getElementsByTagName('img').length) return child;
  }
  return null;
}
