import type { Article, ArticleLink, ExtractErrorCode } from '../core/extract/types';
import { MAX_PAGE_LINKS } from '../core/extract/tuning';
import { sendMessage } from '../protocol';
import type { ExtractReply, ExtractRequest, ProtocolErrorCode } from '../protocol';
import { describeRestrictedPage, RESTRICTED_REASONS, restrictedPageReason } from '../core/domain/restricted-pages';
import type { RestrictedReason } from '../core/domain/restricted-pages';

/**
 * The popup's side of reading a tab: refuse pages the browser forbids, inject
 * the extractor, ask it over the protocol, and turn every failure into a
 * result the popup can show. Browser calls come in as functions, so tests run
 * it against the fake browser without `scripting`.
 */

export type ArticleRequestErrorCode = ExtractErrorCode | ProtocolErrorCode | 'RESTRICTED' | 'NO_TAB' | 'NO_ACCESS' | 'INJECTION_FAILED' | 'NO_RESPONSE';

export type ArticleRequestResult =
  | { ok: true; article: Article }
  | {
      ok: false;
      code: ArticleRequestErrorCode;
      /** English words for logs; the interface words each code itself (`reason` for RESTRICTED). */
      message: string;
      reason?: RestrictedReason;
      /** On NO_ARTICLE: the page's story links. */
      pageLinks?: ArticleLink[];
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
  /** Longest wait for the browser to run the extractor in the tab; default `INJECT_TIMEOUT_MS`. */
  injectTimeoutMs?: number;
  /** Longest wait for the extractor's answer; default `REPLY_TIMEOUT_MS`. */
  replyTimeoutMs?: number;
}

/**
 * Deadlines, so that the popup always ends on a status instead of its loading
 * skeleton. Chromium never settles `executeScript` in some tabs (a
 * view-source: page, whose address it hides without `tabs`), nor in a page
 * whose own script keeps the renderer busy; and a reply can be lost with a
 * page that navigates away. Extraction itself gives up after its 5 s budget;
 * the reply deadline leaves room for copying a huge page before that and
 * for a slow machine.
 */
export const INJECT_TIMEOUT_MS = 8_000;
export const REPLY_TIMEOUT_MS = 25_000;

const TIMED_OUT = Symbol('timed out');

/** `work`, or TIMED_OUT after `ms` (the race keeps a late rejection of `work` handled). */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
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
    const injected = await withDeadline(deps.inject(target.tabId), deps.injectTimeoutMs ?? INJECT_TIMEOUT_MS);
    if (injected === TIMED_OUT) {
      return {
        ok: false,
        code: 'NO_RESPONSE',
        message:
          'The browser did not let Sourced Reader into this page (it never does on some of its own pages, such as view-source:, and a busy page can hold it up). Try again in a moment.',
      };
    }
  } catch (error) {
    return describeInjectionFailure(error);
  }

  const send = deps.send ?? ((tabId, request) => sendMessage('extractArticle', request, tabId));
  let reply: unknown;
  try {
    reply = await withDeadline(send(target.tabId, deps.request ?? {}), deps.replyTimeoutMs ?? REPLY_TIMEOUT_MS);
    if (reply === TIMED_OUT) {
      return { ok: false, code: 'TIMEOUT', message: 'The page took too long to answer. Reload the page and try again.' };
    }
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
      // null when no outlet can be established; never another type.
      typeof article.source === 'object'
    ) {
      return { ok: true, article: article as unknown as Article };
    }
    return { ok: false, code: 'INTERNAL', message: 'The article came back incomplete.' };
  }
  if (r.ok === false && typeof r.code === 'string' && typeof r.message === 'string') {
    // The reason picks the words the popup shows: only one of ours is taken from the page's process.
    const reason = (RESTRICTED_REASONS as readonly unknown[]).includes(r.reason) ? (r.reason as RestrictedReason) : undefined;
    if (r.code === 'RESTRICTED') return { ok: false, code: 'RESTRICTED', reason: reason ?? 'not-a-page', message: r.message };
    if (r.code === 'NO_ARTICLE' && r.pageLinks !== undefined)
      return { ok: false, code: 'NO_ARTICLE', message: r.message, pageLinks: checkPageLinks(r.pageLinks) };
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
  if (typeof error === 'object' && error && 'message' in error) return String(error.message);
  return String(error);
}

/** Story links from the page's process: only `{text, href}` strings, http(s), at most MAX_PAGE_LINKS. */
function checkPageLinks(value: unknown): ArticleLink[] {
  if (!Array.isArray(value)) return [];
  const out: ArticleLink[] = [];
  for (const item of value.slice(0, MAX_PAGE_LINKS)) {
    if (!item || typeof item !== 'object') continue;
    const { text, href } = item as Record<string, unknown>;
    if (typeof text === 'string' && typeof href === 'string' && /^https?:\/\//i.test(href) && text.length <= 300) out.push({ text, href });
  }
  return out;
}
