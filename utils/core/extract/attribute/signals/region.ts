import type { Landmarks } from '../../detect';
import { precedes } from '../../dom';
import { hostnameOf, isHttpUrl, isSameBrandSite, isSameSite, resolveUrl } from '../../urls';
import { HEADLINE_REGION_LEVELS, MIN_SHARE_QUERY_CHARS } from '../tuning';
import type { Candidate } from '../types';

/** Where credits sit: the headline's region, above the story body. Shared by the headline signals. */

/** The headline's parent and its ancestors, innermost first. */
export function headlineRegions(landmarks: Landmarks): Element[] {
  const out: Element[] = [];
  for (let r = landmarks.headline?.parentElement ?? null, level = 0; r && level < HEADLINE_REGION_LEVELS; r = r.parentElement, level++) out.push(r);
  return out;
}

/**
 * Reads every element above the story body in the innermost headline region
 * where `read` finds anything: a credit beside the headline wins over one
 * further out, which is more often a sidebar's. Each element is read once:
 * a wider region adds only what the narrower one did not hold, since that
 * one found nothing.
 *
 * The walk is in document order, so it stops at the story body: everything
 * after that point is in or after the body (`isInOrAfterBody`), and a long
 * story is not walked element by element four times over.
 */
export function readNearestHeadlineRegion(landmarks: Landmarks, read: (el: Element) => Candidate | null): Candidate[] {
  const body = landmarks.body;
  let inner: Element | null = null;
  for (const region of headlineRegions(landmarks)) {
    const out: Candidate[] = [];
    // A region inside the body, or wholly after it, holds nothing above the body.
    const skip = !!body && (body.contains(region) || precedes(body, region));
    const innerHoldsBody = !!body && !!inner && inner.contains(body);
    const stack: Element[] = skip ? [] : [region];
    while (stack.length) {
      const el = stack.pop()!;
      if (el === body) break;
      if (el === inner) {
        if (innerHoldsBody) break;
        continue;
      }
      const found = read(el);
      if (found) out.push(found);
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    if (out.length) return out;
    inner = region;
  }
  return [];
}

/** Inside the story body or after it: a credit there is read by the phrase signals, not the headline ones. */
export function isInOrAfterBody(el: Element, landmarks: Landmarks): boolean {
  return !!landmarks.body && (landmarks.body.contains(el) || precedes(landmarks.body, el));
}

const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|t|telegram|instagram|youtube|tiktok|threads|bsky|mastodon|flipboard|news\.google|google|apple|getpocket|mailto|stumbleupon|tumblr|digg|vk|weibo|line|buffer)\.(?:com|me|net|app|social|org)$/i;

const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|webm|mp3|pdf)$/i;

/** A link's absolute address when it leads to another site (not the same name under another suffix) that is not a share or social service. */
export function foreignLinkUrl(link: Element, pageUrl: string): string | null {
  const url = resolveUrl(link.getAttribute('href'), pageUrl);
  if (!isHttpUrl(url) || isSameSite(url, pageUrl) || isSameBrandSite(url, pageUrl) || SOCIAL_HOSTS.test(hostnameOf(url) ?? '') || isShareLink(url, pageUrl))
    return null;
  // A link to an image or a file opens that file (a photo at full size); a link marked as the author's is a person's page.
  if (MEDIA_FILE.test(new URL(url).pathname) || /\bauthor\b/i.test(link.getAttribute('rel') ?? '')) return null;
  return url;
}

/**
 * A link that hands this page's own address to another service ("submit?url=<this page>"): a
 * share button, on whatever service, never a credit. Any host, so no list has to know it.
 */
export function isShareLink(url: string, pageUrl: string): boolean {
  // The page's address rides in the query ("submit?url=") or the fragment ("share#url=", AddToAny).
  const parsed = new URL(url);
  const query = parsed.search + parsed.hash;
  if (query.length < MIN_SHARE_QUERY_CHARS) return false;
  let decoded = query;
  try {
    decoded = decodeURIComponent(query.replace(/\+/g, ' '));
  } catch {
    // A malformed escape: compare the raw query.
  }
  const page = new URL(pageUrl);
  const path = page.pathname.replace(/\/+$/, '');
  // The home page's address alone is too common in queries ("ref=", "return_to=") to tell a share apart.
  return path.length > 1 && decoded.includes(`${page.hostname.replace(/^www\./, '')}${path}`);
}

const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'LI', 'FOOTER', 'A', 'CITE', 'STRONG', 'B']);

/** The outermost element that holds exactly this line of text (and nothing else). */
export function standaloneLine(el: Element, textOf: (n: Element) => string): Element | undefined {
  const text = textOf(el);
  let line = el;
  while (line.parentElement && line.parentElement.tagName !== 'BODY' && textOf(line.parentElement) === text) line = line.parentElement;
  return LINE_TAGS.has(line.tagName) ? line : undefined;
}
