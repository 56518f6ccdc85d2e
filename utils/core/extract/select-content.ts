import { collapseWhitespace, isAttached } from './dom';
import { normalizeForMatch } from './detect';
import type { PageScan } from './page-scan';
import { blockTextOf } from './text';
import { isHttpUrl, resolveUrl } from './urls';
import { CLUSTER_PROBE_CHARS, FALLBACK_BELOW_CHARS, MIN_CLUSTER_CHARS, MIN_FALLBACK_PARAGRAPHS } from './tuning';

/**
 * Worth keeping a copy of the body cluster: a list (Readability scores paragraphs,
 * not items) or a few paragraphs. A body of many paragraphs is never missed.
 */
export function needsFallback(landmarks: { headline: Element | null; body: Element | null }): boolean {
  const body = landmarks.body;
  if (!landmarks.headline || !body || !isAttached(body)) return false;
  return /^(?:UL|OL)$/.test(body.tagName) || body.getElementsByTagName('p').length < MIN_FALLBACK_PARAGRAPHS;
}

/**
 * Readability's body, unless it is near empty while the page has a body
 * cluster after its headline (it chose a side box): then the cluster.
 */
export function pickContent(doc: Document, readable: Element | null, bodyCluster: Element | null): Element {
  if (!readable) return bodyCluster!;
  if (!bodyCluster) return readable;
  // Only a near-empty pick is a miss: a short story beside long comments is still Readability's to choose.
  const readableText = collapseWhitespace(readable.textContent);
  if (readableText.length >= FALLBACK_BELOW_CHARS * 2) return readable;
  // Block text skips scripts and styles, which the cluster still holds (Readability drops them).
  const clusterText = collapseWhitespace(blockTextOf(bodyCluster));
  if (clusterText.length < MIN_CLUSTER_CHARS) return readable;
  const pickedText = collapseWhitespace(blockTextOf(readable));
  if (pickedText.length >= FALLBACK_BELOW_CHARS || pickedText.includes(clusterText.slice(0, CLUSTER_PROBE_CHARS))) return readable;
  // Created by the working copy: on linkedom a cloned node's ownerDocument is still the original page.
  const wrapper = doc.createElement('div');
  wrapper.appendChild(bodyCluster);
  return wrapper;
}

/** Readability wraps the body in `<div id="readability-page-1">`; the article is its content. */
export function unwrapReadabilityPage(content: Element): Element {
  const only = content.children.length === 1 ? content.children[0] : null;
  return only && /^readability-page-/.test(only.getAttribute('id') ?? '') ? only : content;
}

export function findBaseUrl(scan: PageScan, url: string): string {
  const base = scan
    .byTag('BASE')
    .find((el) => el.hasAttribute('href'))
    ?.getAttribute('href');
  const resolved = base ? resolveUrl(base, url) : null;
  return isHttpUrl(resolved) ? resolved : url;
}

/** The headline shown on the page, else the most specific title the page gives. */
export function pickTitle(headline: string | null, titles: string[], readabilityTitle: string | null, siteName: string): string {
  if (headline) return headline;
  const site = normalizeForMatch(siteName);
  const fromMeta = titles.find((t) => normalizeForMatch(t) !== site);
  return collapseWhitespace(readabilityTitle) || fromMeta || 'Untitled';
}
