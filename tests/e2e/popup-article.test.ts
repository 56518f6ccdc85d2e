import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clipboardText, copyWith } from './clipboard';
import { loadSeedFixture } from './fixtures';
import type { FixtureCase } from './fixtures';
import { normalizeText, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The seed page served as www.daily8.com, read through the popup of the e2e
 * build: what a reader sees, and what each copy button puts on the clipboard.
 */

let harness: Harness;
let seed: FixtureCase;
let popup: Page;

/** Where each expected paragraph starts in `text`, -1 when it is missing. */
function positionsOf(paragraphs: string[], text: string): number[] {
  const haystack = normalizeText(text);
  return paragraphs.map((p) => haystack.indexOf(normalizeText(p)));
}

function expectInOrder(paragraphs: string[], text: string): void {
  const positions = positionsOf(paragraphs, text);
  const missing = paragraphs.filter((_, i) => positions[i] < 0);
  expect(missing, 'paragraphs missing').toEqual([]);
  const sorted = [...positions].sort((a, b) => a - b);
  expect(positions, 'paragraphs out of order').toEqual(sorted);
}

beforeAll(async () => {
  seed = loadSeedFixture();
  harness = await startHarness();
  harness.servePage({ url: seed.url, body: seed.html });
  const { tabId } = await harness.openTab(seed.url);
  popup = await harness.openPopupFor(tabId);
  await popup.waitForSelector('[data-testid=article-body], [data-testid=status]');
});

afterAll(async () => {
  await harness?.close();
});

describe('the seed page in the popup', () => {
  it('shows the article, not a status', async () => {
    expect(await popup.locator('[data-testid=status]').count()).toBe(0);
    await expect(popup.locator('[data-testid=article-title]').innerText()).resolves.toBe(seed.expected.title);
  });

  it('shows every paragraph of the story, in order', async () => {
    const body = await popup.locator('[data-testid=article-body]').innerText();
    expectInOrder(seed.expected.paragraphs ?? [], body);
  });

  it('shows none of the feed, promo, comment or sidebar text', async () => {
    const body = normalizeText(await popup.locator('[data-testid=article-body]').innerText());
    // The rest of the popup too, except the related list, which the next test compares item by item.
    const outsideRelated = normalizeText(
      await popup.locator('body').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelector('[data-testid=related]')?.remove();
        return copy.textContent ?? '';
      }),
    );
    for (const probe of seed.expected.leakProbes ?? []) {
      expect(body, `article body leaks “${probe}”`).not.toContain(normalizeText(probe));
      expect(outsideRelated, `popup leaks “${probe}”`).not.toContain(normalizeText(probe));
    }
  });

  it('credits the original outlet with a link to the original article, and names the aggregator', async () => {
    await expect(popup.locator('[data-testid=source-name]').innerText()).resolves.toBe(seed.expected.source!.name);
    await expect(popup.locator('[data-testid=source-link]').getAttribute('href')).resolves.toBe(seed.expected.source!.url);
    await expect(popup.locator('[data-testid=aggregator-name]').innerText()).resolves.toBe(seed.expected.aggregator!.name);
    const line = normalizeText(await popup.locator('[data-testid=source-line]').innerText());
    expect(line).toMatch(/^Business Insider, via Daily8, 6 June 2025, \d+ min read$/);
  });

  it('lists the article’s outbound links, opening in a new tab without referrer', async () => {
    const links = popup.locator('[data-testid=outbound-links] a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual((seed.expected.links ?? []).map((l) => l.href));
    for (const a of await links.all()) {
      await expect(a.getAttribute('target')).resolves.toBe('_blank');
      await expect(a.getAttribute('rel')).resolves.toContain('noopener');
    }
    // Links inside the body are absolute and open in a new tab too.
    const bodyLinks = await popup
      .locator('[data-testid=article-body] a[href]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target') })));
    for (const link of bodyLinks) {
      expect(link.href).toMatch(/^(https?|mailto):/);
      expect(link.target).toBe('_blank');
    }
  });

  it('folds the cut feed into a collapsed “Related on this page” list', async () => {
    const related = seed.expected.related ?? [];
    const details = popup.locator('[data-testid=related]');
    await expect(details.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(details.locator('summary').innerText()).resolves.toContain('Related on this page');
    const titles = await details.locator('li a, li > span:first-child').allTextContents();
    expect(titles.map(normalizeText)).toEqual(related.map((r) => normalizeText(r.title)));
  });

  it('Copy text puts the clean text on the clipboard, with the source line at the end', async () => {
    expect(await copyWith(popup, 'copy-text')).toMatch(/copied/i);
    const text = await clipboardText(popup);
    expect(text.startsWith(seed.expected.title!)).toBe(true);
    expectInOrder(seed.expected.paragraphs ?? [], text);
    for (const probe of seed.expected.leakProbes ?? []) expect(text).not.toContain(probe);
    const lastLine = text.trim().split('\n').pop() ?? '';
    expect(lastLine).toMatch(/^Source: /);
    expect(lastLine).toContain(seed.expected.source!.name);
    expect(lastLine).toContain(seed.expected.source!.url!);
    expect(lastLine).toContain(`via ${seed.expected.aggregator!.name}`);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('Copy Markdown puts the article as Markdown on the clipboard', async () => {
    expect(await copyWith(popup, 'copy-markdown')).toMatch(/copied/i);
    const markdown = await clipboardText(popup);
    expect(markdown).toMatch(new RegExp(`^# ${escapeRegExp(seed.expected.title!)}\\s*$`, 'm'));
    expectInOrder((seed.expected.paragraphs ?? []).map(stripMarkdownSensitive), stripMarkdownSensitive(markdown));
    expect(markdown).toContain(seed.expected.source!.url!);
    for (const probe of seed.expected.leakProbes ?? []) expect(markdown).not.toContain(probe);
  });

  it('Copy citation copies the chosen style and remembers the choice', async () => {
    expect(await copyWith(popup, 'copy-citation')).toMatch(/APA 7 citation copied/);
    const apa = await clipboardText(popup);
    expect(apa).toBe(
      'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. (2025, June 6). Business Insider. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    );

    await popup.locator('[data-testid=citation-style]').selectOption('bibtex');
    expect(await copyWith(popup, 'copy-citation')).toMatch(/BibTeX citation copied/);
    const bibtex = await clipboardText(popup);
    // A newspaper story is a biblatex @article in its outlet's journaltitle, not an @online page.
    expect(bibtex).toMatch(/^@article\{/);
    expect(bibtex).toContain('journaltitle = {Business Insider}');
    expect(bibtex).not.toMatch(/journaltitle = \{Daily8\}/);
    expect(bibtex).toContain(seed.expected.source!.url!);

    const stored = await popup.evaluate(async () => (await chrome.storage.sync.get('citationStyle')).citationStyle);
    expect(stored).toBe('bibtex');
    const reopened = await harness.openPopupFor(Number(new URL(popup.url()).searchParams.get('tabId')));
    await reopened.waitForSelector('[data-testid=article-body]');
    await expect.poll(() => reopened.locator('[data-testid=citation-style]').inputValue()).toBe('bibtex');
    await reopened.close();
  });

  it('Copy rich text puts HTML and plain text on the clipboard', async () => {
    expect(await copyWith(popup, 'copy-rich')).toMatch(/copied/i);
    const flavours = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null;
      const text = item.types.includes('text/plain') ? await (await item.getType('text/plain')).text() : null;
      return { types: item.types, html, text };
    });
    expect(flavours.types).toContain('text/html');
    expect(flavours.html).toContain('Ivashchenko');
    expect(flavours.html).not.toMatch(/<script|onerror=|javascript:/i);
    expect(flavours.text).toContain(seed.expected.paragraphs![0]);
  });

  it('makes no network request of its own (article images aside)', async () => {
    const bodyImages = await popup
      .locator('[data-testid=article-body] img')
      .evaluateAll((imgs) => imgs.flatMap((img) => [(img as HTMLImageElement).src, (img as HTMLImageElement).currentSrc]));
    const own = harness.extensionRequestsToTheNetwork().filter((r) => !(r.resourceType === 'image' && bodyImages.includes(r.url)));
    expect(own).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Markdown escapes some punctuation; compare words, not escapes. */
function stripMarkdownSensitive(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>"'])/g, '$1');
}
