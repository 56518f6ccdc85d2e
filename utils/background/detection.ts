import type { ActionApi } from './badge';
import { setAggregatorBadge } from './badge';
import { DETECTION_MESSAGE, isDetectionReport } from './detection-message';
import { contentScriptTab } from '../protocol';
import type { OwnExtension, SenderInfo } from '../protocol';

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

/** The background's answer to a message addressed to it (a detection report). */
export type DetectionReply = { ok: true } | { ok: false; code: 'FORBIDDEN_SENDER' | 'BAD_REQUEST' | 'INTERNAL'; message: string };

/**
 * Whether a runtime message is addressed to the background (it says it is a
 * detection report). Only those are answered: any other message is left to
 * the listeners it is meant for, and answering it would race them.
 */
export function isAddressedToBackground(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DETECTION_MESSAGE;
}

/**
 * Answers the detector's message: sets the badge on the sender's own tab.
 * Only our content script in a page's top frame is heard, and only about its
 * own tab; the outlet name is page text and shows only as tooltip text. The
 * sender is checked before the payload, so that a stranger learns nothing
 * about the protocol. Never throws.
 */
export async function answerDetectionMessage(message: unknown, sender: SenderInfo, own: OwnExtension, action: ActionApi | null): Promise<DetectionReply> {
  const tabId = contentScriptTab(sender, own);
  if (tabId === null) {
    return { ok: false, code: 'FORBIDDEN_SENDER', message: 'Only Sourced Reader’s detector in a page’s top frame may report.' };
  }
  if (!isDetectionReport(message)) return { ok: false, code: 'BAD_REQUEST', message: 'The detection report was malformed.' };
  if (!action) return { ok: false, code: 'INTERNAL', message: 'This browser offers no toolbar button to mark.' };
  try {
    await setAggregatorBadge(action, tabId, { outlet: message.outlet });
    return { ok: true };
  } catch (error) {
    // The tab closed meanwhile, typically.
    return { ok: false, code: 'INTERNAL', message: `The badge could not be set (${error instanceof Error ? error.message : String(error)}).` };
  }
}
