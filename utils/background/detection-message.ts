/**
 * The one message of the on-load detector (`entrypoints/detector.content.ts`)
 * to the background. Plain `runtime.sendMessage` rather than the messaging
 * library, which would double the size of a script that runs on every page
 * load; the background checks the sender (`contentScriptTab`) and this shape.
 */

export const DETECTION_MESSAGE = 'sourced-reader:aggregator-detected';

/** This tab shows an aggregator's copy of a story, crediting `outlet` (null when it does not say). */
export interface DetectionReport {
  type: typeof DETECTION_MESSAGE;
  outlet: string | null;
}

/** Longest outlet name accepted (a tooltip, not a document). */
export const MAX_OUTLET_CHARS = 200;

export function isDetectionReport(data: unknown): data is DetectionReport {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const r = data as Record<string, unknown>;
  if (r.type !== DETECTION_MESSAGE) return false;
  if (!Object.keys(r).every((k) => k === 'type' || k === 'outlet')) return false;
  return r.outlet === null || (typeof r.outlet === 'string' && r.outlet.length <= MAX_OUTLET_CHARS);
}
