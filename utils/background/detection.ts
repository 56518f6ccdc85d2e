import type { ActionApi } from '../badge';
import { setAggregatorBadge } from '../badge';
import { isDetectionReport } from '../detection-message';
import { contentScriptTab } from '../messaging';
import type { OwnExtension, SenderInfo } from '../messaging';

/**
 * Opt-in on-load detection: when the reader switched it on (options page)
 * and granted the optional all-sites host permission, the background
 * registers the small detector content script for every http(s) page; when
 * either is missing, it unregisters it. Nothing runs on page load otherwise.
 */

export { ALL_SITES } from '../host-access';

export const DETECTOR_SCRIPT_ID = 'sourced-reader-aggregator-detector';
/** WXT's output path for `entrypoints/detector.content.ts`. */
export const DETECTOR_SCRIPT = '/content-scripts/detector.js';

export interface DetectorServices {
  /** The reader's switch on the options page. */
  wanted(): Promise<boolean>;
  /** The browser granted the all-sites permission. */
  hasAccess(): Promise<boolean>;
  isRegistered(): Promise<boolean>;
  register(): Promise<void>;
  unregister(): Promise<void>;
}

/**
 * Returns a function that brings the registration in line with the switch
 * and the permission, and answers whether detection is now on. Calls are
 * queued: the triggers (install, start-up, permission and storage changes)
 * can fire together, and two registrations of one id would fail.
 */
export function createDetectorSync(services: DetectorServices): () => Promise<boolean> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      const on = (await services.wanted()) && (await services.hasAccess());
      const registered = await services.isRegistered();
      if (on && !registered) await services.register();
      if (!on && registered) await services.unregister();
      return on;
    });
    queue = run.catch(() => {});
    return run;
  };
}

/**
 * Handles the detector's message: sets the badge on the sender's own tab.
 * Only our content script in a page's top frame is heard, and only about its
 * own tab; the outlet name is page text and shows only as tooltip text.
 * Returns whether the badge was set.
 */
export async function handleDetectionMessage(
  message: unknown,
  sender: SenderInfo,
  own: OwnExtension,
  action: ActionApi | null,
): Promise<boolean> {
  if (!action || !isDetectionReport(message)) return false;
  const tabId = contentScriptTab(sender, own);
  if (tabId === null) return false;
  await setAggregatorBadge(action, tabId, { outlet: message.outlet });
  return true;
}
