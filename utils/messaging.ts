import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractResult } from './extract/types';

/**
 * The one message protocol between the extension's contexts. Every answer is a
 * result object, `{ ok: true, ... }` or `{ ok: false, code, message }`, so that
 * failures cross contexts as data instead of as thrown errors.
 */

/** What the popup may ask of the extractor; every field optional. */
export interface ExtractRequest {
  /** Give up with TIMEOUT after this many milliseconds of extraction work. */
  timeBudgetMs?: number;
}

/** Failures the messaging layer itself reports, besides the extraction core's. */
export type ProtocolErrorCode = 'BAD_REQUEST' | 'FORBIDDEN_SENDER';

export interface ProtocolFailure {
  ok: false;
  code: ProtocolErrorCode;
  message: string;
}

/** The extractor's answer: the core's result, or a refusal of the request. */
export type ExtractReply = ExtractResult | ProtocolFailure;

export interface ProtocolMap {
  /** Popup (or another extension page) to the extractor content script of a tab: read the article on this page. */
  extractArticle(request: ExtractRequest): ExtractReply;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

const MAX_TIME_BUDGET_MS = 60_000;

/** Checks an incoming `extractArticle` payload; anything but the documented shape is refused. */
export function isExtractRequest(data: unknown): data is ExtractRequest {
  if (data === undefined) return true;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'timeBudgetMs') return false;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIME_BUDGET_MS) return false;
  }
  return true;
}

/** The parts of `runtime.MessageSender` that decide whether we answer. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Who we are: `runtime.id`, and `originOf(runtime.getURL('/'))` (in Firefox a per-install UUID, not the id). */
export interface OwnExtension {
  id: string;
  origin: string;
}

/**
 * Whether a message comes from one of our own extension pages (popup, reader
 * view), not from another extension or from a content script in some tab.
 */
export function isOwnExtensionPage(sender: SenderInfo, own: OwnExtension): boolean {
  if (!own.id || sender.id !== own.id) return false;
  const fromOwnOrigin = typeof sender.url === 'string' && originOf(sender.url) === own.origin;
  // A content script of ours shares the id but has a tab and the page's URL; an extension
  // page opened as a tab (popup.html?tabId=N) has a tab too, but lives on our origin.
  if (sender.tab !== undefined && sender.tab !== null) return fromOwnOrigin;
  return sender.url === undefined || fromOwnOrigin;
}

/**
 * `scheme://host` of a URL. `URL.origin` is "null" for extension schemes
 * outside the browser, so it is built by hand.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
