import type { PruneContext, PruneRule } from '../context';
import { isAttached, removeNode, textOf } from '../../dom';
import { MAX_TOOL_BAR_CHARS, MIN_TOOLS } from '../tuning';

/**
 * The article's own tool bar: "Order Reprints", "Print Article", "Text size", "Share", "Email".
 * Read by its words, not its classes, so any CMS's bar goes; a list counts only when every item is
 * such a label, and a block only when the label is all it holds, so a sentence that mentions
 * printing stays.
 */
const TOOL_LABEL =
  /^(?:order reprints?|reprints?(?: (?:&|and) permissions)?|print(?: (?:this )?(?:article|story|page))?|e-?mail(?: (?:this )?(?:article|story))?|share(?: (?:this )?(?:article|story))?|save(?: (?:this )?(?:article|story)| for later)?|gift (?:this )?article|copy link|text size|font size|listen(?: to (?:this )?(?:article|story))?|read later|bookmark)$/i;
const TOOL_BLOCKS = new Set(['UL', 'OL', 'DIV', 'P', 'SPAN', 'NAV']);

function isToolLabel(el: Element): boolean {
  const text = textOf(el);
  return !text || TOOL_LABEL.test(text);
}

export function removePageTools(ctx: PruneContext, _root: Element): void {
  for (const list of ctx.scan.byTag('UL', 'OL')) {
    if (!isAttached(list) || ctx.isProtected(list) || textOf(list).length > MAX_TOOL_BAR_CHARS) continue;
    const items = Array.from(list.children);
    if (items.filter((li) => textOf(li)).length >= MIN_TOOLS && items.every(isToolLabel)) removeNode(list);
  }
  for (const t of ctx.scan.texts) {
    if (!TOOL_LABEL.test(t.text) || !isAttached(t.parent)) continue;
    // The label's own block: the outermost one whose text is still just the label.
    let block: Element | null = null;
    for (let el: Element | null = t.parent; el && TOOL_BLOCKS.has(el.tagName) && textOf(el) === t.text; el = el.parentElement) block = el;
    if (block && !ctx.isProtected(block)) removeNode(block);
  }
}

export const pageTools: PruneRule = { name: 'pageTools', run: removePageTools };
