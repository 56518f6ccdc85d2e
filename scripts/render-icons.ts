/**
 * Renders the toolbar and store icons (public/icon/{16,32,48,128}.png) from
 * assets/icon.svg in Chromium, so the PNGs are always the drawing. At 16 and
 * 32 px the text lines are dropped: they would blur into a grey smear.
 *
 *   npx tsx scripts/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const svg = readFileSync(new URL('assets/icon.svg', root), 'utf8');

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const size of [16, 32, 48, 128]) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const drawing = size <= 32 ? svg.replace(/<g class="lines"[\s\S]*?<\/g>/, '') : svg;
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${drawing.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(fileURLToPath(new URL(`public/icon/${size}.png`, root)), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
