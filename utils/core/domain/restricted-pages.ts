/**
 * Pages where browsers forbid extensions to run scripts. The popup checks the
 * tab's address first so that it can say why, in plain words, instead of
 * showing the browser's terse injection error.
 */

/** Chrome's built-in PDF viewer is an extension page with this id. */
const CHROME_PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const BROWSER_PAGE = 'This is one of the browser’s own pages. Browsers do not let extensions read them; open a news article and try again.';

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-devtools:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
]);

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);

/** Store pages: Chrome and Firefox refuse content scripts there, even with host access. */
function isExtensionStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && (path === '/webstore' || path.startsWith('/webstore/'))) ||
    host === 'microsoftedge.microsoft.com' ||
    host === 'addons.mozilla.org' ||
    host === 'addons.opera.com'
  );
}

function isPdf(url: URL): boolean {
  return url.pathname.toLowerCase().endsWith('.pdf');
}

export interface RestrictedPageOptions {
  /** The user allowed the extension on file:// addresses (`extension.isAllowedFileSchemeAccess()`). */
  fileAccess?: boolean;
}

/** Why a page cannot be read, as a key the interface turns into words in its own language. */
export type RestrictedReason = 'browser-page' | 'extension-page' | 'generated' | 'file-access' | 'pdf' | 'scheme' | 'store' | 'no-address' | 'not-a-page';

/** Every reason, to check one that crossed a process boundary (a content script's reply). */
export const RESTRICTED_REASONS: readonly RestrictedReason[] = [
  'browser-page',
  'extension-page',
  'generated',
  'file-access',
  'pdf',
  'scheme',
  'store',
  'no-address',
  'not-a-page',
];

/**
 * Says why the extension cannot read the page at `url`, or returns null when
 * nothing forbids it. An unknown address (undefined, because the browser did
 * not share it) is not known to be restricted: the caller tries and reports
 * the browser's refusal if it comes.
 */
export function restrictedPageReason(url: string | undefined, options: RestrictedPageOptions = {}): RestrictedReason | null {
  if (url === undefined || url.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'no-address';
  }
  const scheme = parsed.protocol.toLowerCase();

  if (BROWSER_SCHEMES.has(scheme)) return 'browser-page';
  if (EXTENSION_SCHEMES.has(scheme)) return parsed.hostname === CHROME_PDF_VIEWER_ID ? 'pdf' : 'extension-page';
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'javascript:') return 'generated';
  if (scheme === 'file:') {
    if (isPdf(parsed)) return 'pdf';
    return options.fileAccess ? null : 'file-access';
  }
  if (scheme !== 'http:' && scheme !== 'https:') return 'scheme';
  if (isExtensionStore(parsed)) return 'store';
  if (isPdf(parsed)) return 'pdf';
  return null;
}

/** The same verdict as `restrictedPageReason`, in English words (logs, the CLI, tests). */
export function describeRestrictedPage(url: string | undefined, options: RestrictedPageOptions = {}): string | null {
  const reason = restrictedPageReason(url, options);
  if (reason === null) return null;
  switch (reason) {
    case 'browser-page':
      return BROWSER_PAGE;
    case 'extension-page':
      return 'This page belongs to an extension. Browsers do not let other extensions read it.';
    case 'generated':
      return 'This tab shows a generated page (data:, blob: or javascript: address), which extensions may not read.';
    case 'file-access':
      return 'This is a file on your computer. To read it, allow “Access to file URLs” for Sourced Reader on the browser’s extensions page.';
    case 'pdf':
      return pdfMessage();
    case 'store':
      return 'This is an extension store. Browsers do not let extensions read store pages.';
    case 'no-address':
      return 'This tab has no web address that the extension can read.';
    case 'not-a-page':
      return NOT_A_PAGE;
    case 'scheme': {
      const scheme = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(url ?? '')?.[1]?.toLowerCase() ?? 'such';
      return `Pages with ${scheme} addresses cannot be read by extensions.`;
    }
  }
}

function pdfMessage(): string {
  return 'This tab shows a PDF in the browser’s viewer. Sourced Reader reads web pages, not PDF files.';
}

const NOT_A_PAGE = 'This tab shows a file (an image, a feed or other data), not a web page. Sourced Reader reads articles on web pages.';

/**
 * Media types of web pages. Plain text is not one: Chromium shows a feed
 * served as `application/rss+xml`, JSON and other data as `text/plain`, and
 * reading that would make an "article" of raw markup.
 */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Says why a document of this media type (`document.contentType`) is no page
 * to read, or returns null for HTML and XHTML. Its address does
 * not tell: a PDF, an image or an RSS feed is often served from an address
 * without an extension, and the browser then shows it in a viewer page
 * (the PDF viewer's embedder, an image page, the XML tree), where reading
 * would find nothing or a feed's raw markup.
 */
export function documentTypeReason(contentType: string | null | undefined): RestrictedReason | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  // No type known (an engine without `contentType`): let the reader try.
  if (!type || PAGE_TYPES.has(type)) return null;
  if (type === 'application/pdf') return 'pdf';
  return 'not-a-page';
}

/** `documentTypeReason` in English words (logs, the CLI, tests). */
export function describeDocumentType(contentType: string | null | undefined): string | null {
  const reason = documentTypeReason(contentType);
  if (reason === null) return null;
  return reason === 'pdf' ? pdfMessage() : NOT_A_PAGE;
}
