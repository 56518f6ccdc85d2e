import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/**
 * Helpers for the extension's own pages (options, reader view) and for
 * driving the background's real listeners. The service worker's event
 * objects have a `dispatch` method in Chromium: calling it runs every
 * listener the background registered, exactly as a pressed shortcut or a
 * clicked menu item would, minus the `activeTab` grant (the e2e build has
 * host access instead). No test hook exists in the shipped bundle.
 */

/** Opens `path` (e.g. `/options.html`) of the extension in a new tab. */
export async function openExtensionPage(harness: Harness, path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.extensionOrigin}${path}`);
  return page;
}

/** Runs the background's `commands.onCommand` listeners for `command` in tab `tabId`. */
export async function dispatchCommand(harness: Harness, command: string, tabId: number): Promise<void> {
  await harness.serviceWorker.evaluate(
    async ({ command, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(command, tab);
    },
    { command, tabId },
  );
}

/** Runs the background's `contextMenus.onClicked` listeners as a click on `menuItemId` in tab `tabId`. */
export async function dispatchMenuClick(harness: Harness, tabId: number, info: { menuItemId: string; selectionText?: string }): Promise<void> {
  await harness.serviceWorker.evaluate(
    async ({ info, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      const data = { editable: false, pageUrl: tab.url, frameId: 0, ...info };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(data, tab);
    },
    { info, tabId },
  );
}

/** The toolbar button's badge text and tooltip for tab `tabId`. */
export async function badgeOf(harness: Harness, tabId: number): Promise<{ text: string; title: string }> {
  return harness.serviceWorker.evaluate(async (tabId) => {
    const [text, title] = await Promise.all([chrome.action.getBadgeText({ tabId }), chrome.action.getTitle({ tabId })]);
    return { text, title };
  }, tabId);
}

/** Reads the clipboard through an extension page (pages of the web may not read it). */
export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Writes `values` to synced storage, as the options page would. */
export async function setSyncStorage(harness: Harness, values: Record<string, unknown>): Promise<void> {
  await harness.serviceWorker.evaluate((values) => chrome.storage.sync.set(values), values);
}

/** Clears synced and local storage, so one test's preferences do not leak into the next. */
export async function clearStorage(harness: Harness): Promise<void> {
  await harness.serviceWorker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in `page` against WCAG 2.x A and AA rules and returns the
 * violations. The script is evaluated through the DevTools protocol, which
 * the extension pages' CSP (`script-src 'self'`) does not govern, so the
 * shipped bundle needs no exception for it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The violations a release must not have: axe's serious and critical ones. */
export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
