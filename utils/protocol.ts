import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractErrorCode, ExtractResult } from './core/extract/types';
import { CITATION_STYLES } from './core/format/index';
import type { CitationStyle } from './core/format/index';
import type { RestrictedReason } from './core/domain/restricted-pages';

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

/**
 * Failures the messaging layer itself reports, besides the extraction core's.
 * RESTRICTED: the tab shows no web page to read (a PDF, an image, a feed),
 * which only the content script can see (`document.contentType`).
 */
export type ProtocolErrorCode = 'BAD_REQUEST' | 'FORBIDDEN_SENDER' | 'RESTRICTED';

export interface ProtocolFailure {
  ok: false;
  code: ProtocolErrorCode;
  message: string;
  /** With RESTRICTED: why, as a key the interface words itself. */
  reason?: RestrictedReason;
}

/** The extractor's answer: the core's result, or a refusal of the request. */
export type ExtractReply = ExtractResult | ProtocolFailure;

/** What the background may ask the extractor to copy from its page. */
export type CopyRequest =
  /** The article as Markdown (shortcut and context menu). */
  | { kind: 'markdown' }
  /**
   * The reader's selection in quotation marks with the article's citation.
   * `selectionText` is what the browser reported with the menu click; the
   * page's live selection is preferred because it keeps line breaks.
   */
  | { kind: 'quote'; style: CitationStyle; selectionText?: string };

/** Failures of copying itself, besides extraction's and the protocol's. */
export type CopyErrorCode = 'CLIPBOARD_REFUSED' | 'NO_SELECTION';

export type CopyReply = { ok: true; kind: CopyRequest['kind'] } | { ok: false; code: CopyErrorCode | ExtractErrorCode | ProtocolErrorCode; message: string };

export interface ProtocolMap {
  /** Popup (or another extension page) to the extractor content script of a tab: read the article on this page. */
  extractArticle(request: ExtractRequest): ExtractReply;
  /** Background to the extractor content script: format the article (or a quote) and put it on the clipboard there. */
  copyArticle(request: CopyRequest): CopyReply;
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

/** Longest selection copied with a citation; a page could select megabytes. */
export const MAX_SELECTION_CHARS = 100_000;

/** Checks an incoming `copyArticle` payload; anything but the documented shape is refused. */
export function isCopyRequest(data: unknown): data is CopyRequest {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const r = data as Record<string, unknown>;
  const keys = Object.keys(r);
  if (r.kind === 'markdown') return keys.every((k) => k === 'kind');
  if (r.kind !== 'quote') return false;
  if (!keys.every((k) => k === 'kind' || k === 'style' || k === 'selectionText')) return false;
  if (typeof r.style !== 'string' || !(CITATION_STYLES as readonly string[]).includes(r.style)) return false;
  return r.selectionText === undefined || (typeof r.selectionText === 'string' && r.selectionText.length <= MAX_SELECTION_CHARS);
}

/** The parts of `runtime.MessageSender` that decide whether we answer. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/**
 * The top frame of a web page in some tab, running one of our content
 * scripts: the only sender whose word about "this tab" we take. Returns that
 * tab's id, or null for anyone else (another extension, our own pages, a
 * frame inside the page).
 */
export function contentScriptTab(sender: SenderInfo, own: OwnExtension): number | null {
  if (!own.id || sender.id !== own.id) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const tab = sender.tab as { id?: unknown } | undefined | null;
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  if (typeof sender.url !== 'string' || !/^https?:/i.test(sender.url)) return null;
  return tab.id;
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
  // Chromium and Firefox give every sender's address (pages, frames, the background). A content
  // script of ours shares the id but has the page's address, so the address decides; a sender
  // without one proves nothing and is refused.
  return typeof sender.url === 'string' && originOf(sender.url) === own.origin;
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
