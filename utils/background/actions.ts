import type { CitationStyle } from '../core/format/index';
import type { CopyRequest } from '../protocol';
import type { MessageKey } from '../i18n';
import { copyFromTab } from './copy-from-tab';
import type { CopyOutcome, CopyServices } from './copy-from-tab';
import type { ReaderNotice, TabRef } from './reader-tab';

/**
 * What the keyboard shortcut and the context menu do. The background's
 * listeners call these with the browser's arguments; everything they touch
 * comes in as `services`, so unit tests drive them with fakes and the e2e
 * suite through the real listeners (`chrome.commands.onCommand.dispatch`).
 */

/** The manifest's command (besides `_execute_action`, which the browser handles by opening the popup). */
export const COMMAND_COPY_MARKDOWN = 'copy-markdown';

export const MENU_READ_CLEAN = 'read-clean-article';
export const MENU_COPY_MARKDOWN = 'copy-clean-markdown';
export const MENU_COPY_QUOTE = 'copy-with-citation';

export type MenuContext = 'page' | 'selection' | 'link' | 'image' | 'frame';

export interface MenuItem {
  id: string;
  titleKey: MessageKey;
  contexts: MenuContext[];
}

/**
 * The context menu. The page items also show over a selection (a reader may
 * right-click inside selected text and still want the whole article), so
 * "Copy with citation" joins them there instead of replacing them.
 */
export const MENU_ITEMS: readonly MenuItem[] = [
  { id: MENU_READ_CLEAN, titleKey: 'menuReadClean', contexts: ['page', 'selection'] },
  { id: MENU_COPY_MARKDOWN, titleKey: 'menuCopyMarkdown', contexts: ['page', 'selection'] },
  { id: MENU_COPY_QUOTE, titleKey: 'menuCopyQuote', contexts: ['selection'] },
];

export interface MenusApi {
  removeAll(): Promise<void> | void;
  create(props: { id: string; title: string; contexts: MenuContext[] }, callback?: () => void): unknown;
}

/**
 * (Re)creates the menu. Chromium keeps menus across restarts and refuses a
 * second item with the same id, Firefox forgets them with the background
 * page: removing everything first makes one routine right for both.
 */
export async function installMenus(menus: MenusApi, title: (key: MessageKey) => string): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) {
    await new Promise<void>((resolve) => {
      // create() reports errors through lastError in the callback; a menu item is not worth a crash.
      menus.create({ id: item.id, title: title(item.titleKey), contexts: item.contexts }, () => resolve());
    });
  }
}

export interface ActionServices extends CopyServices {
  /** The tab in front, when the browser did not say which tab a command came from. */
  activeTab(): Promise<TabRef | null>;
  /** Opens the full-tab reader view for `tab`, with a notice when it stands in for a failed copy. */
  openReader(tab: TabRef, notice?: ReaderNotice): Promise<void>;
  /** The reader's chosen citation style. */
  citationStyle(): Promise<CitationStyle>;
  /** Confirms a copy on the toolbar button of `tabId` (the reader did not open the popup, so there is no other place). */
  confirmCopy(tabId: number, kind: CopyRequest['kind']): Promise<void>;
}

/** Runs a copy in `tab`; when the page cannot copy, the reader view opens with a notice and the copy buttons. */
async function copyOrOpenReader(tab: TabRef, request: CopyRequest, services: ActionServices): Promise<CopyOutcome> {
  const outcome = await copyFromTab(tab, request, services);
  if (outcome.ok) {
    if (tab.id !== undefined) await services.confirmCopy(tab.id, request.kind).catch(() => {});
    return outcome;
  }
  if (tab.id !== undefined && tab.id >= 0) {
    await services.openReader(tab, request.kind === 'quote' ? 'copy-failed-quote' : 'copy-failed-markdown').catch(() => {});
  }
  return outcome;
}

/** `commands.onCommand`: the one command the extension itself handles. Returns what happened, for logs and tests. */
export async function handleCommand(command: string, tab: TabRef | undefined, services: ActionServices): Promise<CopyOutcome | null> {
  if (command !== COMMAND_COPY_MARKDOWN) return null;
  const target = tab?.id !== undefined ? tab : await services.activeTab();
  if (!target) return { ok: false, code: 'NO_TAB', message: 'There is no tab to copy from.' };
  return copyOrOpenReader(target, { kind: 'markdown' }, services);
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

/** `contextMenus.onClicked`. Returns what happened, for logs and tests. */
export async function handleMenuClick(info: MenuClick, tab: TabRef | undefined, services: ActionServices): Promise<CopyOutcome | null> {
  if (!tab || tab.id === undefined || tab.id < 0) return null;
  switch (info.menuItemId) {
    case MENU_READ_CLEAN:
      await services.openReader(tab);
      return { ok: true };
    case MENU_COPY_MARKDOWN:
      return copyOrOpenReader(tab, { kind: 'markdown' }, services);
    case MENU_COPY_QUOTE: {
      const style = await services.citationStyle();
      const selectionText = info.selectionText?.slice(0, 100_000);
      return copyOrOpenReader(tab, { kind: 'quote', style, ...(selectionText ? { selectionText } : {}) }, services);
    }
    default:
      return null;
  }
}
