import { normalizeForMatch, type Landmarks } from './detect';
import { closestLink, collapseWhitespace, countPhraseWords, firstLinkIn, linksIn, queryAll, SHOW_TEXT, textOf } from './dom';
import type { PageMetadata } from './page-metadata';
import { isRelativeTime, READ_MORE_LINK, STORY_CONTINUES } from './patterns';
import type { ArticleLink } from './types';
import { hostnameOf, isHttpUrl, isOtherPage, resolveUrl, stripTrackingParams } from './urls';
import {
  MAX_DIGEST_ITEM_CHARS,
  MAX_LINK_POST_CHARS,
  MAX_PAGE_LINKS,
  MAX_STORY_LINK_CHARS,
  MAX_STUB_CHARS,
  MAX_TEASER_CHARS,
  MAX_THREAD_LINE_CHARS,
  MAX_THREAD_POST_CHARS,
  MAX_UNREADABLE_SHARE,
  MIN_ARTICLE_CHARS,
  MIN_CARDS_FOR_LISTING,
  MIN_DIGEST_HEADLINE_WORDS,
  MIN_DIGEST_HOSTS,
  MIN_DIGEST_ITEMS,
  MIN_DIGEST_LINKED_SHARE,
  MIN_HEADLINE_WORDS,
  MIN_HUB_LINKS,
  MIN_PILE_HEADINGS,
  MIN_PILE_LINKED_SHARE,
  MIN_STUB_PAGE_RATIO,
  MIN_THREAD_HANDLES,
  MIN_THREAD_STAMPS,
  MIN_TITLE_PREFIX_CHARS,
  UNREADABLE_SAMPLE_CHARS,
} from './tuning';

/**
 * "No article" is an answer: front pages, section hubs, digests of many
 * summaries, link posts and comment threads hold no story of their own. The
 * stage decides from what extraction kept and what the page says about
 * itself, and hands back the page's story links so the popup still helps.
 * A teaser (an excerpt with "read more" to the full story) is an article
 * that says it is one.
 */

const HANDLE_START = /^@[\p{L}\p{N}_.]{2,30}(?:@[\w.-]+)?\b/u;

export interface NoArticleInput {
  /** The page as it was loaded (never pruned): where the story links are read. */
  doc: Document;
  /** What extraction kept. */
  content: Element;
  text: string;
  baseUrl: string;
  landmarks: Landmarks;
  metadata: PageMetadata;
  /** Story cards cut by pruning. */
  cardsRemoved: number;
  /** Characters of comment threads cut by pruning. */
  commentChars: number;
  /** A "Read more »" / "Read the full story on X" link to another page, read (and cut) by attribution. */
  readMoreUrl?: string | null;
  /**
   * The story cards pruning cut. `doc` may be the pruned working copy (the CLI hands its document over),
   * so the cut feed is counted and listed from here: the same answer on a clone and on the page itself.
   */
  related?: ReadonlyArray<{ title: string; href: string | null }>;
}

export type NoArticleVerdict = { noArticle: false; teaser: { href: string } | null } | { noArticle: true; reason: string; pageLinks: ArticleLink[] };

export function judgeArticle(input: NoArticleInput): NoArticleVerdict {
  const reason = noArticleReason(input);
  if (reason) return { noArticle: true, reason, pageLinks: collectPageLinks(input.doc, input.baseUrl, MAX_PAGE_LINKS, input.related) };
  return { noArticle: false, teaser: findTeaserLink(input) };
}

function noArticleReason(input: NoArticleInput): string | null {
  const { text, content, baseUrl, landmarks, metadata } = input;
  if (!text.trim()) return 'This page holds no text of its own.';
  if (input.cardsRemoved >= MIN_CARDS_FOR_LISTING && text.length < MIN_ARTICLE_CHARS) return 'This page lists stories but holds no article of its own.';
  // Whatever the page calls itself (a social post says og:type article): short posts under their own stamps.
  if (isPostThread(content, text)) return 'This page is a post and its replies, not an article.';
  // A blog's open thread says it is an article (og:type, JSON-LD): its short intro is the post.
  if (input.commentChars > text.length && text.length < MAX_THREAD_POST_CHARS && !saysArticle(metadata))
    return 'This page is a discussion thread, not an article.';
  // Little text, no body of paragraphs, and the page does not call itself an article: a thread, a post, a stub.
  if (
    text.length < MAX_STUB_CHARS &&
    !landmarks.body &&
    !saysArticle(metadata) &&
    (carriesPostStamps(text) || pageChars(input) > text.length * MIN_STUB_PAGE_RATIO)
  ) {
    return 'This page holds too little text of its own to be an article.';
  }
  if (isLinkPost(input)) return 'This page links to a story elsewhere and holds no article of its own.';
  if (isHub(input)) return 'This page is a front page or section page: it lists stories but holds no article of its own.';
  if (isDigest(content, baseUrl)) return 'This page is a digest of many stories, not one article.';
  // A story with a body of paragraphs may list linked items (a review of ten games); a feed page has no such body.
  if (!landmarks.body && isHeadlinePile(content, text, baseUrl)) return 'This page lists stories but holds no article of its own.';
  return null;
}

/**
 * A thread of posts: a few short lines, several under a bare relative stamp ("5m", "2 hours ago") and
 * addressed by handle ("@alice ..."), as social sites print replies. A live blog stamps its entries too,
 * but they are paragraphs, its text is long and its lines do not open with handles.
 */
function isPostThread(content: Element, text: string): boolean {
  if (text.length >= MAX_THREAD_POST_CHARS * 2) return false;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.some((line) => line.length > MAX_THREAD_LINE_CHARS)) return false;
  if (lines.filter((line) => HANDLE_START.test(line)).length < MIN_THREAD_HANDLES) return false;
  let stamps = 0;
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_TEXT);
  for (let node = walker.nextNode(); node && stamps < MIN_THREAD_STAMPS; node = walker.nextNode()) {
    if (isRelativeTime(collapseWhitespace(node.nodeValue))) stamps++;
  }
  return stamps >= MIN_THREAD_STAMPS;
}

/** "3 hours ago", "2 days ago" beside a few lines: the stamps of posts and replies, not of a story. */
function carriesPostStamps(text: string): boolean {
  return /\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i.test(text);
}

/** Text the page holds in all, counting what pruning already cut (comments, cards). */
function pageChars({ doc, commentChars, related }: NoArticleInput): number {
  const body = doc.body ?? doc.documentElement;
  const cards = (related ?? []).reduce((n, r) => n + r.title.length, 0);
  return collapseWhitespace(body?.textContent ?? '').length + commentChars + cards;
}

/** The page says it is an article: Open Graph type, article dates or JSON-LD. */
function saysArticle(metadata: PageMetadata): boolean {
  const ogType = metadata.meta.get('og:type')?.toLowerCase() ?? '';
  return /article|story|news/.test(ogType) || !!metadata.jsonLdArticle || metadata.meta.has('article:published_time');
}

/** A home page or a one-word section path ("/", "/news/", "/world"): where hubs live. */
function isHubPath(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    const segments = pathname.split('/').filter(Boolean);
    if (search && /(?:^|[?&])(?:id|p|story|article)=/i.test(search)) return false;
    // One plain word is a section ("/news/"); a hyphenated slug ("/about-bugs/") is a page of its own.
    return segments.length === 0 || (segments.length === 1 && /^[a-z]{2,20}$/i.test(segments[0]));
  } catch {
    return false;
  }
}

/** A front or section page: a hub address, no article metadata, and a page full of story links. */
function isHub({ doc, baseUrl, metadata, landmarks, related }: NoArticleInput): boolean {
  if (saysArticle(metadata) || !isHubPath(baseUrl)) return false;
  // A page whose headline matches its own title and sits over a body is a story even at a short address
  // (a front page's first card is an h1 too, but not the page's title).
  if (landmarks.headline && landmarks.body && headlineIsTitle(landmarks)) return false;
  return collectPageLinks(doc, baseUrl, MIN_HUB_LINKS, related).length >= MIN_HUB_LINKS;
}

function headlineIsTitle(landmarks: Landmarks): boolean {
  const headline = normalizeForMatch(landmarks.headlineText ?? '');
  // The most specific title the page gives (og:title, JSON-LD); a front page's <title> may name its top story.
  return landmarks.titles.slice(0, 1).some((t) => {
    const title = normalizeForMatch(t);
    return (
      title === headline ||
      (headline.length > MIN_TITLE_PREFIX_CHARS && title.startsWith(headline)) ||
      (title.length > MIN_TITLE_PREFIX_CHARS && headline.startsWith(title))
    );
  });
}

/** The headline is a link to another site and little text follows: a link post (Hacker News, Reddit). */
function isLinkPost({ landmarks, text, baseUrl }: NoArticleInput): boolean {
  const headline = landmarks.headline;
  if (!headline || text.length > MAX_LINK_POST_CHARS) return false;
  const link = closestLink(headline) ?? firstLinkIn(headline);
  const url = link ? resolveUrl(link.getAttribute('href'), baseUrl) : null;
  return isHttpUrl(url) && hostnameOf(url) !== hostnameOf(baseUrl);
}

/** Many linked headings over short summaries, to several sites: a newsletter digest. */
function isDigest(content: Element, baseUrl: string): boolean {
  const headings = queryAll(content, 'h2, h3, h4');
  // Items are headlines (a product pick's name is two words) to stories, not sponsored shop links.
  const linked = headings.filter((h) => {
    const a = closestLink(h) ?? firstLinkIn(h);
    return (
      !!a &&
      isOtherPage(a.getAttribute('href'), baseUrl) &&
      !/sponsored/i.test(a.getAttribute('rel') ?? '') &&
      countPhraseWords(textOf(h)) >= MIN_DIGEST_HEADLINE_WORDS
    );
  });
  if (linked.length < MIN_DIGEST_ITEMS || linked.length < headings.length * MIN_DIGEST_LINKED_SHARE) return false;
  const hosts = new Set(linked.map((h) => hostnameOf(resolveUrl((closestLink(h) ?? firstLinkIn(h))!.getAttribute('href'), baseUrl))));
  if (hosts.size < MIN_DIGEST_HOSTS) return false;
  const average = textOf(content).length / linked.length;
  return average < MAX_DIGEST_ITEM_CHARS;
}

/** What is left is a pile of headlines linking to other pages. */
function isHeadlinePile(content: Element, text: string, baseUrl: string): boolean {
  const linkedHeadings = queryAll(content, 'h2, h3, h4').filter((h) => {
    const link = closestLink(h) ?? firstLinkIn(h);
    return !!link && isOtherPage(link.getAttribute('href'), baseUrl);
  });
  if (linkedHeadings.length < MIN_PILE_HEADINGS) return false;
  const linkedText = linkedHeadings.reduce((n, h) => n + textOf(h.closest('li, article') ?? h).length, 0);
  return linkedText > text.length * MIN_PILE_LINKED_SHARE;
}

/** An excerpt that ends in "Read more" / "Continue reading" to another page: the full story's address. */
function findTeaserLink({ content, text, baseUrl, readMoreUrl }: NoArticleInput): { href: string } | null {
  if (text.length > MAX_TEASER_CHARS) return null;
  if (readMoreUrl && isOtherPage(readMoreUrl, baseUrl)) return { href: stripTrackingParams(readMoreUrl) };
  const links = linksIn(content);
  const last = links[links.length - 1];
  if (!last) return null;
  const label = textOf(last);
  if (!READ_MORE_LINK.test(label) && !STORY_CONTINUES.test(label)) return null;
  const url = resolveUrl(last.getAttribute('href'), baseUrl);
  return isHttpUrl(url) && isOtherPage(url, baseUrl) ? { href: stripTrackingParams(url) } : null;
}

/** The page's story links: headline-sized link texts to other pages, deduplicated, in page order. */
export function collectPageLinks(
  doc: Document,
  baseUrl: string,
  limit = MAX_PAGE_LINKS,
  related: ReadonlyArray<{ title: string; href: string | null }> = [],
): ArticleLink[] {
  const out: ArticleLink[] = [];
  const seen = new Set<string>();
  for (const card of related) {
    if (out.length >= limit) break;
    const text = collapseWhitespace(card.title);
    if (!card.href || !isHttpUrl(card.href) || countPhraseWords(text) < MIN_HEADLINE_WORDS) continue;
    const clean = stripTrackingParams(card.href);
    if (seen.has(clean)) continue;
    seen.add(clean);
    out.push({ text, href: clean });
  }
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (out.length >= limit) break;
    if (a.closest('nav, header, footer, [role=navigation]')) continue;
    const text = collapseWhitespace(a.textContent);
    if (countPhraseWords(text) < MIN_HEADLINE_WORDS || text.length > MAX_STORY_LINK_CHARS) continue;
    const raw = a.getAttribute('href');
    if (!isOtherPage(raw, baseUrl)) continue;
    const href = resolveUrl(raw, baseUrl);
    if (!isHttpUrl(href)) continue;
    const clean = stripTrackingParams(href);
    if (seen.has(clean)) continue;
    seen.add(clean);
    out.push({ text, href: clean });
  }
  return out;
}

/** Binary bytes served as HTML decode to control and replacement characters, not prose. */
export function isUnreadableText(text: string): boolean {
  const head = text.slice(0, UNREADABLE_SAMPLE_CHARS);
  const bad = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return head.length > 0 && bad > head.length * MAX_UNREADABLE_SHARE;
}
