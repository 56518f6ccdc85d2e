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
