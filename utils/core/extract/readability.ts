import { Readability } from '@mozilla/readability';

/**
 * Runs Mozilla Readability on the pruned working copy and hands back the body
 * as a DOM element (not a string), so later stages keep working on nodes.
 */
export interface ReadabilityOutput {
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export function runReadability(doc: Document): ReadabilityOutput | null {
  // No element limit: the pipeline's time budget decides whether Readability runs at all.
  const reader = new Readability<Element>(doc, {
    serializer: (el) => el as Element,
    // Classes are noise in the popup and in pasted HTML, but both sanitizers drop them anyway
    // (class is never allowed); Readability's own pass setting className on every node is skipped.
    keepClasses: true,
  });
  skipStyleReadsWithoutStyleAttribute(reader);
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return {
    content: parsed.content,
    title: parsed.title || null,
    byline: parsed.byline || null,
    excerpt: parsed.excerpt || null,
    siteName: parsed.siteName || null,
    publishedTime: parsed.publishedTime || null,
    lang: parsed.lang || null,
  };
}

type VisibilityCheck = (node: Element) => boolean;

/**
 * Readability asks every node of the page whether it is visible, reading
 * `node.style.display` and `node.style.visibility`. A DOM without a style
 * engine (linkedom in the CLI) builds a parsed style object per element for
 * that (in a CPU profile over Zyte's pages, 9 % of Readability's time on the
 * candidate, before GC), although most elements have no `style` attribute, and then both
 * values are empty in every DOM. Such nodes skip the style reads; everything
 * else goes to Readability's own check unchanged, so the answer is the same.
 */
export function skipStyleReadsWithoutStyleAttribute(reader: object): void {
  const target = reader as { _isProbablyVisible?: VisibilityCheck };
  const ownCheck = target._isProbablyVisible;
  if (typeof ownCheck !== 'function') return;
  target._isProbablyVisible = function (this: unknown, node: Element): boolean {
    if (node.hasAttribute('style')) return ownCheck.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    const className = (node as { className?: unknown }).className;
    return typeof className === 'string' && className.includes('fallback-image');
  };
}
