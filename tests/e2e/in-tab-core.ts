import { extractArticle } from '../../utils/core/extract/index';
import type { ExtractDiagnostics } from '../../utils/core/extract/types';
import { createArticleSanitizer } from '../../utils/core/sanitize/sanitize';
import { snapshotPage } from '../../utils/page/snapshot-page';

/**
 * Bundled by `bench-popup.ts` and evaluated in a tab's own page: what the
 * extension computes for the popup, in the same tab and on the same document
 * as the Readability it is compared with. The snapshot (the content
 * script's copy of the page, handed to the core as the extractor handler
 * hands it), the core, and the sanitizer the popup runs right before
 * display; not the popup's opening, messaging or paint. Returns the time of
 * each part, or null when the page has no article.
 */
(globalThis as { __sourcedCoreInTab?: () => Record<string, number> | null }).__sourcedCoreInTab = () => {
  const t0 = performance.now();
  const snapshot = snapshotPage(document);
  const t1 = performance.now();
  let diagnostics: ExtractDiagnostics | null = null;
  const result = extractArticle(snapshot, location.href, { ownsDocument: true, onDiagnostics: (d) => (diagnostics = d) });
  const t2 = performance.now();
  if (!result.ok) return null;
  createArticleSanitizer(window, { images: true, baseUrl: result.article.url })(result.article.contentHtml);
  const t3 = performance.now();
  const stages = (diagnostics as ExtractDiagnostics | null)?.stageMs ?? {};
  return {
    total: t3 - t0,
    snapshot: t1 - t0,
    core: t2 - t1,
    sanitize: t3 - t2,
    ...Object.fromEntries(Object.entries(stages).map(([k, v]) => [`core.${k}`, v])),
  };
};
