import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadFixture } from './fixtures';
import type { FixtureCase } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * A Yahoo News page (served on its real host) where a second, longer article
 * from another outlet is appended under "Up next" in the same caas container,
 * with no wrapper of its own, and where the story's second half sits after a
 * "Story continues" button that the page's CSS collapses. The popup must show
 * the first article whole and nothing of the second.
 */

const FIXTURE = 'aggregator--news.yahoo.com--corbin-valley-treatment-plant-up-next';

let harness: Harness;
let fixture: FixtureCase;
let popup: Page;

beforeAll(async () => {
  fixture = loadFixture(FIXTURE);
  expect(new URL(fixture.url).hostname).toBe('news.yahoo.com');
  harness = await startHarness();
  harness.servePage({ url: fixture.url, body: fixture.html });
  const { page, tabId } = await harness.openTab(fixture.url);

  // The live page really is the hard case: the second article's text is on it,
  // and the story's last paragraph is collapsed out of what the reader sees.
  const pageText = normalizeText(await page.evaluate(() => document.body.textContent ?? ''));
  for (const probe of fixture.expected.leakProbes ?? []) expect(pageText).toContain(probe);
  const lastParagraph = fixture.expected.paragraphs!.at(-1)!;
  expect(pageText).toContain(normalizeText(lastParagraph));
  const rendered = normalizeText(await page.evaluate(() => document.body.innerText));
  expect(rendered).not.toContain(normalizeText(lastParagraph));

  popup = await harness.openPopupFor(tabId);
  await popup.waitForSelector('[data-testid=article-body], [data-testid=status]');
});

afterAll(async () => {
  await harness?.close();
});

describe('a Yahoo page with a full "Up next" article appended', () => {
  it('shows the first article, not a status', async () => {
    expect(await popup.locator('[data-testid=status]').count()).toBe(0);
    await expect(popup.locator('[data-testid=article-title]').innerText()).resolves.toBe(fixture.expected.title);
  });

  it('shows every paragraph of the first article, the collapsed ones too, in order', async () => {
    const body = normalizeText(await popup.locator('[data-testid=article-body]').innerText());
    const paragraphs = fixture.expected.paragraphs ?? [];
    const positions = paragraphs.map((p) => body.indexOf(normalizeText(p)));
    expect(
      paragraphs.filter((_, i) => positions[i] < 0),
      'paragraphs missing',
    ).toEqual([]);
    expect(positions, 'paragraphs out of order').toEqual([...positions].sort((a, b) => a - b));
  });

  it('shows nothing of the second article or the feed in the body', async () => {
    const body = normalizeText(await popup.locator('[data-testid=article-body]').innerText());
    const leaked = (fixture.expected.leakProbes ?? []).filter((probe) => body.includes(normalizeText(probe)));
    expect(leaked).toEqual([]);
  });

  it("credits the first article's outlet via Yahoo News, not the second article's", async () => {
    await expect(popup.locator('[data-testid=source-name]').innerText()).resolves.toBe(fixture.expected.source!.name);
    await expect(popup.locator('[data-testid=aggregator-name]').innerText()).resolves.toBe(fixture.expected.aggregator!.name);
    const sourceLine = normalizeText(await popup.locator('[data-testid=source-line]').innerText());
    expect(sourceLine).not.toContain('Seaboard Press Service');
    // The page names the outlet but not the original article's address.
    expect(await popup.locator('[data-testid=source-link]').count()).toBe(fixture.expected.source!.url ? 1 : 0);
  });
});
