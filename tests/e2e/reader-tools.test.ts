import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, readClipboard } from './extension-pages';
import { loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';
import { countCancelsInStorage, failStorageWrites, selectText, stubSpeech } from './reader-page';
import type { StorageStub } from './reader-page';

/**
 * The reader view's tools on the seed page (issue 14), used as a reader uses them: read aloud
 * through a stubbed `speechSynthesis` (headless Chromium has no voices), a highlight kept across
 * closing and reopening the view, "Copy highlights" read back from the clipboard, the archive
 * link, and the reading controls changing the article's computed style.
 */

const BI_URL = 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';

let harness: Harness;
let seedTabId: number;
const seed = loadSeedFixture();

async function openReader(...initScripts: Array<() => void>): Promise<Page> {
  const page = await harness.context.newPage();
  for (const script of [stubSpeech, ...initScripts]) await page.addInitScript(script);
  await page.goto(`${harness.extensionOrigin}/reader.html?tabId=${seedTabId}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=article-body] p');
  return page;
}

const firstParagraph = () => seed.expected.paragraphs![0];
const HIGHLIGHT_KEY = `highlights:${BI_URL}`;
const BODY_P = '[data-testid=article-body] p';
/** A highlight already in storage when the view opens. */
const SAVED = {
  version: 1,
  url: BI_URL,
  title: 'Ukraine has accused China',
  outlet: 'Business Insider',
  archiveUrl: null,
  highlights: [
    {
      id: 'saved-1',
      selector: { type: 'TextQuoteSelector', exact: 'Speaking to Ukrinform', prefix: '', suffix: '' },
      note: 'already kept',
      createdAt: '2026-12-01T10:00:00.000Z',
    },
  ],
};

/** The highlight record kept for the seed article, as the service worker reads it from local storage. */
async function storedRecord(): Promise<{ highlights: Array<{ id: string; selector: { exact: string }; note: string }> } | undefined> {
  const got = await harness.serviceWorker.evaluate((key) => chrome.storage.local.get(key), HIGHLIGHT_KEY);
  return got[HIGHLIGHT_KEY] as never;
}

beforeAll(async () => {
  harness = await startHarness();
  await clearStorage(harness);
  harness.servePage({ url: seed.url, body: seed.html });
  ({ tabId: seedTabId } = await harness.openTab(seed.url));
});

afterAll(async () => {
  await harness?.close();
});

describe('the reader tools on the seed page', () => {
  it('reads aloud from the first paragraph, marks the sentence being read, and pauses on the second click', async () => {
    const reader = await openReader();
    await reader.locator('[data-testid=read-aloud]').click();
    await expect.poll(() => reader.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken.length)).toBeGreaterThan(0);
    const spoken = await reader.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken);
    // The first utterance is the first sentence of the article's first paragraph.
    expect(firstParagraph().startsWith(spoken[0].trim())).toBe(true);
    const marked = reader.locator('[data-testid=article-body] [data-testid=speaking]');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect((await marked.first().innerText()).trim()).toBe(spoken[0].trim());
    await expect(reader.locator('[data-testid=read-aloud]').getAttribute('aria-pressed')).resolves.toBe('true');

    await reader.locator('[data-testid=read-aloud]').click();
    await expect.poll(() => reader.locator('[data-testid=read-aloud]').getAttribute('aria-pressed')).toBe('false');
    expect(await reader.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels)).toBeGreaterThan(0);
    await expect.poll(() => marked.count()).toBe(0);
    await reader.close();
  });

  it('keeps a highlight across closing and reopening, and copies it with a citation naming Business Insider', async () => {
    const quote = 'Speaking to Ukrinform';
    const reader = await openReader();
    await reader.evaluate((quote) => {
      const p = Array.from(document.querySelectorAll('[data-testid=article-body] p')).find((el) => el.textContent?.includes(quote))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes(quote)) node = walker.nextNode();
      const start = node!.textContent!.indexOf(quote);
      const range = document.createRange();
      range.setStart(node!, start);
      range.setEnd(node!, start + quote.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, quote);
    await reader.locator('[data-testid=highlight]').click();
    await expect.poll(() => reader.locator('[data-testid=highlight-mark]').allInnerTexts()).toEqual([quote]);
    await reader.close();

    const again = await openReader();
    await expect.poll(() => again.locator('[data-testid=highlight-mark]').allInnerTexts()).toEqual([quote]);
    await again.evaluate(() => navigator.clipboard.writeText(''));
    await again.locator('[data-testid=copy-highlights]').click();
    await expect.poll(() => readClipboard(again)).toContain(quote);
    const copied = await readClipboard(again);
    // The quote as a Markdown quote, then the style's citation of the original outlet and its URL.
    expect(copied.startsWith(`> ${quote}\n`)).toBe(true);
    expect(copied).toContain('*Business Insider*');
    expect(copied).toContain(BI_URL);
    expect(copied).not.toContain('daily8.com');
    expect(copied).not.toMatch(/minutes? ago/i);
    await again.close();
  });

  it('starts reading at once when opened from the popup’s “Listen”', async () => {
    // The stub must be in place before the reader tab's scripts run: set it for every new page.
    await harness.context.addInitScript(stubSpeech);
    const popup = await harness.openPopupFor(seedTabId);
    await popup.waitForSelector('[data-testid=article-body]');
    const opened = harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
    await popup.locator('[data-testid=listen]').click();
    const reader = await opened;
    expect(new URL(reader.url()).searchParams.get('tabId')).toBe(String(seedTabId));
    await expect
      .poll(() => reader.evaluate(() => (window as unknown as { __speech?: { spoken: string[] } }).__speech?.spoken[0] ?? ''), { timeout: 15_000 })
      .not.toBe('');
    const spoken = await reader.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken[0]);
    expect(firstParagraph().startsWith(spoken.trim())).toBe(true);
    await reader.close();
    await popup.close();
  });

  it('line focus dims every paragraph but the one being read', async () => {
    const reader = await openReader();
    await reader.locator('.reader-tools__comfort summary').click();
    await reader.locator('[data-testid=line-focus]').check();
    await reader.locator('[data-testid=read-aloud]').click();
    const opacities = () =>
      reader.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid=article-body] [data-reading-block]'))
          .slice(0, 3)
          .map((el) => getComputedStyle(el).opacity),
      );
    await expect.poll(opacities).toEqual(['1', '0.35', '0.35']);
    await reader.locator('[data-testid=read-aloud]').click();
    await reader.locator('[data-testid=line-focus]').uncheck();
    await expect.poll(opacities).toEqual(['1', '1', '1']);
    await reader.close();
  });

  it('lists a saved highlight whose words are gone as detached, with its note, and never drops it', async () => {
    const record = {
      version: 1,
      url: BI_URL,
      title: 'Ukraine has accused China',
      outlet: 'Business Insider',
      archiveUrl: null,
      highlights: [
        {
          id: 'gone-1',
          selector: { type: 'TextQuoteSelector', exact: 'a sentence this article no longer has', prefix: '', suffix: '' },
          note: 'checked on the outlet’s site',
          createdAt: '2026-12-01T10:00:00.000Z',
        },
      ],
    };
    await harness.serviceWorker.evaluate((record) => chrome.storage.local.set({ [`highlights:${record.url}`]: record }), record);
    const reader = await openReader();
    await reader.locator('[data-testid=highlights] summary').click();
    const item = reader.locator('[data-testid=highlight-item]');
    await expect.poll(() => item.count()).toBe(1);
    await expect(item.getAttribute('data-detached')).resolves.toBe('true');
    await expect(item.locator('blockquote').innerText()).resolves.toBe('a sentence this article no longer has');
    await expect(item.locator('[data-testid=highlight-note]').inputValue()).resolves.toBe('checked on the outlet’s site');
    expect(await reader.locator('[data-testid=highlight-mark]').count()).toBe(0);
    await reader.close();
    // Still stored after the view has been open: detached is shown, not deleted.
    const kept = await harness.serviceWorker.evaluate((key) => chrome.storage.local.get(key), `highlights:${BI_URL}`);
    expect((kept[`highlights:${BI_URL}`] as typeof record).highlights.map((h) => h.id)).toEqual(['gone-1']);
    await harness.serviceWorker.evaluate((key) => chrome.storage.local.remove(key), `highlights:${BI_URL}`);
  });

  it('says so when the browser has no voice for the article’s language', async () => {
    const reader = await harness.context.newPage();
    await reader.addInitScript(stubSpeech);
    // The same engine with no voices installed.
    await reader.addInitScript(() => {
      (window.speechSynthesis as unknown as { getVoices: () => unknown[] }).getVoices = () => [];
    });
    await reader.goto(`${harness.extensionOrigin}/reader.html?tabId=${seedTabId}`);
    await reader.waitForSelector('[data-testid=article-body] p');
    await reader.locator('[data-testid=read-aloud]').click();
    await expect
      .poll(() => reader.locator('[data-testid=read-aloud-status]').innerText(), { timeout: 10_000 })
      .toMatch(/^No voice for the article’s language \(en\)/);
    expect(await reader.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken)).toEqual([]);
    await reader.close();
  });

  it('points the archive link at the original article, not the aggregator page', async () => {
    const reader = await openReader();
    const href = await reader.locator('[data-testid=archive-link]').getAttribute('href');
    expect(href).toBe(`https://web.archive.org/web/*/${BI_URL}`);
    await reader.close();
  });

  it('says so when storage is full, keeps the new highlight on the page, and leaves the saved ones as they were', async () => {
    await harness.serviceWorker.evaluate(([key, record]) => chrome.storage.local.set({ [key]: record }), [HIGHLIGHT_KEY, SAVED] as const);
    const reader = await openReader();
    const marks = reader.locator('[data-testid=highlight-mark]');
    await expect.poll(() => marks.allInnerTexts()).toEqual(['Speaking to Ukrinform']);
    // From now on every write to local storage fails as Chrome's does when the quota is used up.
    await reader.evaluate(failStorageWrites);
    const quote = await selectText(reader, { selector: BODY_P, index: 0, offset: 0 }, { selector: BODY_P, index: 0, offset: 33 });
    expect(quote).toBe('A Ukrainian intelligence official');
    await reader.locator('[data-testid=highlight]').click();
    const feedback = reader.locator('[data-testid=highlight-feedback]');
    await expect.poll(() => feedback.innerText()).toMatch(/^The extension’s storage is full, so the latest changes are not saved\. They stay on this page/);
    expect(await reader.evaluate(() => (window as unknown as StorageStub).__writes)).toBeGreaterThan(0);
    // The new highlight stays marked and listed beside the saved one, and storage still holds the saved one unchanged.
    await expect.poll(() => marks.allInnerTexts()).toEqual([quote, 'Speaking to Ukrinform']);
    await reader.locator('[data-testid=highlights] summary').click();
    await expect(reader.locator('[data-testid=highlight-item] blockquote').allInnerTexts()).resolves.toEqual([quote, 'Speaking to Ukrinform']);
    expect(await storedRecord()).toEqual(SAVED);
    // It can still be copied out, as the message advises.
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await reader.locator('[data-testid=copy-highlights]').click();
    await expect.poll(() => readClipboard(reader)).toContain(`> ${quote}\n`);
    expect(await readClipboard(reader)).toContain('> Speaking to Ukrinform\n');
    // With room again, the next change saves everything, the highlight that could not be saved too.
    await reader.evaluate(() => (window as unknown as StorageStub).__restore());
    const note = reader.locator('[data-testid=highlight-note]').first();
    await note.fill('said before the summit');
    await note.blur();
    await expect
      .poll(async () => (await storedRecord())?.highlights.map((h) => [h.selector.exact, h.note]))
      .toEqual(
        expect.arrayContaining([
          [quote, 'said before the summit'],
          ['Speaking to Ukrinform', 'already kept'],
        ]),
      );
    expect((await storedRecord())!.highlights).toHaveLength(2);
    await expect.poll(() => feedback.innerText()).toBe('All highlights are saved again.');
    await reader.close();
    await harness.serviceWorker.evaluate((key) => chrome.storage.local.remove(key), HIGHLIGHT_KEY);
  });

  it('keeps a selection across two paragraphs as one highlight per paragraph, says so, and drops none of its words', async () => {
    await harness.serviceWorker.evaluate((key) => chrome.storage.local.remove(key), HIGHLIGHT_KEY);
    const reader = await openReader();
    const [first, second, adjacent] = await reader
      .locator(BODY_P)
      .evaluateAll((ps) => [ps[1].textContent ?? '', ps[2].textContent ?? '', ps[1].nextElementSibling === ps[2]] as const);
    expect(adjacent).toBe(true);
    // From the last words of the one paragraph to the first words of the next.
    const tail = first.slice(first.lastIndexOf(' ', first.length - 20) + 1);
    const head = second.slice(0, second.indexOf(' ', 20));
    const selected = await selectText(
      reader,
      { selector: BODY_P, index: 1, offset: first.length - tail.length },
      { selector: BODY_P, index: 2, offset: head.length },
    );
    expect(selected.replace(/\s+/g, ' ')).toBe(`${tail} ${head}`);
    await reader.locator('[data-testid=highlight]').click();
    await expect
      .poll(() => reader.locator('[data-testid=highlight-feedback]').innerText())
      .toBe('The selection crossed 2 paragraphs: it was kept as one highlight per paragraph.');
    await expect.poll(() => reader.locator('[data-testid=highlight-mark]').allInnerTexts()).toEqual([tail, head]);
    await reader.locator('[data-testid=highlights] summary').click();
    await expect(reader.locator('[data-testid=highlight-item] blockquote').allInnerTexts()).resolves.toEqual([tail, head]);
    await expect.poll(async () => (await storedRecord())?.highlights.map((h) => h.selector.exact)).toEqual([tail, head]);
    await reader.close();
    await harness.serviceWorker.evaluate((key) => chrome.storage.local.remove(key), HIGHLIGHT_KEY);
  });

  it('refuses a selection that includes the headline, says why, and keeps the selection and the saved highlights', async () => {
    await harness.serviceWorker.evaluate(([key, record]) => chrome.storage.local.set({ [key]: record }), [HIGHLIGHT_KEY, SAVED] as const);
    const reader = await openReader();
    const marks = reader.locator('[data-testid=highlight-mark]');
    await expect.poll(() => marks.allInnerTexts()).toEqual(['Speaking to Ukrinform']);
    const selected = await selectText(reader, { selector: '[data-testid=article-title]', index: 0, offset: 0 }, { selector: BODY_P, index: 0, offset: 11 });
    expect(selected).toMatch(/^Ukraine has accused China[^]*A Ukrainian$/);
    await reader.locator('[data-testid=highlight]').click();
    await expect
      .poll(() => reader.locator('[data-testid=highlight-feedback]').innerText())
      .toMatch(/^Only the article’s text can be highlighted \(not the headline or the controls\)/);
    expect(await marks.allInnerTexts()).toEqual(['Speaking to Ukrinform']);
    await expect(reader.locator('[data-testid=highlights] summary .count').innerText()).resolves.toBe('(1)');
    // The reader's selection is left as it was, to be narrowed to the article's text.
    const kept = await reader.evaluate(() => {
      const range = document.getSelection()!.getRangeAt(0);
      return {
        fromTitle: document.querySelector('[data-testid=article-title]')!.contains(range.startContainer),
        upTo: range.endContainer.textContent!.slice(0, range.endOffset),
      };
    });
    expect(kept).toEqual({ fromTitle: true, upTo: 'A Ukrainian' });
    expect(await storedRecord()).toEqual(SAVED);
    await reader.close();
    await harness.serviceWorker.evaluate((key) => chrome.storage.local.remove(key), HIGHLIGHT_KEY);
  });

  it('stops reading aloud when the reader view is navigated away from or closed', async () => {
    const reader = await openReader(countCancelsInStorage);
    const cancels = (page: Page) => page.evaluate(() => Number(localStorage.getItem('e2e-speech-cancels') ?? '0'));
    await reader.locator('[data-testid=read-aloud]').click();
    await expect.poll(() => reader.locator('[data-testid=read-aloud]').getAttribute('aria-pressed')).toBe('true');
    const beforeLeaving = await cancels(reader);
    await reader.goto(`${harness.extensionOrigin}/options.html`);
    expect(await cancels(reader)).toBeGreaterThan(beforeLeaving);

    const second = await openReader(countCancelsInStorage);
    await second.locator('[data-testid=read-aloud]').click();
    await expect.poll(() => second.locator('[data-testid=read-aloud]').getAttribute('aria-pressed')).toBe('true');
    const beforeClosing = await cancels(reader);
    await second.close();
    // Counted by the closed page, read through another page of the extension.
    await expect.poll(() => cancels(reader)).toBeGreaterThan(beforeClosing);
    await reader.close();
  });

  it.each([
    ['reading-font', 'fontFamily'],
    ['letter-spacing', 'letterSpacing'],
    ['word-spacing', 'wordSpacing'],
    ['line-height', 'lineHeight'],
  ] as const)('the %s control changes the article text’s computed %s', async (testId, property) => {
    const reader = await openReader();
    await reader.locator('.reader-tools__comfort summary').click();
    const select = reader.locator(`[data-testid=${testId}]`);
    const styleOf = () => reader.evaluate((property) => getComputedStyle(document.querySelector('[data-testid=article-body] p')!)[property], property);
    const before = await styleOf();
    const current = await select.inputValue();
    const other = (await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).find((v) => v !== current)!;
    await select.selectOption(other);
    await expect.poll(styleOf).not.toBe(before);
    // Put it back: the preference is synced and the next test starts from the defaults.
    await select.selectOption(current);
    await expect.poll(styleOf).toBe(before);
    await reader.close();
  });
});
