import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { actionApi, flashBadge, OK_BADGE_COLOR } from '../utils/background/badge';
import { handleCommand, handleMenuClick, installMenus } from '../utils/background/actions';
import type { ActionServices, MenuClick, MenusApi } from '../utils/background/actions';
import {
  ALL_SITES,
  createDetectorSync,
  DETECTOR_SCRIPT,
  DETECTOR_SCRIPT_ID,
  answerDetectionMessage,
  isAddressedToBackground,
} from '../utils/background/detection';
import { openReaderTab } from '../utils/background/reader-tab';
import { t } from '../utils/i18n';
import { originOf, sendMessage } from '../utils/protocol';
import { aggregatorDetectionItem, citationStyleItem, isCitationStyle } from '../utils/preferences';
import { EXTRACTOR_SCRIPT } from '../utils/ui/request-article';

/**
 * Wiring only: the keyboard command, the context menu, and opt-in on-load
 * detection for the badge. Each listener is registered synchronously at the
 * top of `main`, so the browser can wake the service worker for it; the work
 * lives in `utils/background/`.
 */
export default defineBackground(() => {
  const own = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
  const action = actionApi();
  // Firefox names it `menus`; both browsers also answer to `contextMenus`.
  const menus = browser.contextMenus as unknown as MenusApi & {
    onClicked: { addListener(cb: (info: MenuClick, tab?: { id?: number; url?: string; index?: number; windowId?: number }) => void): void };
  };

  const services: ActionServices = {
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_SCRIPT] });
    },
    send: (tabId, request) => sendMessage('copyArticle', request, tabId),
    fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
    activeTab: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab ?? null;
    },
    openReader: (tab, notice) => openReaderTab(browser.tabs, (path) => browser.runtime.getURL(path as '/reader.html'), tab, notice),
    citationStyle: async () => {
      const style = await citationStyleItem.getValue().catch(() => citationStyleItem.fallback);
      // A style file of the reader's own lives in the popup's menu only; quotes copied from the page menu use APA then.
      return isCitationStyle(style) ? style : 'apa';
    },
    confirmCopy: async (tabId, kind) => {
      if (!action) return;
      const title = kind === 'quote' ? t('badgeCopiedQuote') : t('badgeCopiedMarkdown');
      await flashBadge(action, tabId, { text: t('badgeCopiedText'), title, color: OK_BADGE_COLOR }, 4000);
    },
  };

  const syncDetector = createDetectorSync({
    wanted: () => aggregatorDetectionItem.getValue(),
    hasAccess: () => browser.permissions.contains({ origins: ALL_SITES }),
    isRegistered: async () => (await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] })).length > 0,
    register: () =>
      browser.scripting.registerContentScripts([
        {
          id: DETECTOR_SCRIPT_ID,
          js: [DETECTOR_SCRIPT.slice(1)],
          matches: ALL_SITES,
          runAt: 'document_idle',
          allFrames: false,
          persistAcrossSessions: true,
        },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] }),
  });
  const sync = () => {
    syncDetector().catch((error: unknown) => console.warn('Sourced Reader: aggregator detection', error));
  };

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab, services);
  });

  menus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab, services);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only the detector's report is handled (and answered, `{ok: false, code}` when refused);
    // everything else is left to the listeners it is meant for.
    if (!isAddressedToBackground(message)) return undefined;
    void answerDetectionMessage(message, sender, own, action).then(sendResponse);
    return true;
  });

  browser.runtime.onInstalled.addListener(() => {
    void installMenus(menus, t);
    if (action) void action.setBadgeBackgroundColor({ color: '#3b4a5a' });
    sync();
  });
  browser.runtime.onStartup.addListener(() => {
    // Firefox forgets menus with its background page; Chromium keeps them (installMenus handles both).
    void installMenus(menus, t);
    sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener((removed) => {
    // Access taken back on the browser's extensions page: the switch follows, so the options page tells the truth.
    if (removed.origins?.some((origin) => ALL_SITES.includes(origin))) void aggregatorDetectionItem.setValue(false);
    sync();
  });
  aggregatorDetectionItem.watch(sync);
});
