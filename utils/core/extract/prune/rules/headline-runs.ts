import type { PruneContext, PruneRule } from '../context';
import { countWords, firstLinkIn, isAttached, linksIn, removeNode, textOf } from '../../dom';
import { isHttpUrl, isOtherPage, resolveUrl } from '../../urls';
import { HEADLINE_WORDS, MAX_RUN_LABEL_CHARS, MAX_RUN_LABEL_WORDS, MIN_RUN, MIN_STORY_PARAGRAPHS, STORY_PARAGRAPH_CHARS } from '../tuning';

/**
 * Related stories a CMS drops between or after the story's paragraphs as bare
 * headlines: two or more sibling paragraphs each of which is one link to
 * another page, with a headline's words and no closing full stop. A list of
 * such links counts only under a short label ending in a colon ("More games
 * news:"), because an author's own list (sources, a reading list) looks the
 * same without one. The story's own paragraphs must stand beside the run, so a
 * link post keeps its links. The links are kept as related items.
 */
/** "More games news:", "Related stories:", "Also on Yahoo:". */
const RUN_LABEL = /^.{0,40}\b(?:more|related|also|recent|latest|popular|trending|further|other|previously|top)\b.{0,40}:$/i;

/** The block's one link when the whole block is that link with a headline's text. */
function headlineLinkOf(block: Element, baseUrl: string): Element | null {
  const links = linksIn(block);
  if (links.length !== 1) return null;
  const text = textOf(block);
  const words = countWords(text);
  if (textOf(links[0]) !== text || words < HEADLINE_WORDS.min || words > HEADLINE_WORDS.max || /\.["”’]?$/.test(text)) return null;
  const href = links[0].getAttribute('href');
  return isOtherPage(href, baseUrl) && isHttpUrl(resolveUrl(href, baseUrl)) ? links[0] : null;
}

function isRunLabel(el: Element | null): el is Element {
  if (!el) return false;
  const text = textOf(el);
  return text.length <= MAX_RUN_LABEL_CHARS && countWords(text) <= MAX_RUN_LABEL_WORDS && RUN_LABEL.test(text) && !firstLinkIn(el);
}

function hasStoryBeside(parent: Element, run: readonly Element[]): boolean {
  let paragraphs = 0;
  for (const p of Array.from(parent.getElementsByTagName('p'))) {
    if (!run.some((r) => r === p || r.contains(p)) && textOf(p).length >= STORY_PARAGRAPH_CHARS) paragraphs++;
  }
  return paragraphs >= MIN_STORY_PARAGRAPHS;
}

function cutRun(ctx: PruneContext, run: Element[], links: Element[], label: Element | null): void {
  const parent = run[0].parentElement;
  if (!parent || run.some((el) => ctx.isProtected(el)) || !hasStoryBeside(parent, run)) return;
  for (const a of links) ctx.collect(a);
  for (const el of run) removeNode(el);
  if (label) removeNode(label);
}

export function removeHeadlineRuns(ctx: PruneContext, _root: Element): void {
  const seen = new Set<Element>();
  for (const p of ctx.scan.byTag('P')) {
    if (seen.has(p) || !isAttached(p)) continue;
    const run: Element[] = [];
    const links: Element[] = [];
    for (let el: Element | null = p; el && el.tagName === 'P'; el = el.nextElementSibling) {
      const link = headlineLinkOf(el, ctx.baseUrl);
      if (!link) break;
      seen.add(el);
      run.push(el);
      links.push(link);
    }
    const previous = p.previousElementSibling;
    if (run.length >= MIN_RUN) cutRun(ctx, run, links, isRunLabel(previous) ? previous : null);
  }
  for (const list of ctx.scan.byTag('UL', 'OL')) {
    const label = list.previousElementSibling;
    if (!isAttached(list) || !isRunLabel(label)) continue;
    // One list, or a list per link ("More:" over three one-item lists), under the label.
    const lists: Element[] = [];
    const links: Element[] = [];
    for (let el: Element | null = list; el && (el.tagName === 'UL' || el.tagName === 'OL'); el = el.nextElementSibling) {
      const items = headlineItemsOf(el, ctx.baseUrl);
      if (!items) break;
      lists.push(el);
      links.push(...items);
    }
    if (links.length >= MIN_RUN) cutRun(ctx, lists, links, label);
  }
}

/** The links of a list whose every item is one headline link, else null. */
function headlineItemsOf(list: Element, baseUrl: string): Element[] | null {
  const items = Array.from(list.children);
  const links = items.map((li) => (li.tagName === 'LI' ? headlineLinkOf(li, baseUrl) : null));
  return items.length && links.every(Boolean) ? (links as Element[]) : null;
}

export const headlineRuns: PruneRule = { name: 'headlineRuns', run: removeHeadlineRuns };
