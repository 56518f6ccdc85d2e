import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL_PAGES } from '../../scripts/bench/pathological-pages';
import { popupOutcome, watchPage } from './attack-pages';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The monstrous and broken pages of the benchmark (scripts/bench/pathological-pages.ts:
 * 50,000 <p>, 20,000 text+<br><br>, 200,000 spans, 5,000 nested divs, 40,000
 * divs of soup, a 2,000x20 table, an empty page, binary garbage served as
 * text/html) opened in real Chromium and read by the popup. Each must end in
 * an article or a clear status, never a blank or endless loading popup, and
 * nothing may throw in the popup. Nothing here is timed: the waits are
 * generous, and the CLI's times are the benchmark's business.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('pathological pages in the popup', () => {
  it.each(PATHOLOGICAL_PAGES.map((page) => [page.description, page] as const))(
    '%s: an article or a clear status',
    async (_description, page) => {
      const url = `https://monster.example/news/2025/06/${page.id}`;
      // Served as HTML whatever the bytes are: that is what makes binary garbage a page.
      harness.servePage({ url, body: Buffer.from(page.build()), contentType: 'text/html' });
      const { page: tab, tabId } = await harness.openTab(url);
      const popup = await harness.context.newPage();
      const watch = watchPage(popup);
      await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);

      const outcome = await popupOutcome(popup, 120_000);
      if (outcome.kind === 'status') {
        expect(outcome.code, 'a status names its reason').toMatch(/^[A-Z_]+$/);
        // INTERNAL is what the popup shows when something threw: not a clear status.
        expect(outcome.code).not.toBe('INTERNAL');
        expect(outcome.title).not.toBe('');
        expect(outcome.message.length).toBeGreaterThan(20);
      } else {
        expect(outcome.title).not.toBe('');
        expect(outcome.bodyText.trim()).not.toBe('');
        expect(outcome.refused).toBe(false);
      }
      expect(await popup.locator('[data-testid=loading]').count(), 'the loading skeleton is gone').toBe(0);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await popup.close();
      await tab.close();
    },
    180_000,
  );
});
