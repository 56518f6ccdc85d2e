import type { PruneContext, PruneRule } from '../context';
import { hasLinkedHeading } from '../helpers';
import { isAttached } from '../../dom';

/**
 * Several `<article>` elements: the one with the headline (or the body) is
 * the story; the others are cards or a full "Up next" article.
 */
export function removeOtherArticles(ctx: PruneContext, _root: Element): void {
  // Without the headline we cannot tell which article the page is about (a live briefing of many).
  if (!ctx.landmarks.headline) return;
  const articles = ctx.scan.byTag('ARTICLE').filter(isAttached);
  if (articles.length < 2) return;
  const headline = ctx.landmarks.headline;
  // The body cluster sits in one card of a column of cards, away from the page's heading
  // (a topic page): that card is no more the story than its neighbours.
  // Card-like: its own heading links to another page, and it sits among sibling cards.
  const bodyCard = articles.find((a) => ctx.landmarks.body && a.contains(ctx.landmarks.body) && !a.contains(headline));
  const cardLike = (a: Element) => hasLinkedHeading(a, ctx.baseUrl);
  const bodyIsACard =
    !!bodyCard && cardLike(bodyCard) && articles.filter((a) => a !== bodyCard && a.parentElement === bodyCard.parentElement && cardLike(a)).length >= 2;
  for (const article of articles) {
    if (!isAttached(article)) continue;
    if (ctx.isProtected(article) && !(bodyIsACard && article === bodyCard)) continue;
    if (ctx.protectedNodes.some((p) => p.contains(article))) continue;
    if (!article.querySelector('a[href], h1, h2, h3, h4')) continue;
    ctx.cutCard(article);
  }
}

/**
 * Several `<article>` elements: the one with the headline (or the body) is
 * the story; the others are cards or a full "Up next" article.
 */
export const otherArticles: PruneRule = { name: 'otherArticles', run: removeOtherArticles };
