import { queryAll, textOf } from './dom';
import { isOtherPage } from './urls';

/** Below this much text, what Readability found is not an article. */
const MIN_ARTICLE_CHARS = 140;

/** Binary bytes served as HTML decode to control and replacement characters, not prose. */
export function isUnreadableText(text: string): boolean {
  const head = text.slice(0, 2000);
  const bad = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return head.length > 0 && bad > head.length * 0.05;
}

/**
 * A front page or a feed page: nothing left once the feeds are cut, or what
 * is left is itself a pile of headlines linking to other pages. A short page
 * that is not a feed (a note, a test page) is still an article.
 */
export function isNotAnArticle(content: Element, text: string, baseUrl: string, cardsRemoved: number, hasBody: boolean): boolean {
  if (!text.trim()) return true;
  if (cardsRemoved >= 3 && text.length < MIN_ARTICLE_CHARS) return true;
  // A story with a body of paragraphs may list linked items (a review of ten games); a feed page has no such body.
  if (hasBody) return false;
  const linkedHeadings = queryAll(content, 'h2, h3, h4').filter((h) => {
    const link = h.closest('a[href]') ?? h.querySelector('a[href]');
    return !!link && isOtherPage(link.getAttribute('href'), baseUrl);
  });
  if (linkedHeadings.length >= 3) {
    const linkedText = linkedHeadings.reduce((n, h) => n + textOf(h.closest('li, article') ?? h).length, 0);
    if (linkedText > text.length * 0.5) return true;
  }
  return false;
}

