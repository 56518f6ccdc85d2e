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
    void browser.action.setBadgeBackgroundColor({ color: '#3b4a5a' });
  });
});
