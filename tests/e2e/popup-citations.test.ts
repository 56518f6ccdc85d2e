import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearStorage, openExtensionPage } from './extension-pages';
import { clipboardText, copyWith } from './clipboard';
import { loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * Every citation and record the popup copies for the seed page, read back
 * from the clipboard of real Chromium, and a style file of the reader's own
 * added on the options page and then used from the popup's menu.
 *
 * The expected entries were written from each style guide's pattern for a
 * news article with no personal author (APA 7, MLA 9 with the aggregator as
 * second container, Chicago 17 notes-bibliography, Cite Them Right Harvard,
 * IEEE) and checked by eye against citeproc-js's rendering of the same item
 * (`npm run cli -- cite ... --style <name>`). The access date is today's,
 * as the popup stamps it.
 */

const TITLE = 'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities';
const TITLE_CASE = 'Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities';
const ORIGINAL = 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';
const TEST_STYLE = readFileSync(new URL('../fixtures/csl/outlet-first.csl', import.meta.url), 'utf8');

let harness: Harness;
let tabId: number;
let popup: Page;

const today = new Date();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
const [year, month, day] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
/** en-US long date, as Harvard prints the access date with the en-US locale. */
const longToday = `${MONTHS[month - 1]} ${day}, ${year}`;
/** IEEE's abbreviated month with a two-digit day. */
const ieeeToday = `${MONTHS[month - 1].slice(0, 3)}${month === 5 ? '' : '.'} ${pad(day)}, ${year}`;

async function openSeedPopup(): Promise<Page> {
  const page = await harness.openPopupFor(tabId);
  await page.waitForSelector('[data-testid=article-body]');
  return page;
}

beforeAll(async () => {
  const seed = loadSeedFixture();
  harness = await startHarness();
  harness.servePage({ url: seed.url, body: seed.html });
  ({ tabId } = await harness.openTab(seed.url));
  await clearStorage(harness);
  popup = await openSeedPopup();
});

afterAll(async () => {
  await harness?.close();
});

describe('each citation style from the popup', () => {
  it.each([
    ['mla', /MLA 9 citation copied/, `“${TITLE_CASE}.” Business Insider, 6 June 2025. Daily8, ${ORIGINAL}.`],
    ['chicago', /Chicago.*citation copied/, `Business Insider. “${TITLE_CASE}.” June 6, 2025. ${ORIGINAL}.`],
    ['harvard', /Harvard.*citation copied/, `Business Insider (2025) “${TITLE},” 6 June. Available at: ${ORIGINAL} (Accessed: ${longToday}).`],
    ['ieee', /IEEE citation copied/, `[1] “${TITLE},” Business Insider, Jun. 06, 2025. Accessed: ${ieeeToday}. [Online]. Available: ${ORIGINAL}`],
  ])('%s credits Business Insider, never Daily8 as the outlet', async (style, confirmation, expected) => {
    await popup.locator('[data-testid=citation-style]').selectOption(style);
    expect(await copyWith(popup, 'copy-citation')).toMatch(confirmation);
    expect(await clipboardText(popup)).toBe(expected);
  });
});

describe('records for reference managers from the popup', () => {
  it('CSL-JSON: the original outlet and URL, the aggregator as source, today as the access date', async () => {
    expect(await copyWith(popup, 'copy-csl-json')).toMatch(/CSL-JSON.*copied/);
    const items = JSON.parse(await clipboardText(popup)) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: TITLE,
      'container-title': 'Business Insider',
      URL: ORIGINAL,
      source: 'Daily8',
      issued: { 'date-parts': [[2025, 6, 6]] },
      accessed: { 'date-parts': [[year, month, day]] },
    });
  });

  it('RIS: a newspaper record with title, outlet, URL and the aggregator as database', async () => {
    expect(await copyWith(popup, 'copy-ris')).toMatch(/RIS.*copied/);
    const lines = (await clipboardText(popup)).split(/\r?\n/);
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain(`TI  - ${TITLE}`);
    expect(lines).toContain('T2  - Business Insider');
    expect(lines).toContain(`UR  - ${ORIGINAL}`);
    expect(lines).toContain('DP  - Daily8');
    expect(lines).toContain(`Y2  - ${year}/${pad(month)}/${pad(day)}/`);
    expect(lines.filter((l) => l.trim()).at(-1)).toMatch(/^ER {2}-/);
  });

  it('BibTeX: an @article in Business Insider with the original URL and today as urldate', async () => {
    expect(await copyWith(popup, 'copy-bibtex')).toMatch(/BibTeX.*copied/);
    const record = await clipboardText(popup);
    expect(record).toMatch(/^@article\{\w+,/);
    expect(record).toContain('journaltitle = {Business Insider}');
    expect(record).toContain(`url = {${ORIGINAL}}`);
    expect(record).toContain(`urldate = {${year}-${pad(month)}-${pad(day)}}`);
    expect(record).not.toMatch(/journaltitle = \{Daily8\}/);
  });

  it('Download .ris saves the same RIS record as a file named after the title', async () => {
    const downloading = popup.waitForEvent('download', { timeout: 20_000 });
    await popup.locator('[data-testid=download-ris]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ukraine-has-accused-china.*\.ris$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe('TY  - NEWS');
    expect(text).toContain('T2  - Business Insider');
    expect(text).toContain(`UR  - ${ORIGINAL}`);
  });
});

describe('a style file of the reader’s own', () => {
  it('is added on the options page, listed in the popup under “Your styles”, and copies in its layout', async () => {
    const options = await openExtensionPage(harness, '/options.html');
    await options.waitForSelector('[data-testid=custom-style-file]:not([disabled])');
    await options.locator('[data-testid=custom-style-file]').setInputFiles({
      name: 'outlet-first.csl',
      mimeType: 'application/xml',
      buffer: Buffer.from(TEST_STYLE),
    });
    await expect
      .poll(() => options.locator('[data-testid=custom-style-status]').textContent(), { timeout: 20_000 })
      .toMatch(/^Added “Outlet First \(test style\)”\. Example: THE SAMPLE TIMES \| Sample headline/);
    await expect.poll(() => options.locator('[data-testid=custom-style-item]').count()).toBe(1);

    const fresh = await openSeedPopup();
    const option = fresh.locator('[data-testid=citation-style] optgroup[label="Your styles"] option');
    await expect.poll(() => option.textContent()).toBe('Outlet First (test style)');
    await fresh.locator('[data-testid=citation-style]').selectOption({ label: 'Outlet First (test style)' });
    expect(await copyWith(fresh, 'copy-citation')).toBe('Outlet First (test style) citation copied.');
    // The file's own layout applied by hand: outlet in capitals, " | " between title, year and the original URL.
    expect(await clipboardText(fresh)).toBe(`BUSINESS INSIDER | ${TITLE} | 2025 | ${ORIGINAL}.`);

    // Removed on the options page, it leaves the open popup's menu.
    await options.locator('[data-testid=custom-style-remove]').click();
    await expect.poll(() => option.count()).toBe(0);
    await fresh.close();
    await options.close();
  });

  it('is refused with a reason when the file is not a usable CSL style', async () => {
    const options = await openExtensionPage(harness, '/options.html');
    await options.waitForSelector('[data-testid=custom-style-file]:not([disabled])');
    await options.locator('[data-testid=custom-style-file]').setInputFiles({
      name: 'dependent.csl',
      mimeType: 'application/xml',
      buffer: Buffer.from(TEST_STYLE.replace(/<bibliography>[\s\S]*<\/bibliography>/, '')),
    });
    await expect
      .poll(() => options.locator('[data-testid=custom-style-status]').textContent(), { timeout: 20_000 })
      .toBe('“dependent.csl” cannot be used: The style has no <bibliography> section, so it cannot make a reference-list entry.');
    await expect(options.locator('[data-testid=custom-style-item]').count()).resolves.toBe(0);
    await options.close();
  });
});
