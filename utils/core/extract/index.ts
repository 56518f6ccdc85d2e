import type { ExtractOptions, ExtractResult } from './types';
import { DEFAULT_BUDGET, runPipeline } from './pipeline';

export type * from './types';
export { DEFAULT_BUDGET } from './pipeline';

/** @deprecated Pages are no longer refused by element count or depth; only the time budget is left. */
export const DEFAULT_LIMITS = { timeBudgetMs: DEFAULT_BUDGET.timeBudgetMs };

/**
 * The extraction core: a document and its URL in, an Article or a typed
 * failure out. Works on a clone unless the caller hands the document over
 * (`ownsDocument`), so the page is never changed, and touches no browser or
 * extension global: it runs unchanged in the content script, under jsdom in
 * tests and on linkedom in the CLI.
 *
 * Stages (`pipeline.ts`, in order): prepare (clone, flatten shadow roots) ->
 * scan + detect (headline, body) -> prune (feeds, promos, comments) ->
 * attribution evidence -> read (Readability, or the densest-block rule when
 * Readability would blow the budget) -> clean and absolutize -> trim -> text
 * -> no-article decision -> attribution and the Article.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  return runPipeline(doc, url, options);
}
