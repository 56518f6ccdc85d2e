import type { Landmarks } from './detect';
import { headingLevel, isAttached, precedes, queryAll, removeNode, textOf } from './dom';
import {
  AD_LABEL, AGGREGATOR_NOTE, SITEWIDE_HEADING, COMMENTS_HEADING, COMMENT_CLASS, FEED_HEADING, PROMO_CLASS, TAG_LIST_PREFIX, INLINE_PROMO_PREFIX, PROMO_HEADING, TAGS_HEADING, hasRelativeTime,
} from './patterns';
import { closestTag, hasVisibleText, type PageScan } from './page-scan';
import { outletOfFeedHeading, readCard, type CardReading } from './related-cards';
import { isOtherPage } from './urls';

/**
 * Cuts what surrounds a story on aggregator pages before Readability sees it:
 * feeds of story cards, sections under "Related"/"Comments"/"Hashtags"-like
 * headings, promo boxes, other full articles, inline "Read also" cards. The
 * cut feed is returned as links. Nothing that contains the headline or the
 * body cluster is ever removed.
 */
export interface PruneOutcome {
  related: CardReading[];
  /** Story cards removed (feeds, other articles, link grids), for the no-article decision. */
  cardsRemoved: number;
  /** Why the page looks like a feed page, for `aggregator.signals`. */
  signals: string[];
}

type SectionKind = 'feed' | 'sitewide' | 'comments' | 'tags' | 'promo' | 'ad';

/**
 * The pruning rules, in the order they run. Earlier rules see more of the
 * page; "other articles" runs first so a full second story is taken whole.
 */
export const PRUNE_RULES = [
  'otherArticles',
  'timedCardFeeds',
  'labelledSections',
  'linkedHeadingGrids',
  'inlinePromos',
  'commentThreads',
  'tagLists',
  'signupBoxes',
  'pageChrome',
  'aggregatorNotes',
] as const;
export type PruneRule = (typeof PRUNE_RULES)[number];

export function pruneFeeds(
  doc: Document,
  landmarks: Landmarks,
  baseUrl: string,
  scan: PageScan,
  rules: readonly PruneRule[] = PRUNE_RULES,
): PruneOutcome {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { related: [], cardsRemoved: 0, signals: [] };
  const pruner = new Pruner(landmarks, baseUrl, scan);
  const run: Record<PruneRule, (root: Element) => void> = {
    otherArticles: (root) => pruner.removeOtherArticles(root),
    timedCardFeeds: (root) => pruner.removeTimedCardFeeds(root),
    labelledSections: (root) => pruner.removeLabelledSections(root),
    linkedHeadingGrids: (root) => pruner.removeLinkedHeadingGrids(root),
    inlinePromos: (root) => pruner.removeInlinePromos(root),
    commentThreads: (root) => pruner.removeCommentThreads(root),
    tagLists: (root) => pruner.removeTagLists(root),
    signupBoxes: (root) => pruner.removeSignupBoxes(root),
    pageChrome: (root) => pruner.removePageChrome(root),
    aggregatorNotes: (root) => pruner.removeAggregatorNotes(root),
  };
  for (const rule of rules) run[rule](body);
  return pruner.outcome();
}

class Pruner {
  private related: CardReading[] = [];
  private seenTitles = new Set<string>();
  private cardsRemoved = 0;
  private signals = new Set<string>();
  private readonly protectedNodes: Element[];

  constructor(
    private landmarks: Landmarks,
    private baseUrl: string,
    /** The page's elements and short texts (see page-scan.ts); removed entries are skipped. */
    private scan: PageScan,
  ) {
    this.protectedNodes = [landmarks.headline, landmarks.body].filter((n): n is Element => !!n);
  }

  outcome(): PruneOutcome {
    return { related: this.related, cardsRemoved: this.cardsRemoved, signals: Array.from(this.signals) };
  }

  /** Whether removing `el` would take the headline or the story body with it. */
  private isProtected(el: Element): boolean {
    return this.protectedNodes.some((p) => el === p || el.contains(p));
  }

  /**
   * Inside the story found after the headline: a list of linked items there
   * (a review of ten games, a live blog's posts) belongs to the story.
   */
  private isInStory(el: Element): boolean {
    const body = this.landmarks.body;
    return !!body && !!this.landmarks.headline && (body === el || body.contains(el) || (el.parentElement === body));
  }

  private collect(card: Element, defaultSource: string | null = null): void {
    const item = readCard(card, this.baseUrl, defaultSource);
    if (!item) return;
    const key = item.title.toLowerCase();
    if (this.seenTitles.has(key)) return;
    this.seenTitles.add(key);
    this.related.push(item);
  }

  /** Removes a feed-like region, keeping its cards as related links. */
  private cutFeed(region: Element, signal: string, defaultSource: string | null = null): void {
    const cards = findCards(region);
    for (const card of cards) this.collect(card, defaultSource);
    this.cardsRemoved += Math.max(1, cards.length);
    this.signals.add(signal);
    removeNode(region);
  }

  /**
   * Several `<article>` elements: the one with the headline (or the body) is
   * the story; the others are cards or a full "Up next" article.
   */
  removeOtherArticles(root: Element): void {
    // Without the headline we cannot tell which article the page is about (a live briefing of many).
    if (!this.landmarks.headline) return;
    const articles = this.scan.byTag('ARTICLE').filter(isAttached);
    if (articles.length < 2) return;
    const headline = this.landmarks.headline;
    // The body cluster sits in one card of a column of cards, away from the page's heading
    // (a topic page): that card is no more the story than its neighbours.
    // Card-like: its own heading links to another page, and it sits among sibling cards.
    const bodyCard = articles.find((a) => this.landmarks.body && a.contains(this.landmarks.body) && !a.contains(headline));
    const cardLike = (a: Element) => hasLinkedHeading(a, this.baseUrl);
    const bodyIsACard =
      !!bodyCard &&
      cardLike(bodyCard) &&
      articles.filter((a) => a !== bodyCard && a.parentElement === bodyCard.parentElement && cardLike(a)).length >= 2;
    for (const article of articles) {
      if (!isAttached(article)) continue;
      if (this.isProtected(article) && !(bodyIsACard && article === bodyCard)) continue;
      if (this.protectedNodes.some((p) => p.contains(article))) continue;
      if (!article.querySelector('a[href], h1, h2, h3, h4')) continue;
      this.collect(article);
      this.cardsRemoved++;
      this.signals.add('related-feed');
      removeNode(article);
    }
  }

  /**
   * Cards that carry a relative time ("3 minutes ago") beside a headline link:
   * each time label is climbed to the largest ancestor holding no other label;
   * two or more such cards under one parent are a feed.
   */
  removeTimedCardFeeds(root: Element): void {
    const markers = Array.from(
      new Set(this.scan.texts.filter((t) => !t.parent.firstElementChild && hasRelativeTime(t.text)).map((t) => t.parent)),
    )
      .filter(isAttached)
      .slice(0, 400);
    if (markers.length < 2) return;
    const markerSet = new Set(markers);
    const groups = new Map<Element, Element[]>();
    for (const marker of markers) {
      let card: Element = marker;
      while (card.parentElement && card.parentElement !== root && countIn(card.parentElement, markerSet) === 1) card = card.parentElement;
      const parent = card.parentElement;
      if (!parent) continue;
      const list = groups.get(parent) ?? [];
      if (!list.includes(card)) list.push(card);
      groups.set(parent, list);
    }
    for (const cards of groups.values()) {
      const storyCards = cards.filter((c) => isAttached(c) && !this.isProtected(c) && !this.isInStory(c) && hasHeadlineLink(c, this.baseUrl));
      if (storyCards.length < 2) continue;
      for (const card of storyCards) {
        this.collect(card);
        this.cardsRemoved++;
        removeNode(card);
      }
      this.signals.add('related-feed');
    }
  }

  /** Sections introduced by a "Related"/"Comments"/"Hashtags"/promo heading. */
  removeLabelledSections(root: Element): void {
    for (const heading of findLabelHeadings(this.scan)) {
      if (!isAttached(heading) || this.isProtected(heading)) continue;
      const kind = classifyLabel(textOf(heading));
      if (!kind) continue;
      if (kind === 'ad') {
        this.removeAdSlot(heading);
        continue;
      }
      const section = this.sectionOf(heading);
      const feedOutlet = kind === 'feed' ? outletOfFeedHeading(textOf(heading)) : null;
      if (section) {
        if (kind === 'feed') this.cutFeed(section, 'related-feed', feedOutlet);
        else removeNode(section);
        continue;
      }
      // The heading sits among siblings: cut it and what follows, up to the next heading of its rank.
      // A bare label (not a heading) only takes the list right after it.
      const level = headingLevel(heading);
      const cut: Element[] = [heading];
      const first = heading.nextElementSibling;
      // A bare label ("Next story") before a whole article takes everything after it.
      const labelsArticle = !level && kind === 'feed' && !!first && !!first.querySelector('h1, h2, h3, article');
      for (let next = first; next; next = next.nextElementSibling) {
        const nextLevel = headingLevel(next);
        if ((nextLevel && nextLevel <= (level || 6)) || this.isProtected(next) || this.isStoryParagraph(next)) break;
        cut.push(next);
        if (!level && !labelsArticle) break;
      }
      if (!level && !labelsArticle && (cut.length < 2 || linkDensity(cut[1]) < 0.5)) cut.splice(1);
      // A subheading of the story itself ("More on the economy" over real paragraphs) stays.
      if (cut.length === 1 && first && this.isStoryParagraph(first)) continue;
      for (const el of cut) {
        if (kind === 'feed') for (const card of findCards(el)) this.collect(card, feedOutlet);
        removeNode(el);
      }
      if (kind === 'feed') this.signals.add('related-feed');
    }
  }

  /** A paragraph of the story itself: long, few links, right in the body cluster. */
  private isStoryParagraph(el: Element): boolean {
    return el.parentElement === this.landmarks.body && el.tagName === 'P' && textOf(el).length >= 80 && linkDensity(el) < 0.3;
  }

  /** An "Advertisement" label and the small slot around it, never more. */
  private removeAdSlot(label: Element): void {
    let slot = label;
    while (slot.parentElement && !this.isProtected(slot.parentElement) && textOf(slot.parentElement).length < 120) slot = slot.parentElement;
    removeNode(slot);
  }

  /** The wrapper a heading introduces: climbed while the heading stays its first content. */
  private sectionOf(heading: Element): Element | null {
    let section: Element = heading;
    while (section.parentElement && section.parentElement.tagName !== 'BODY' && section.parentElement.tagName !== 'HTML') {
      const parent = section.parentElement;
      if (this.isProtected(parent) || firstContentChild(parent) !== section) break;
      section = parent;
    }
    return section === heading ? null : section;
  }

  /** Three or more siblings that each hold a linked headline: a grid of story cards. */
  removeLinkedHeadingGrids(root: Element): void {
    const parents = new Set<Element>();
    const headings = this.scan.byTag('H2', 'H3', 'H4').filter(isAttached);
    const headingSet = new Set(headings);
    for (const h of headings) {
      const link = closestTag(h, LINK_TAGS) ?? h.getElementsByTagName('a')[0] ?? null;
      if (!link || !isOtherPage(link.getAttribute('href'), this.baseUrl)) continue;
      let card: Element = h;
      while (card.parentElement && card.parentElement !== root && countIn(card.parentElement, headingSet) === 1) card = card.parentElement;
      if (card.parentElement) parents.add(card.parentElement);
    }
    for (const parent of parents) {
      if (!isAttached(parent) || this.isProtected(parent) || this.isInStory(parent)) continue;
      const cards = Array.from(parent.children).filter(
        (c) => countIn(c, headingSet) === 1 && c.getElementsByTagName('p').length <= 3 && hasHeadlineLink(c, this.baseUrl),
      );
      if (cards.length < 3 || cards.length < parent.children.length * 0.6) continue;
      if (cards.some((c) => this.isProtected(c))) continue;
      for (const card of cards) {
        this.collect(card);
        this.cardsRemoved++;
        removeNode(card);
      }
      this.signals.add('related-feed');
    }
  }

  /** "Read also: <link>" cards placed between the story's paragraphs. */
  removeInlinePromos(root: Element): void {
    for (const t of this.scan.texts) {
      if (!INLINE_PROMO_PREFIX.test(t.text) || !isAttached(t.parent)) continue;
      const el = blockAround(t.parent, INLINE_PROMO_PREFIX, 600, PROMO_BLOCKS);
      if (!el || this.isProtected(el)) continue;
      const text = textOf(el);
      // The promo names another story: a headline-sized link right after the label, not a bare "Read more »".
      const headlineLinks = queryAll(el, 'a[href]').filter((a) => textOf(a).replace(INLINE_PROMO_PREFIX, '').split(' ').length >= 3);
      const linkText = headlineLinks.reduce((n, a) => n + textOf(a).length, 0);
      const rest = text.replace(INLINE_PROMO_PREFIX, '').trim();
      const leadsWithLink = headlineLinks.some((a) => rest.startsWith(textOf(a).replace(INLINE_PROMO_PREFIX, '').trim()));
      if (!headlineLinks.length || (linkText < text.length * 0.4 && !leadsWithLink)) continue;
      for (const a of headlineLinks) this.collect(a);
      removeNode(el);
    }
  }

  /** Site navigation, banners and footers outside the story. */
  removePageChrome(root: Element): void {
    const story = this.landmarks.body;
    for (const el of this.scan.elements) {
      if (!CHROME_TAGS.has(el.tagName) && !CHROME_ROLES.has(el.getAttribute('role') ?? '')) continue;
      if (!isAttached(el) || this.isProtected(el) || (story && story.contains(el))) continue;
      if ((el.tagName === 'HEADER' || el.tagName === 'FOOTER') && closestTag(el, ARTICLE_TAGS)) continue;
      removeNode(el);
    }
  }


  /** "#Tag #Tag" link clouds and "Tags: a, b" lines. */
  removeTagLists(root: Element): void {
    const containers = new Set<Element>();
    for (const t of this.scan.texts) {
      if (!isAttached(t.parent)) continue;
      if (TAG_LIST_PREFIX.test(t.text)) {
        const block = blockAround(t.parent, TAG_LIST_PREFIX, 400, TAG_BLOCKS);
        if (block) containers.add(block);
      } else if (t.text.startsWith('#') && t.parent.tagName === 'A' && t.parent.parentElement) {
        containers.add(closestTag(t.parent.parentElement, TAG_BLOCKS) ?? t.parent.parentElement);
      }
    }
    for (const el of containers) {
      if (!isAttached(el) || this.isProtected(el)) continue;
      const links = queryAll(el, 'a');
      if (!links.length) continue;
      const hashtags = links.length >= 2 && links.every((a) => textOf(a).startsWith('#'));
      const labelled = TAG_LIST_PREFIX.test(textOf(el));
      if ((hashtags || labelled) && linkDensity(el) > 0.5) removeNode(el);
    }
  }

  /** Newsletter and subscription boxes: an e-mail form or a promo class around little text. */
  removeSignupBoxes(root: Element): void {
    for (const input of this.scan.byTag('INPUT')) {
      if (!isAttached(input) || !isEmailInput(input)) continue;
      let box: Element | null = closestTag(input, FORM_TAGS);
      while (box && box.parentElement && box.parentElement !== root && !this.isProtected(box.parentElement) && textOf(box.parentElement).length < 400) box = box.parentElement;
      if (box && isAttached(box) && !this.isProtected(box)) removeNode(box);
    }
    for (const el of this.scan.elements) {
      if (!BOX_TAGS.has(el.tagName)) continue;
      const label = this.scan.classAndId(el);
      if (!label || !PROMO_CLASS.test(label) || !isAttached(el) || this.isProtected(el)) continue;
      if (textOf(el).length < 500) removeNode(el);
    }
  }


  /** Aggregators' own notes: "We have summarized this news...", "Does this summary seem wrong?". */
  removeAggregatorNotes(root: Element): void {
    for (const t of this.scan.texts) {
      if (!AGGREGATOR_NOTE.test(t.text) || !isAttached(t.parent)) continue;
      const el = blockAround(t.parent, AGGREGATOR_NOTE, 300, NOTE_BLOCKS);
      if (el && !this.isProtected(el)) removeNode(el);
    }
  }

  /** Comment threads marked by class or id. */
  removeCommentThreads(root: Element): void {
    for (const el of this.scan.elements) {
      if (!COMMENT_CONTAINER_TAGS.has(el.tagName)) continue;
      const label = this.scan.classAndId(el);
      if (!label || !COMMENT_CLASS.test(label) || !isAttached(el) || this.isProtected(el) || el === root) continue;
      removeNode(el);
    }
  }

}

const PROMO_BLOCKS = new Set(['P', 'DIV', 'ASIDE', 'SECTION', 'LI', 'BLOCKQUOTE', 'FIGURE']);
const TAG_BLOCKS = new Set(['DIV', 'P', 'UL', 'SECTION', 'NAV', 'FOOTER']);
const NOTE_BLOCKS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'ASIDE']);
const LINK_TAGS = new Set(['A']);
const FORM_TAGS = new Set(['FORM']);
const ARTICLE_TAGS = new Set(['ARTICLE']);
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const COMMENT_CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'OL', 'UL', 'ASIDE', 'FOOTER', 'ARTICLE']);
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'P', 'DIALOG']);

const SIDEBAR_CLASS = /(?:^|[\s_-])(?:sidebar|side-bar|rail|right-rail|left-rail|widget-area)(?:$|[\s_-])/i;

/** Inside an `<aside>`, a complementary region or a sidebar/rail container. */
function isInSidebar(el: Element): boolean {
  for (let n: Element | null = el; n && n.tagName !== 'BODY'; n = n.parentElement) {
    if (n.tagName === 'ASIDE' || n.getAttribute('role') === 'complementary' || SIDEBAR_CLASS.test(classAndId(n))) return true;
  }
  return false;
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls && id ? `${cls} ${id}` : cls || id || '';
}

function isEmailInput(input: Element): boolean {
  return input.getAttribute('type') === 'email' || /email/i.test(input.getAttribute('name') ?? '') || (input.getAttribute('placeholder') ?? '').includes('@');
}

function countIn(container: Element, markers: Set<Element>): number {
  let n = 0;
  for (const m of markers) if (container.contains(m) && ++n > 1) break;
  return n;
}

/** Share of an element's text that sits inside links. */
function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  return queryAll(el, 'a').reduce((n, a) => n + textOf(a).length, 0) / total;
}

/** Whether a heading inside `el` links (or sits in a link) to another page: a card's title. */
function hasLinkedHeading(el: Element, baseUrl: string): boolean {
  return ['h1', 'h2', 'h3', 'h4'].some((tag) =>
    Array.from(el.getElementsByTagName(tag)).some((h) => {
      const link = closestTag(h, LINK_TAGS) ?? h.getElementsByTagName('a')[0] ?? null;
      return !!link && isOtherPage(link.getAttribute('href'), baseUrl);
    }),
  );
}

/** Whether a card links to another story with a headline-sized text. */
function hasHeadlineLink(card: Element, baseUrl: string): boolean {
  const links = card.tagName === 'A' ? [card] : queryAll(card, 'a[href]');
  return links.some((a) => isOtherPage(a.getAttribute('href'), baseUrl) && (textOf(a).split(' ').length >= 3 || !!a.querySelector('h1, h2, h3, h4, h5, h6') || !!a.closest('h1, h2, h3, h4, h5, h6')));
}

/** Story cards inside a removed region, one element per story. */
function findCards(region: Element): Element[] {
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
    const isHeadline = text.split(' ').length >= 3 || !!a.closest('h1, h2, h3, h4, h5, h6') || !!a.querySelector('h1, h2, h3, h4, h5, h6');
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
    while (card !== region && card.parentElement && region.contains(card.parentElement) && countIn(card.parentElement, linkSet) === 1) card = card.parentElement;
    return card;
  });
}

function classifyLabel(text: string): SectionKind | null {
  if (!text || text.length > 60) return null;
  if (SITEWIDE_HEADING.test(text)) return 'sitewide';
  if (FEED_HEADING.test(text)) return 'feed';
  if (COMMENTS_HEADING.test(text)) return 'comments';
  if (TAGS_HEADING.test(text)) return 'tags';
  if (PROMO_HEADING.test(text)) return 'promo';
  if (AD_LABEL.test(text)) return 'ad';
  return null;
}

/** Real headings, plus short standalone labels such as `<div class="title">Similar News:</div>`. */
function findLabelHeadings(scan: PageScan): Element[] {
  const candidates = new Set<Element>(scan.byTag('H1', 'H2', 'H3', 'H4', 'H5', 'H6'));
  for (const t of scan.texts) if (t.text.length <= 60 && classifyLabel(t.text)) candidates.add(t.parent);
  const out: Element[] = [];
  for (const el of candidates) {
    if (!isAttached(el) || (headingLevel(el) === 0 && el.childElementCount > 1)) continue;
    const text = textOf(el);
    if (text.length > 60 || !classifyLabel(text)) continue;
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
function blockAround(start: Element, pattern: RegExp, maxLength: number, tags: ReadonlySet<string>): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = start; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const text = textOf(el);
    if (text.length > maxLength || !pattern.test(text)) break;
    if (tags.has(el.tagName)) found = el;
  }
  return found;
}

/** The first child that shows something (text, image or heading). */
function firstContentChild(parent: Element): Element | null {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (/^(?:IMG|SVG|PICTURE)$/i.test(child.tagName) || hasVisibleText(child) || child.getElementsByTagName('img').length) return child;
  }
  return null;
}

export { precedes };
