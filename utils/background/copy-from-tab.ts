import type { CopyReply, CopyRequest } from '../protocol';
import { restrictedPageReason } from '../core/domain/restricted-pages';
import { describeInjectionFailure } from '../ui/request-article';
import type { TabRef } from './reader-tab';

/**
 * Copying without the popup (shortcut, context menu), the background's side:
 * refuse pages the browser forbids, inject the extractor into the tab, and
 * ask it to format and copy there (see `utils/copy-handler.ts` for why the
 * page writes the clipboard). Never throws.
 */

export interface CopyServices {
  /** Runs the extractor content script in the tab; rejects with the browser's error. */
  inject(tabId: number): Promise<void>;
  /** Sends `copyArticle` to the tab. */
  send(tabId: number, request: CopyRequest): Promise<unknown>;
  /** The user allowed file:// pages for the extension. */
  fileAccess(): Promise<boolean>;
}

export type CopyOutcome = { ok: true } | { ok: false; code: string; message: string };

export async function copyFromTab(tab: TabRef, request: CopyRequest, services: CopyServices): Promise<CopyOutcome> {
  if (tab.id === undefined || tab.id < 0) return { ok: false, code: 'NO_TAB', message: 'There is no tab to copy from.' };
  const fileAccess = await services.fileAccess().catch(() => false);
  if (restrictedPageReason(tab.url, { fileAccess })) {
    return { ok: false, code: 'RESTRICTED', message: 'The browser does not let extensions read this page.' };
  }
  try {
    await services.inject(tab.id);
  } catch (error) {
    const failure = describeInjectionFailure(error);
    return failure.ok ? { ok: false, code: 'INTERNAL', message: 'Unexpected injection result.' } : failure;
  }
  let reply: unknown;
  try {
    reply = await services.send(tab.id, request);
  } catch (error) {
    return { ok: false, code: 'NO_RESPONSE', message: `The page did not answer (${error instanceof Error ? error.message : String(error)}).` };
  }
  return checkCopyReply(reply);
}

/** Accepts only replies of the documented shape: the content script runs next to an untrusted page. */
export function checkCopyReply(reply: unknown): CopyOutcome {
  if (typeof reply !== 'object' || reply === null) return { ok: false, code: 'NO_RESPONSE', message: 'The page gave no usable answer.' };
  const r = reply as Partial<Record<keyof Extract<CopyReply, { ok: false }>, unknown>> & { ok?: unknown };
  if (r.ok === true) return { ok: true };
  if (r.ok === false && typeof r.code === 'string' && typeof r.message === 'string') {
    return { ok: false, code: r.code.slice(0, 40), message: r.message.slice(0, 300) };
  }
  return { ok: false, code: 'NO_RESPONSE', message: 'The page gave no usable answer.' };
}
