import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { normalizeText } from './harness';

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Empties the clipboard, clicks a copy button, and waits until something
 * arrives on the clipboard; returns the confirmation the popup showed.
 */
export async function copyWith(page: Page, testId: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator(`[data-testid=${testId}]`).click();
  await expect.poll(() => clipboardText(page), { timeout: 20_000 }).not.toBe('');
  return normalizeText((await page.locator('[data-testid=copy-feedback]').textContent()) ?? '');
}
