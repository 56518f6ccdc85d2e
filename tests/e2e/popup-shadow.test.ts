import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadFixture } from './fixtures';
import type { FixtureCase } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * A page whose headline and body exist only inside nested shadow roots of the
 * live page (declarative shadow DOM, as MSN renders). A plain clone of the
 * document has none of it; the content script's snapshot must flatten it in.
 */

let harness: Harness;
let fixture: FixtureCase;
let popup: Page;

beforeAll(async () => {
  fixture = loadFixture('aggregator--msn.com--old-mill-bridge-shadow');
  harness = await startHarness();
  harness.servePage({ url: fixture.url, body: fixture.html });
  const { page, tabId } = await harness.openTab(fixture.url);
  // The page really renders through shadow roots: its light DOM has no story paragraph.
  const lightText = await page.evaluate(() => document.body.textContent ?? '');
  expect(lightText).not.toContain(fixture.expected.paragraphs![0].slice(0, 40));
  popup = await harness.openPopupFor(tabId);
  await popup.waitForSelector('[data-testid=article-body], [data-testid=status]');
});

afterAll(async () => {
  await harness?.close();
});

describe('a page rendered in shadow roots', () => {
  it('shows the headline and every paragraph from inside the shadow trees, in order', async () => {
    await expect(popup.locator('[data-testid=article-title]').innerText()).resolves.toBe(fixture.expected.title);
    const body = normalizeText(await popup.locator('[data-testid=article-body]').innerText());
    const positions = (fixture.expected.paragraphs ?? []).map((p) => body.indexOf(normalizeText(p)));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps the feed and rails out of the body', async () => {
    const body = normalizeText(await popup.locator('[data-testid=article-body]').innerText());
    for (const probe of fixture.expected.leakProbes ?? []) expect(body).not.toContain(probe);
  });

  it('credits the outlet named in the page, via the aggregator', async () => {
    await expect(popup.locator('[data-testid=source-name]').innerText()).resolves.toBe(fixture.expected.source!.name);
    await expect(popup.locator('[data-testid=aggregator-name]').innerText()).resolves.toBe(fixture.expected.aggregator!.name);
    // The page does not give the original article's address, so there is nothing to link to.
    expect(await popup.locator('[data-testid=source-link]').count()).toBe(fixture.expected.source!.url ? 1 : 0);
  });
});
