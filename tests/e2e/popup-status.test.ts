import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * Pages where the popup must not show an article: a front page of cards, and
 * pages the browser forbids. Each gets a clear status instead of a pile of text.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('popup status', () => {
  it('says there is no article on an aggregator’s front page of cards', async () => {
    const front = loadFixture('no-article--daily8.com--front-page');
    expect(front.expected.noArticle).toBe(true);
    harness.servePage({ url: front.url, body: front.html });
    const { tabId } = await harness.openTab(front.url);
    const popup = await harness.openPopupFor(tabId);
    const status = popup.locator('[data-testid=status]');
    await status.waitFor();
    await expect(status.getAttribute('data-code')).resolves.toBe('NO_ARTICLE');
    expect(normalizeText(await status.innerText())).toMatch(/no article/i);
    expect(await popup.locator('[data-testid=article-body]').count()).toBe(0);
  });

  // The e2e build has host access but no activeTab, so Chromium hides about:blank's address from
  // it and refuses injection without naming the page: NO_ACCESS is then the honest answer.
  it.each([
    ['chrome://version/', ['RESTRICTED']],
    ['about:blank', ['RESTRICTED', 'NO_ACCESS']],
  ])('says %s cannot be read, without showing an article', async (url, codes) => {
    const page = await harness.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await harness.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
    expect(typeof tabId).toBe('number');
    const popup = await harness.openPopupFor(tabId as number);
    const status = popup.locator('[data-testid=status]');
    await status.waitFor();
    expect(codes).toContain(await status.getAttribute('data-code'));
    expect(normalizeText(await status.innerText())).toMatch(/can.t be read|do not let extensions|no access/i);
    expect(await popup.locator('[data-testid=article-body]').count()).toBe(0);
  });

  it('says the tab is gone when the popup is opened for a tab that does not exist', async () => {
    const popup = await harness.openPopupFor(987654);
    const status = popup.locator('[data-testid=status]');
    await status.waitFor();
    await expect(status.getAttribute('data-code')).resolves.toBe('NO_TAB');
  });
});
