import { extractArticle } from '../core/extract/index';
import { registerOnce } from './register-once';
import type { ExtractOptions, ExtractResult } from '../core/extract/types';
import { isExtractRequest, isOwnExtensionPage, onMessage } from '../protocol';
import type { ExtractReply, OwnExtension, SenderInfo } from '../protocol';
import { describeDocumentType, documentTypeReason } from '../core/domain/restricted-pages';

/**
 * The content-script side of `extractArticle`: checks who asks and what, takes
 * a fresh snapshot of the page, runs the core and answers with its result.
 * Kept apart from the entrypoint so that tests drive it with a fake browser.
 */

export interface ExtractorDeps {
  /** Our extension, to tell our own pages from anyone else. */
  own: OwnExtension;
  /**
   * Copies the page as it is now, with the address the core resolves links
   * against. `isCopy`: the document was made for this call alone (the
   * content script's snapshot), so the core reads it without a second copy.
   */
  readPage: () => { doc: Document; url: string; isCopy?: boolean };
  /** The extraction core; replaceable in tests. */
  extract?: (doc: Document, url: string, options?: ExtractOptions) => ExtractResult;
  /**
   * The page's media type (`document.contentType`): a PDF viewer, an image or
   * an XML feed is refused before any copying. Absent: treated as HTML.
   */
  contentType?: () => string;
}

/** Answers one `extractArticle` message; never throws. */
export function answerExtractRequest(message: { data: unknown; sender: SenderInfo }, deps: ExtractorDeps): ExtractReply {
  if (!isOwnExtensionPage(message.sender ?? {}, deps.own)) {
    return { ok: false, code: 'FORBIDDEN_SENDER', message: 'Only Sourced Reader’s own pages may ask for the article.' };
  }
  if (!isExtractRequest(message.data)) {
    return { ok: false, code: 'BAD_REQUEST', message: 'The request to read the article was malformed.' };
  }
  try {
    // Only the page knows what it is: a PDF or an image served from an address without
    // `.pdf` or `.png` looks like any page to the popup.
    const contentType = deps.contentType?.();
    const reason = documentTypeReason(contentType);
    if (reason) return { ok: false, code: 'RESTRICTED', reason, message: describeDocumentType(contentType) ?? '' };
    const { doc, url, isCopy } = deps.readPage();
    const extract = deps.extract ?? extractArticle;
    const options: ExtractOptions = isCopy === true ? { ownsDocument: true } : {};
    if (message.data?.timeBudgetMs !== undefined) options.timeBudgetMs = message.data.timeBudgetMs;
    return extract(doc, url, options);
  } catch (error) {
    return { ok: false, code: 'INTERNAL', message: `Reading the page failed: ${describeError(error)}` };
  }
}

const REGISTRATION = Symbol.for('sourced-reader.extractor-registration');

/**
 * Registers the `extractArticle` handler so that exactly one answers per page.
 * The popup injects the script on every open, and `scope` (the content
 * script's isolated world) outlives each injection: an earlier handler is
 * removed first. Replacing beats skipping, because after an extension update
 * the earlier handler belongs to a dead context and would never answer.
 * Returns the function that removes the handler.
 */
export function registerExtractor(scope: object, deps: ExtractorDeps): () => void {
  return registerOnce(scope, REGISTRATION, () => onMessage('extractArticle', (message) => answerExtractRequest(message, deps)));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
