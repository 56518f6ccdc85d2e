/**
 * The paragraphs of a rendered article, as a reader sees them: the innermost
 * text blocks (a <p> inside an <li> is the paragraph, not the <li>). Read
 * aloud goes through them, line focus dims all but one, and highlights are
 * split at their edges.
 */

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td, th, caption';

/** Marks the blocks with `data-reading-block` (the line-focus CSS reads it) and returns them in reading order. */
export function readingBlocks(body: HTMLElement): HTMLElement[] {
  const blocks = Array.from(body.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)).filter(
    (el) => !el.querySelector(BLOCK_SELECTOR) && (el.textContent ?? '').trim() !== '',
  );
  // A body with its text straight in a <div> has no block: it is one paragraph.
  const found = blocks.length ? blocks : (body.textContent ?? '').trim() ? [body] : [];
  for (const el of found) el.setAttribute('data-reading-block', '');
  return found;
}
