import type { Article, ExtractErrorCode } from './extract/types';
import { sendMessage } from './messaging';
import type { ExtractReply, ExtractRequest, ProtocolErrorCode } from './messaging';
import { describeRestrictedPage, restrictedPageReason } from './restricted-pages';
import type { RestrictedReason } from './restricted-pages';

/**
 * The popup's side of reading a tab: refuse pages the browser forbids, inject
 * the extractor, ask it over the protocol, and turn every failure into a
 * result the popup can show. Browser calls come in as functions, so tests run
 * it against the fake browser without `scripting`.
 */

export type ArticleRequestErrorCode =
  | ExtractErrorCode
  | ProtocolErrorCode
  | 'RESTRICTED'
  | 'NO_TAB'
  | 'NO_ACCESS'
  | 'INJECTION_FAILED'
  | 'NO_RESPONSE';

export type ArticleRequestResult =
  | { ok: true; article: Article }
  | {
      ok: false;
      code: ArticleRequestErrorCode;
      /** English words for logs; the interface words each code itself (`reason` for RESTRICTED). */
      message: string;
      reason?: RestrictedReason;
    };

/** The tab to read; `url` as far as the browser shares it. */
export interface ArticleTarget {
  tabId: number;
  url?: string;
}

export interface ArticleRequestDeps {
  /** Runs the extractor content script in the tab; rejects with the browser's error. */
  inject: (tabId: number) => Promise<void>;
  /** Sends `extractArticle` to the tab; defaults to the protocol's `sendMessage`. */
  send?: (tabId: number, request: ExtractRequest) => Promise<ExtractReply | undefined>;
  /** The user allowed file:// pages for the extension. */
  fileAccess?: boolean;
  request?: ExtractRequest;
}

/** The extractor's file inside the built extension (WXT's path for `extractor.content.ts`). */
export const EXTRACTOR_SCRIPT = '/content-scripts/extractor.js';

/** Reads the article of the target tab; never throws. */
export async function requestArticle(target: ArticleTarget, deps: ArticleRequestDeps): Promise<ArticleRequestResult> {
  const reason = restrictedPageReason(target.url, { fileAccess: deps.fileAccess });
  if (reason) {
    return { ok: false, code: 'RESTRICTED', reason, message: describeRestrictedPage(target.url, { fileAccess: deps.fileAccess }) ?? '' };
  }

  try {
    await deps.inject(target.tabId);
  } catch (error) {
    return describeInjectionFailure(error);
  }

  const send = deps.send ?? ((tabId, request) => sendMessage('extractArticle', request, tabId));
  let reply: unknown;
  try {
    reply = await send(target.tabId, deps.request ?? {});
  } catch (error) {
    return {
      ok: false,
      code: 'NO_RESPONSE',
      message: `The page did not answer (${errorText(error)}). Reload the page and try again.`,
    };
  }
  return checkReply(reply);
}

/** Accepts only replies of the documented shape: the content script runs next to an untrusted page. */
export function checkReply(reply: unknown): ArticleRequestResult {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    return { ok: false, code: 'NO_RESPONSE', message: 'The page gave no usable answer. Reload the page and try again.' };
  }
  const r = reply as Record<string, unknown>;
  if (r.ok === true) {
    const article = r.article as Record<string, unknown> | undefined;
    if (
      article &&
      typeof article.title === 'string' &&
      typeof article.contentHtml === 'string' &&
      typeof article.text === 'string' &&
      typeof article.source === 'object' &&
      article.source !== null
    ) {
      return { ok: true, article: article as unknown as Article };
    }
    return { ok: false, code: 'INTERNAL', message: 'The article came back incomplete.' };
  }
  if (r.ok === false && typeof r.code === 'string' && typeof r.message === 'string') {
    return { ok: false, code: r.code as ArticleRequestErrorCode, message: r.message };
  }
  return { ok: false, code: 'NO_RESPONSE', message: 'The page gave no usable answer. Reload the page and try again.' };
}

/** Turns the browser's injection errors into words for the person who clicked. */
export function describeInjectionFailure(error: unknown): ArticleRequestResult {
  const text = errorText(error);
  if (/No tab with id/i.test(text)) {
    return { ok: false, code: 'NO_TAB', message: 'That tab is gone. Open the article again and click the button.' };
  }
  if (/cannot be scripted|Cannot access a (chrome|edge|about|chrome-extension)|extensions gallery|webstore/i.test(text)) {
    return {
      ok: false,
      code: 'RESTRICTED',
      reason: 'browser-page',
      message: 'The browser does not let extensions read this page. Open a news article and try again.',
    };
  }
  const refusedUrl = /Cannot access contents of url "([^"]+)"/i.exec(text)?.[1];
  const refusedReason = refusedUrl ? restrictedPageReason(refusedUrl) : null;
  if (refusedUrl && refusedReason) {
    return { ok: false, code: 'RESTRICTED', reason: refusedReason, message: describeRestrictedPage(refusedUrl) ?? '' };
  }
  if (/error page/i.test(text)) {
    return { ok: false, code: 'INJECTION_FAILED', message: 'This tab shows an error page, not an article.' };
  }
  if (/permission|Cannot access contents/i.test(text)) {
    return {
      ok: false,
      code: 'NO_ACCESS',
      message:
        'Sourced Reader has no access to this page. Browsers keep their own pages (blank tabs, settings) off limits; on a web page, click the toolbar button again while the page is open.',
    };
  }
  return { ok: false, code: 'INJECTION_FAILED', message: `The page could not be read (${text}).` };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
