/**
 * The full-tab reader view is `reader.html?tabId=N`: an extension page that
 * reads tab N the way the popup does. The tab's `activeTab` grant (from the
 * click, shortcut or menu that led here) lasts until that tab navigates, so
 * the reader tab may use it.
 */

/** Why the reader view was opened instead of copying directly (shown as a notice there). */
export type ReaderNotice = 'copy-failed-markdown' | 'copy-failed-quote';

export const READER_NOTICES: readonly ReaderNotice[] = ['copy-failed-markdown', 'copy-failed-quote'];

/** The tab an action was taken in; Chromium gives `url` only with access to the page. */
export interface TabRef {
  id?: number;
  url?: string;
  index?: number;
  windowId?: number;
}

/** `reader.html?tabId=N[&notice=...]` as a path inside the extension. */
export function readerPath(tabId: number, notice?: ReaderNotice): string {
  const params = new URLSearchParams({ tabId: String(tabId) });
  if (notice) params.set('notice', notice);
  return `/reader.html?${params.toString()}`;
}

export interface TabsCreateApi {
  create(props: { url: string; index?: number; openerTabId?: number; windowId?: number; active?: boolean }): Promise<unknown>;
}

/** Opens the reader view for `tab` right after it, in front. */
export async function openReaderTab(tabs: TabsCreateApi, getURL: (path: string) => string, tab: TabRef, notice?: ReaderNotice): Promise<void> {
  if (tab.id === undefined || tab.id < 0) throw new Error('No tab to read');
  await tabs.create({
    url: getURL(readerPath(tab.id, notice)),
    active: true,
    openerTabId: tab.id,
    ...(tab.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
}
