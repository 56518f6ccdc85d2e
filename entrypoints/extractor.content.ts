import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerExtractor } from '../utils/extractor-handler';
import { originOf } from '../utils/messaging';
import { snapshotPage } from '../utils/snapshot-page';

/**
 * Injected by the popup into the tab it reads (never declared in the manifest,
 * so it runs only after the user's click). It answers `extractArticle` with
 * the article of a snapshot of the page as it is at that moment.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // The page must not learn that the extension ran.
  noScriptStartedPostMessage: true,
  main() {
    const own = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
    registerExtractor(globalThis, {
      own,
      readPage: () => ({ doc: snapshotPage(document, { getShadowRoot: readShadowRoot }), url: location.href }),
    });
  },
});

/** Closed shadow roots too, where the browser lets a content script see them (Chrome's `dom` API). */
function readShadowRoot(element: Element): ShadowRoot | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } })
    .chrome?.dom;
  if (dom?.openOrClosedShadowRoot) {
    try {
      return dom.openOrClosedShadowRoot(element as HTMLElement) ?? null;
    } catch {
      // Not an HTMLElement (e.g. SVG): no author shadow root possible there anyway.
    }
  }
  return element.shadowRoot ?? null;
}
