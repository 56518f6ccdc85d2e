import { extractArticle } from '../core/extract/index';
import { registerOnce } from './register-once';
import type { Article, ExtractOptions, ExtractResult } from '../core/extract/types';
import { nameFromHost } from '../core/extract/sites';
import { formatMarkdown, isPlainOutput } from '../core/format/index';
import { formatQuoteWithCitation } from '../core/format/citation';
import type { FormatContext } from '../core/format/index';
import { isCopyRequest, isOwnExtensionPage, MAX_SELECTION_CHARS, onMessage } from '../protocol';
import type { CopyReply, CopyRequest, OwnExtension, SenderInfo } from '../protocol';

/**
 * The content-script side of `copyArticle`: copying without the popup
 * (keyboard shortcut, context menu). The service worker has neither a DOM to
 * format with nor a clipboard, and this extension asks for no `offscreen` or
 * `clipboardWrite` permission in Chromium, so the copy happens here, in the
 * tab the reader just acted on: it has the focus, and Chromium lets the
 * focused page write text to the clipboard. The text never leaves the
 * page's process except to the clipboard.
 */

export interface CopyDeps {
  own: OwnExtension;
  /** Copies the page as it is now, with the address the core resolves links against. */
  readPage: () => { doc: Document; url: string };
  /** The page's live selection as text ('' when none). */
  readSelection: () => string;
  /** The formatters' context: access date now, an inert HTML parser. */
  formatContext: () => FormatContext;
  /** Puts text (and, when given, HTML for editors) on the clipboard; rejects when the browser refuses. */
  writeClipboard: (text: string, html?: string) => Promise<void>;
  /** The extraction core; replaceable in tests. */
  extract?: (doc: Document, url: string, options?: ExtractOptions) => ExtractResult;
}

/** Answers one `copyArticle` message; never throws. */
export async function answerCopyRequest(message: { data: unknown; sender: SenderInfo }, deps: CopyDeps): Promise<CopyReply> {
  if (!isOwnExtensionPage(message.sender ?? {}, deps.own)) {
    return { ok: false, code: 'FORBIDDEN_SENDER', message: 'Only Sourced Reader itself may ask to copy.' };
  }
  if (!isCopyRequest(message.data)) {
    return { ok: false, code: 'BAD_REQUEST', message: 'The copy request was malformed.' };
  }
  const request: CopyRequest = message.data;
  let prepared: ReturnType<typeof prepareText>;
  try {
    prepared = prepareText(request, deps);
    if (!prepared.ok) return prepared;
  } catch (error) {
    return { ok: false, code: 'INTERNAL', message: `Formatting failed: ${describeError(error)}` };
  }
  try {
    await deps.writeClipboard(prepared.text, prepared.html);
  } catch (error) {
    return { ok: false, code: 'CLIPBOARD_REFUSED', message: `The browser refused the clipboard (${describeError(error)}).` };
  }
  return { ok: true, kind: request.kind };
}

function prepareText(request: CopyRequest, deps: CopyDeps): { ok: true; text: string; html?: string } | Extract<CopyReply, { ok: false }> {
  if (request.kind === 'quote') {
    const selection = pickSelection(deps.readSelection(), request.selectionText);
    if (!selection) return { ok: false, code: 'NO_SELECTION', message: 'Nothing is selected on the page.' };
    const { doc, url } = deps.readPage();
    const result = (deps.extract ?? extractArticle)(doc, url);
    // A quote from a page without an article (a front page, a forum) is still cited: by the page itself.
    const article = result.ok ? result.article : pageAsArticle(doc, url);
    const citation = formatQuoteWithCitation(selection, article, request.style, deps.formatContext());
    // BibTeX and the Markdown line are pasted into plain fields; the other styles italicize titles.
    const rich = !isPlainOutput(request.style);
    return { ok: true, text: citation.text, ...(rich ? { html: citation.html } : {}) };
  }
  const { doc, url } = deps.readPage();
  const result = (deps.extract ?? extractArticle)(doc, url);
  if (!result.ok) return result;
  return { ok: true, text: formatMarkdown(result.article, deps.formatContext()) };
}

/**
 * The selection to quote: the page's own when it is the text the browser
 * reported with the click (the reported text can be cut short), else the
 * reported text (the selection may sit in a frame this script does not run in).
 */
export function pickSelection(live: string, reported: string | undefined): string {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const liveText = live.trim().slice(0, MAX_SELECTION_CHARS);
  const reportedText = (reported ?? '').trim();
  if (liveText && (!reportedText || squash(liveText).startsWith(squash(reportedText).slice(0, 200)))) return liveText;
  return reportedText;
}

/** A citable stand-in for a page the core found no article on: its title, site and address. */
export function pageAsArticle(doc: Document, url: string): Article {
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || nameFromHost(url) || url;
  const title = (doc.title || siteName).replace(/\s+/g, ' ').trim();
  const lang = doc.documentElement.getAttribute('lang');
  return {
    title,
    byline: null,
    excerpt: null,
    lang: lang || null,
    dir: null,
    publishedTime: null,
    url,
    canonicalUrl: null,
    site: { name: siteName, url },
    source: { name: siteName, url },
    aggregator: null,
    contentHtml: '',
    text: '',
    links: [],
    related: [],
    wordCount: 0,
    readingMinutes: 1,
  };
}

const REGISTRATION = Symbol.for('sourced-reader.copy-registration');

/**
 * Registers the `copyArticle` handler, replacing one left by an earlier
 * injection into the same page (see `registerOnce` for why replacing).
 */
export function registerCopyHandler(scope: object, deps: CopyDeps): () => void {
  return registerOnce(scope, REGISTRATION, () => onMessage('copyArticle', (message) => answerCopyRequest(message, deps)));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
