import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab } from '../../entrypoints/popup/target';
import type { ExtractOptions, ExtractResult } from '../../utils/core/extract/types';
import { registerExtractor } from '../../utils/page/extractor-handler';
import type { ExtractorDeps } from '../../utils/page/extractor-handler';
import { isExtractRequest, isOwnExtensionPage, originOf, removeAllListeners } from '../../utils/protocol';
import { checkReply, describeInjectionFailure, requestArticle } from '../../utils/ui/request-article';

/**
 * The popup and the extractor content script talking through the real
 * `@webext-core/messaging` protocol over WXT's fake browser. The fake has no
 * `scripting` and no `tabs.sendMessage`, so the test plays the browser's part:
 * `inject` registers the handler as the injected script would, and
 * `tabs.sendMessage` delivers to the tab's listeners with a sender we choose.
 */

const PAGE_URL = 'https://news.example.org/2025/06/06/river-restoration';

const ARTICLE_PAGE = `<!doctype html><html lang="en"><head><title>River restoration brings salmon back | Example News</title>
<meta property="og:site_name" content="Example News"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>River restoration brings salmon back</h1>
<p>For the first time in forty years, salmon have been seen spawning in the upper reaches of the river, biologists said on Friday, after a decade of work to remove weirs and replant the banks.</p>
<p>The project, funded by the regional water authority and three fishing associations, removed eleven barriers and restored more than twenty kilometres of gravel beds where the fish lay their eggs.</p>
<p>“We counted nests in places where nobody alive had seen one,” said the lead biologist, who has surveyed the river since the project began. “It is slow work, but the river is answering.”</p>
<p>Farmers along the banks were at first wary of the plan, which took strips of pasture for trees and wetland, but several now say the floods of recent winters did less damage than before.</p>
<p>The authority plans to extend the work to two tributaries next year, pending a review of the costs and of the first survey results, due in the spring.</p>
</article></main><footer>© Example News</footer></body></html>`;

const OWN_ID = fakeBrowser.runtime.id;
const POPUP_SENDER = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

interface TabPage {
  doc: Document;
  url: string;
}

let pages: Map<number, TabPage>;
let injected: Set<number>;
let sender: chrome.runtime.MessageSender;
let scope: object;
let extractSpy: ReturnType<typeof vi.fn> | undefined;

function ownExtension() {
  return { id: fakeBrowser.runtime.id, origin: originOf(fakeBrowser.runtime.getURL('/'))! };
}

/** What `scripting.executeScript` of the extractor does: run the script's main() in the tab. */
async function inject(tabId: number): Promise<void> {
  const page = pages.get(tabId);
  if (!page) throw new Error(`No tab with id: ${tabId}.`);
  const deps: ExtractorDeps = { own: ownExtension(), readPage: () => ({ doc: page.doc, url: page.url }) };
  if (extractSpy) deps.extract = extractSpy as unknown as ExtractorDeps['extract'];
  registerExtractor(scope, deps);
  injected.add(tabId);
}

function addPage(tabId: number, html: string, url: string): void {
  pages.set(tabId, { doc: new JSDOM(html, { url }).window.document, url });
}

beforeEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
  pages = new Map();
  injected = new Set();
  scope = {};
  extractSpy = undefined;
  sender = { ...POPUP_SENDER };
  // Chrome delivers a tab message to the listeners of that tab's content scripts, or answers undefined.
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = (
    tabId: number,
    message: unknown,
    _options: unknown,
    callback: (response: unknown) => void,
  ) => {
    if (!injected.has(tabId)) {
      callback(undefined);
      return;
    }
    let sendResponse!: (value: unknown) => void;
    const response = new Promise((resolve) => (sendResponse = resolve));
    void fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse).then((results: unknown[]) => {
      if (results.some((r) => r === true)) void response.then(callback);
      else callback(undefined);
    });
  };
});

afterEach(() => {
  removeAllListeners();
});

describe('extractArticle over the protocol', () => {
  it('brings the article of the tab’s page to the popup', async () => {
    addPage(7, ARTICLE_PAGE, PAGE_URL);
    const result = await requestArticle({ tabId: 7, url: PAGE_URL }, { inject });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('River restoration brings salmon back');
    expect(result.article.url).toBe(PAGE_URL);
    expect(result.article.text).toContain('salmon have been seen spawning');
    expect(result.article.text).not.toContain('© Example News');
  });

  it('passes the page, its address and the time budget to the core, and the core’s failure back unchanged', async () => {
    addPage(3, ARTICLE_PAGE, PAGE_URL);
    const failure: ExtractResult = { ok: false, code: 'NO_ARTICLE', message: 'No article found on this page.' };
    extractSpy = vi.fn((_doc: Document, _url: string, _options?: ExtractOptions) => failure);
    const result = await requestArticle({ tabId: 3, url: PAGE_URL }, { inject, request: { timeBudgetMs: 900 } });
    expect(result).toEqual(failure);
    expect(extractSpy).toHaveBeenCalledTimes(1);
    const [doc, url, options] = extractSpy.mock.calls[0];
    expect(doc).toBe(pages.get(3)!.doc);
    expect(url).toBe(PAGE_URL);
    expect(options).toEqual({ timeBudgetMs: 900 });
  });

  it('answers once and keeps working when the popup injects the script again', async () => {
    addPage(4, ARTICLE_PAGE, PAGE_URL);
    extractSpy = vi.fn(() => ({ ok: false, code: 'NO_ARTICLE', message: 'none' }) satisfies ExtractResult);
    const first = await requestArticle({ tabId: 4, url: PAGE_URL }, { inject });
    const second = await requestArticle({ tabId: 4, url: PAGE_URL }, { inject });
    expect(first).toEqual(second);
    expect(extractSpy).toHaveBeenCalledTimes(2);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  it('turns a thrown extraction error into an INTERNAL result instead of a broken channel', async () => {
    addPage(5, ARTICLE_PAGE, PAGE_URL);
    extractSpy = vi.fn(() => {
      throw new Error('stack overflow in a pathological page');
    });
    const result = await requestArticle({ tabId: 5, url: PAGE_URL }, { inject });
    expect(result).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'Reading the page failed: stack overflow in a pathological page',
    });
  });

  it('refuses a message from another extension', async () => {
    addPage(6, ARTICLE_PAGE, PAGE_URL);
    extractSpy = vi.fn();
    sender = { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/bg.js' };
    const result = await requestArticle({ tabId: 6, url: PAGE_URL }, { inject });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('FORBIDDEN_SENDER');
    expect(extractSpy).not.toHaveBeenCalled();
  });

  it('refuses a message from our own content script in some page', async () => {
    addPage(6, ARTICLE_PAGE, PAGE_URL);
    extractSpy = vi.fn();
    sender = { id: OWN_ID, url: 'https://evil.example/', tab: { id: 9 } as chrome.tabs.Tab };
    const result = await requestArticle({ tabId: 6, url: PAGE_URL }, { inject });
    expect(result.ok === false && result.code).toBe('FORBIDDEN_SENDER');
    expect(extractSpy).not.toHaveBeenCalled();
  });

  it('answers our own page opened in a tab (popup.html?tabId=N)', async () => {
    addPage(6, ARTICLE_PAGE, PAGE_URL);
    extractSpy = vi.fn(() => ({ ok: false, code: 'NO_ARTICLE', message: 'none' }) satisfies ExtractResult);
    sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html?tabId=6`, tab: { id: 2 } as chrome.tabs.Tab };
    const result = await requestArticle({ tabId: 6, url: PAGE_URL }, { inject });
    expect(result.ok === false && result.code).toBe('NO_ARTICLE');
  });

  it.each([[{ timeBudgetMs: -1 }], [{ timeBudgetMs: 'soon' }], [{ timeBudgetMs: Number.POSITIVE_INFINITY }], [{ selector: 'body' }]])(
    'refuses a malformed request %j',
    async (request) => {
      addPage(8, ARTICLE_PAGE, PAGE_URL);
      extractSpy = vi.fn();
      const result = await requestArticle({ tabId: 8, url: PAGE_URL }, { inject, request: request as unknown as { timeBudgetMs?: number } });
      expect(result.ok === false && result.code).toBe('BAD_REQUEST');
      expect(extractSpy).not.toHaveBeenCalled();
    },
  );

  it('reports NO_RESPONSE when nothing in the tab answers', async () => {
    addPage(9, ARTICLE_PAGE, PAGE_URL);
    const result = await requestArticle({ tabId: 9, url: PAGE_URL }, { inject: async () => {} });
    expect(result.ok === false && result.code).toBe('NO_RESPONSE');
  });

  it('does not inject into a page the browser forbids, and says why', async () => {
    const spy = vi.fn(inject);
    const result = await requestArticle({ tabId: 1, url: 'chrome://settings/' }, { inject: spy });
    expect(result.ok === false && result.code).toBe('RESTRICTED');
    expect(result.ok === false && result.message).toMatch(/browser’s own pages/);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('injection failures', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'RESTRICTED'],
    ['The extensions gallery cannot be scripted.', 'RESTRICTED'],
    ['Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', 'RESTRICTED'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'NO_ACCESS'],
    ['No tab with id: 12.', 'NO_TAB'],
    ['Frame with ID 0 is showing error page', 'INJECTION_FAILED'],
    ['Something unexpected', 'INJECTION_FAILED'],
  ])('“%s” becomes %s', async (browserMessage, code) => {
    const result = await requestArticle(
      { tabId: 1, url: undefined },
      {
        inject: async () => {
          throw new Error(browserMessage);
        },
      },
    );
    expect(result.ok === false && result.code).toBe(code);
    expect(describeInjectionFailure(new Error(browserMessage)).ok).toBe(false);
  });
});

describe('protocol checks', () => {
  it('accepts only the documented request shape', () => {
    expect(isExtractRequest(undefined)).toBe(true);
    expect(isExtractRequest({})).toBe(true);
    expect(isExtractRequest({ timeBudgetMs: 2000 })).toBe(true);
    expect(isExtractRequest(null)).toBe(false);
    expect(isExtractRequest([])).toBe(false);
    expect(isExtractRequest('extract')).toBe(false);
    expect(isExtractRequest({ timeBudgetMs: 0 })).toBe(false);
    expect(isExtractRequest({ timeBudgetMs: 10 * 60_000 })).toBe(false);
  });

  it('tells our pages from other senders, also when Firefox’s page origin differs from the id', () => {
    const own = { id: 'sourced@example.org', origin: 'moz-extension://0a1b2c3d-1111' };
    expect(isOwnExtensionPage({ id: own.id, url: 'moz-extension://0a1b2c3d-1111/popup.html' }, own)).toBe(true);
    expect(isOwnExtensionPage({ id: own.id, url: 'moz-extension://ffff-0000/popup.html' }, own)).toBe(false);
    expect(isOwnExtensionPage({ id: own.id, url: 'https://news.example.org/', tab: {} }, own)).toBe(false);
    expect(isOwnExtensionPage({ id: 'other', url: 'moz-extension://0a1b2c3d-1111/popup.html' }, own)).toBe(false);
    expect(isOwnExtensionPage({}, own)).toBe(false);
  });

  it('accepts only replies of the documented shape', () => {
    expect(checkReply(undefined).ok).toBe(false);
    expect(checkReply({ ok: true }).ok).toBe(false);
    expect(checkReply({ ok: true, article: { title: 'T', contentHtml: 1, text: '', source: {} } }).ok).toBe(false);
    expect(checkReply({ ok: false, code: 'NO_ARTICLE', message: 'none' })).toEqual({
      ok: false,
      code: 'NO_ARTICLE',
      message: 'none',
    });
    expect(checkReply({ ok: 'yes' }).ok).toBe(false);
  });

  it("carries a no-article page's story links, only well-formed http(s) ones, and a null source", () => {
    const reply = checkReply({
      ok: false,
      code: 'NO_ARTICLE',
      message: 'front page',
      pageLinks: [
        { text: 'Storm closes the coast road', href: 'https://news.example/storm' },
        { text: 'x', href: 'javascript:alert(1)' },
        { text: 3, href: 'https://a.example/' },
        'junk',
      ],
    });
    expect(reply).toEqual({
      ok: false,
      code: 'NO_ARTICLE',
      message: 'front page',
      pageLinks: [{ text: 'Storm closes the coast road', href: 'https://news.example/storm' }],
    });
    expect(checkReply({ ok: true, article: { title: 'T', contentHtml: '', text: '', source: null } }).ok).toBe(true);
  });
});

describe('findTargetTab', () => {
  it('reads the tab named in ?tabId=N, else the active tab of the current window', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    const article = await fakeBrowser.tabs.create({ windowId: win.id, url: PAGE_URL, active: false });
    const other = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://other.example/', active: true });

    expect(await findTargetTab(`?tabId=${article.id}`, fakeBrowser.tabs)).toEqual({ tabId: article.id, url: PAGE_URL });
    expect(await findTargetTab('', fakeBrowser.tabs)).toEqual({ tabId: other.id, url: 'https://other.example/' });
    expect(await findTargetTab('?tabId=abc', fakeBrowser.tabs)).toBeNull();
  });
});
