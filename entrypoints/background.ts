import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/**
 * Wiring only. The popup does the work on the user's click; the service
 * worker's presence also gives tests the extension id. Badges for aggregator
 * pages, menus and commands come with later issues.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Placeholder for the aggregator badge: its colour is set once so later text is legible.
    // Firefox's MV2 build has `browserAction` where MV3 has `action`.
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    void action?.setBadgeBackgroundColor({ color: '#3b4a5a' });
  });
});
