import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeMark } from '../../entrypoints/popup/start';
import { AGGREGATOR_BADGE_COLOR, flashBadge, setAggregatorBadge, tooltipName } from '../../utils/background/badge';
import type { ActionApi } from '../../utils/background/badge';
import { createDetectorSync } from '../../utils/background/detection';
import type { DetectorServices } from '../../utils/background/detection';
import type { Article } from '../../utils/core/extract/types';

/**
 * The toolbar badge (per tab, on WXT's fake `action`) and the opt-in
 * detector's registration, which follows the reader's switch and the
 * browser's permission.
 */

const action = fakeBrowser.action as unknown as ActionApi;
const TAB = 5;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the aggregator badge', () => {
  it('says "via" and names the original outlet in the tooltip, for that tab only', async () => {
    await setAggregatorBadge(action, TAB, { outlet: 'Business Insider' });
    expect(await action.getBadgeText({ tabId: TAB })).toBe('via');
    expect(await action.getTitle({ tabId: TAB })).toBe('Aggregator page: the original is Business Insider');
    expect(await action.getBadgeText({ tabId: TAB + 1 })).toBe('');
  });

  it('says to open the popup when the outlet is not named', async () => {
    await setAggregatorBadge(action, TAB, { outlet: null });
    expect(await action.getTitle({ tabId: TAB })).toBe('Aggregator page: open Sourced Reader to see the original outlet');
  });

  it('is cleared back to the button’s own title', async () => {
    await setAggregatorBadge(action, TAB, { outlet: 'X' });
    await setAggregatorBadge(action, TAB, null);
    expect(await action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await action.getTitle({ tabId: TAB })).toBe('Sourced Reader: read this article clean');
  });

  it('shows a page’s outlet name as one tidy line (it is page text)', () => {
    expect(tooltipName('  The\u202e Harbor\n\tLedger\u0000 ')).toBe('The Harbor Ledger');
    expect(tooltipName('N'.repeat(300))).toHaveLength(80);
  });

  it('flashes a confirmation, then puts back what was there', async () => {
    vi.useFakeTimers();
    try {
      await setAggregatorBadge(action, TAB, { outlet: 'Business Insider' });
      await flashBadge(action, TAB, { text: '✓', title: 'Copied', color: '#1d6b38' }, 4000);
      expect(await action.getBadgeText({ tabId: TAB })).toBe('✓');
      expect(await action.getTitle({ tabId: TAB })).toBe('Copied');
      await vi.advanceTimersByTimeAsync(4000);
      expect(await action.getBadgeText({ tabId: TAB })).toBe('via');
      expect(await action.getTitle({ tabId: TAB })).toBe('Aggregator page: the original is Business Insider');
      const color = await action.getBadgeBackgroundColor({ tabId: TAB });
      expect(color).toEqual([0x3b, 0x4a, 0x5a, 255]);
      expect(AGGREGATOR_BADGE_COLOR).toBe('#3b4a5a');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('what the popup tells the badge after reading', () => {
  const article = (over: Partial<Article>): Article =>
    ({
      source: { name: 'Business Insider', url: null },
      aggregator: { name: 'Daily8', url: 'https://www.daily8.com/', signals: [] },
      ...over,
    }) as Article;

  it('marks an aggregator page with the original outlet', () => {
    expect(badgeMark({ ok: true, article: article({}) })).toEqual({ outlet: 'Business Insider' });
  });

  it('marks an aggregator page whose source is only itself without a name', () => {
    expect(badgeMark({ ok: true, article: article({ source: { name: 'DAILY 8', url: null } }) })).toEqual({ outlet: null });
  });

  it('clears the mark on a publisher’s own page or a page without an article, and leaves it when unsure', () => {
    expect(badgeMark({ ok: true, article: article({ aggregator: null }) })).toBeNull();
    expect(badgeMark({ ok: false, code: 'NO_ARTICLE', message: '' })).toBeNull();
    expect(badgeMark({ ok: false, code: 'NO_ACCESS', message: '' })).toBeUndefined();
  });
});

describe('the detector’s registration', () => {
  function fakeServices(state: { wanted: boolean; access: boolean; registered: boolean }) {
    const calls: string[] = [];
    const s: DetectorServices = {
      wanted: async () => state.wanted,
      hasAccess: async () => state.access,
      isRegistered: async () => state.registered,
      register: async () => {
        calls.push('register');
        // Registration takes a moment: a second sync started meanwhile must wait for it.
        await new Promise((resolve) => setTimeout(resolve, 5));
        state.registered = true;
      },
      unregister: async () => {
        calls.push('unregister');
        state.registered = false;
      },
    };
    return { s, calls };
  }

  it('registers only when the reader switched it on and the browser granted access', async () => {
    for (const [wanted, access, expected] of [
      [true, true, true],
      [true, false, false],
      [false, true, false],
    ] as const) {
      const state = { wanted, access, registered: false };
      const { s } = fakeServices(state);
      expect(await createDetectorSync(s)()).toBe(expected);
      expect(state.registered).toBe(expected);
    }
  });

  it('unregisters when either goes away (permission removed on the extensions page)', async () => {
    const state = { wanted: true, access: true, registered: true };
    const { s, calls } = fakeServices(state);
    const sync = createDetectorSync(s);
    expect(await sync()).toBe(true);
    expect(calls).toEqual([]);
    state.access = false;
    expect(await sync()).toBe(false);
    expect(calls).toEqual(['unregister']);
  });

  it('registers once when several triggers fire together', async () => {
    const state = { wanted: true, access: true, registered: false };
    const { s, calls } = fakeServices(state);
    const sync = createDetectorSync(s);
    await Promise.all([sync(), sync(), sync()]);
    expect(calls).toEqual(['register']);
  });

  it('keeps working after a failed registration', async () => {
    const state = { wanted: true, access: true, registered: false };
    const { s } = fakeServices(state);
    let fail = true;
    const sync = createDetectorSync({
      ...s,
      register: async () => {
        if (fail) throw new Error('Duplicate script ID');
        state.registered = true;
      },
    });
    await expect(sync()).rejects.toThrow(/Duplicate/);
    fail = false;
    expect(await sync()).toBe(true);
  });
});
