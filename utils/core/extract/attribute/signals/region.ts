import type { Landmarks } from '../../detect';
import { precedes } from '../../dom';
import { hostnameOf, isHttpUrl, isSameSite, resolveUrl } from '../../urls';
import { HEADLINE_REGION_LEVELS } from '../tuning';

/** Where credits sit: the headline's region, above the story body. Shared by the headline signals. */

/** The headline's parent and its ancestors, innermost first. */
export function headlineRegions(landmarks: Landmarks): Element[] {
  const out: Element[] = [];
  for (let r = landmarks.headline?.parentElement ?? null, level = 0; r && level < HEADLINE_REGION_LEVELS; r = r.parentElement, level++) out.push(r);
  return out;
}

/** Inside the story body or after it: a credit there is read by the phrase signals, not the headline ones. */
export function isInOrAfterBody(el: Element, landmarks: Landmarks): boolean {
  return !!landmarks.body && (landmarks.body.contains(el) || precedes(landmarks.body, el));
}

const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|t|telegram|instagram|youtube|tiktok|threads|bsky|mastodon|flipboard|news\.google|google|apple|getpocket|mailto)\.(?:com|me|net|app|social|org)$/i;

/** A link's absolute address when it leads to another site that is not a share or social service. */
export function foreignLinkUrl(link: Element, pageUrl: string): string | null {
  const url = resolveUrl(link.getAttribute('href'), pageUrl);
  if (!isHttpUrl(url) || isSameSite(url, pageUrl) || SOCIAL_HOSTS.test(hostnameOf(url) ?? '')) return null;
  return url;
}

const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'LI', 'FOOTER', 'A', 'CITE', 'STRONG', 'B']);

/** The outermost element that holds exactly this line of text (and nothing else). */
export function standaloneLine(el: Element, textOf: (n: Element) => string): Element | undefined {
  const text = textOf(el);
  let line = el;
  while (line.parentElement && line.parentElement.tagName !== 'BODY' && textOf(line.parentElement) === text) line = line.parentElement;
  return LINE_TAGS.has(line.tagName) ? line : undefined;
}
