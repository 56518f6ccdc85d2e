import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { registerCopyHandler } from '../utils/page/copy-handler';
import { registerExtractor } from '../utils/page/extractor-handler';
import { originOf } from '../utils/protocol';
import { snapshotPage } from '../utils/page/snapshot-page';
import { inlinedCslAssets } from '../utils/page/csl-assets';

/**
 * Injected into the tab the reader acted on (never declared in the manifest,
 * so it runs only after the user's click, shortcut or menu choice). It
 * answers `extractArticle` with the article of a snapshot of the page as it
 * is at that moment, and `copyArticle` by formatting and copying right here.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // The page must not learn that the extension ran.
  noScriptStartedPostMessage: true,
  main() {
    const own = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
    // A fresh snapshot per request, handed over whole: the core needs no copy of its own.
    const readPage = () => ({ doc: snapshotPage(document, { getShadowRoot: readShadowRoot }), url: location.href, isCopy: true });
    registerExtractor(globalThis, { own, readPage, contentType: () => document.contentType });
    registerCopyHandler(globalThis, {
      own,
      readPage,
      readSelection: () => globalThis.getSelection?.()?.toString() ?? '',
      formatContext: () => {
        // DOMParser documents are inert: nothing in the article's markup runs or loads while formatting.
        const parser = new DOMParser();
        return {
          accessedAt: new Date(),
          parseHtml: (html: string) => parser.parseFromString(html, 'text/html').body,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          csl: inlinedCslAssets(),
        };
      },
      writeClipboard,
    });
  },
});

/**
 * Writes to the clipboard from the page's isolated world. Chromium allows it
 * for the focused tab without a click; Firefox needs the `clipboardWrite`
 * permission, which its build declares. http: pages have no async clipboard
 * at all (it needs a secure context): the caller then reports the refusal.
 */
async function writeClipboard(text: string, html?: string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('this page offers no clipboard (not a secure https page)');
  if (html && typeof ClipboardItem === 'function' && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Rich text refused (Firefox without dom.events.asyncClipboard.clipboardItem): plain text below.
    }
  }
  await clipboard.writeText(text);
}

/** Closed shadow roots too, where the browser lets a content script see them (Chrome's `dom` API). */
function readShadowRoot(element: Element): ShadowRoot | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  if (dom?.openOrClosedShadowRoot) {
    try {
      return dom.openOrClosedShadowRoot(element as HTMLElement) ?? null;
    } catch {
      // Not an HTMLElement (e.g. SVG): no author shadow root possible there anyway.
    }
  }
  return element.shadowRoot ?? null;
}
