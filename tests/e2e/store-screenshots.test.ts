import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearStorage, setSyncStorage } from './extension-pages';
import { loadSeedFixture } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';
import { landscapeSvg } from './test-pages';

/**
 * Store and README screenshots: the popup on the seed page, light and dark,
 * at the popup's real 400 x 580, written to docs/screenshots/. The article's
 * photo is served as a drawn landscape, since tests never reach the network.
 */

// Tests never write tracked files: the README's screenshots are rewritten only with UPDATE_SCREENSHOTS=1.
const OUT_DIR =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : join(mkdtempSync(join(tmpdir(), 'sourced-reader-screenshots-')), '/');
let harness: Harness;
let tabId: number;

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

beforeAll(async () => {
  harness = await startHarness();
  await clearStorage(harness);
  const seed = loadSeedFixture();
  harness.servePage({ url: seed.url, body: seed.html });
  const photo = /<img src="(https:\/\/i\.insider\.com\/[^"]+)"/.exec(seed.html.toString('utf8'))?.[1];
  expect(photo, 'the seed’s photo').toBeTruthy();
  harness.servePage({ url: photo!.replace(/&amp;/g, '&'), body: landscapeSvg(800, 533), contentType: 'image/svg+xml' });
  ({ tabId } = await harness.openTab(seed.url));
  mkdirSync(OUT_DIR, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

describe('store screenshots', () => {
  it.each(['light', 'dark'] as const)('takes the popup-%s.png store screenshot (docs/screenshots/ with UPDATE_SCREENSHOTS=1)', async (theme) => {
    await setSyncStorage(harness, { theme });
    const popup = await harness.context.newPage();
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid=article-body]');
    await popup.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid=article-body] img')).every((img) => (img as HTMLImageElement).complete),
    );
    await popup.evaluate(() => document.fonts.ready);
    const file = `${OUT_DIR}popup-${theme}.png`;
    writeFileSync(file, await popup.screenshot({ animations: 'disabled', caret: 'hide' }));
    expect(pngHeader(file)).toEqual({ width: 400, height: 580 });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(251, 250, 247)');
    await popup.close();
    await clearStorage(harness);
  });
});
