import type { ArticleLink } from './types';
import { collapseWhitespace, linksIn, listElements, textOf } from './dom';
import { isHttpUrl, resolveUrl, stripTrackingParams } from './urls';

/**
 * Makes every URL in the article absolute (so it works in the popup and in
 * pasted text) and lists the body's http(s) links in reading order.
 */
export function absolutizeUrls(root: Element, baseUrl: string): void {
  for (const el of listElements(root)) {
    for (const attr of URL_ATTRS) {
      if (!el.hasAttribute(attr)) continue;
      const resolved = resolveUrl(el.getAttribute(attr), baseUrl);
      if (resolved) el.setAttribute(attr, resolved);
      else el.removeAttribute(attr);
    }
    if (el.hasAttribute('srcset')) absolutizeSrcset(el, baseUrl);
  }
}

const URL_ATTRS = ['href', 'src', 'poster'];

function absolutizeSrcset(el: Element, baseUrl: string): void {
  const value = el.getAttribute('srcset') ?? '';
  const resolved = value
    .split(/,\s+/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const abs = resolveUrl(url, baseUrl);
      return abs ? [abs, ...descriptor].join(' ') : null;
    })
    .filter(Boolean)
    .join(', ');
  if (resolved) el.setAttribute('srcset', resolved);
  else el.removeAttribute('srcset');
}

/** The body's http(s) links, deduplicated by address (fragment ignored), in reading order. */
export function collectLinks(root: Element): ArticleLink[] {
  const out: ArticleLink[] = [];
  const seen = new Set<string>();
  for (const a of linksIn(root)) {
    const href = a.getAttribute('href') ?? '';
    if (!isHttpUrl(href)) continue;
    const clean = stripTrackingParams(href);
    const key = clean.split('#')[0];
    if (seen.has(key)) continue;
    seen.add(key);
    const text = textOf(a) || collapseWhitespace(a.querySelector('img')?.getAttribute('alt')) || clean;
    out.push({ text, href: clean });
  }
  return out;
}
