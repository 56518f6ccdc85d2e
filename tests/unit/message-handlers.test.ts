// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import extractorScript from '../../entrypoints/extractor.content.ts';
import { registerCopyHandler } from '../../utils/page/copy-handler';
import type { CopyDeps } from '../../utils/page/copy-handler';
import { DETECTION_MESSAGE, MAX_OUTLET_CHARS } from '../../utils/background/detection-message';
import type { ExtractResult } from '../../utils/core/extract/types';
import { registerExtractor } from '../../utils/page/extractor-handler';
import type { ExtractorDeps } from '../../utils/page/extractor-handler';
import { MAX_SELECTION_CHARS, originOf, removeAllListeners } from '../../utils/protocol';

/**
 * Every `runtime.onMessage` handler of the extension, attacked with forged
 * senders and forged payloads over WXT's fake browser:
 *
 * - `extractArticle` and `copyArticle`, answered by the extractor content
 *   script in a tab (`@webext-core/messaging` envelope), must come from one of
 *   our own extension pages or our background (our id and our origin);
 * - the detector's report, answered by the background, must come from our
 *   content script in the top frame of an http(s) page, and is only about
 *   that tab.
 *
 * Anything else is answered `{ok: false, code}` without reading the page,
 * touching the clipboard or the badge. The browser fills `sender` itself, so a
 * forged sender here stands for another extension, a web page, a frame, or
 * our own content script in a compromised renderer.
 */

const OWN_ID = fakeBrowser.runtime.id;
const OWN_ORIGIN = originOf(fakeBrowser.runtime.getURL('/'))!;

type Sender = chrome.runtime.MessageSender;

/** Senders that may ask a content script for the article or a copy. */
const OUR_PAGES: Array<[string, Sender]> = [
  ['the toolbar popup', { id: OWN_ID, url: `${OWN_ORIGIN}/popup.html`, origin: OWN_ORIGIN }],
  // Chromium gives no `tab` for an extension page in a tab (checked in 156); Firefox may.
  ['the popup opened in a tab', { id: OWN_ID, url: `${OWN_ORIGIN}/popup.html?tabId=4`, tab: { id: 2 } as chrome.tabs.Tab }],
  ['the reader view', { id: OWN_ID, url: `${OWN_ORIGIN}/reader.html?tabId=4` }],
  ['the background (shortcut, menu)', { id: OWN_ID, url: `${OWN_ORIGIN}/background.js`, origin: OWN_ORIGIN }],
];

/** Senders that must be refused by the content script's handlers. */
const STRANGERS: Array<[string, Sender]> = [
  ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' }],
  ['another extension claiming our address', { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${OWN_ORIGIN}/popup.html` }],
  [
    'our id from a web page (our content script in a compromised renderer)',
    { id: OWN_ID, url: 'https://evil.example/', tab: { id: 9 } as chrome.tabs.Tab, frameId: 0 },
  ],
  ['our id from a frame inside a page', { id: OWN_ID, url: 'https://ads.example/frame.html', tab: { id: 9 } as chrome.tabs.Tab, frameId: 7 }],
  ['our id from another extension’s origin', { id: OWN_ID, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' }],
  ['our id from a look-alike host', { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/popup.html` }],
  ['our id with credentials in the address', { id: OWN_ID, url: `chrome-extension://${OWN_ID}@evil.example/popup.html` }],
  ['our id from an opaque address', { id: OWN_ID, url: 'data:text/html,<script>1</script>' }],
  ['our id without any address', { id: OWN_ID }],
  ['our address without an id', { url: `${OWN_ORIGIN}/popup.html` }],
  ['nobody', {}],
];

/** A message as `@webext-core/messaging` sends it. */
function envelope(type: string, data: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 1, type, data, timestamp: Date.now(), ...extra };
}

const NO_ANSWER = Symbol('no answer');

/**
 * Delivers `message` from `sender` to every `runtime.onMessage` listener, as
 * Chrome does: a listener that returns true answers later through
 * `sendResponse`; if none does, the sender gets no answer.
 */
async function deliver(message: unknown, sender: Sender): Promise<unknown> {
  let answer: unknown = NO_ANSWER;
  let answered!: () => void;
  const done = new Promise<void>((resolve) => (answered = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, (value: unknown) => {
    if (answer === NO_ANSWER) answer = value;
    answered();
  });
  if (!results.some((r: unknown) => r === true)) return NO_ANSWER;
  await done;
  return answer;
}

/** The reply inside the messaging library's `{res}` wrapper. */
async function ask(type: string, data: unknown, sender: Sender, extra?: Record<string, unknown>): Promise<unknown> {
  const wire = await deliver(envelope(type, data, extra), sender);
  if (wire === NO_ANSWER) return NO_ANSWER;
  return (wire as { res?: unknown; err?: unknown }).res ?? wire;
}

function expectRefusal(reply: unknown, code: string): void {
  expect(reply).toMatchObject({ ok: false, code });
  expect(typeof (reply as { message?: unknown }).message).toBe('string');
}

const ARTICLE: ExtractResult = { ok: false, code: 'NO_ARTICLE', message: 'stub core: no article' };

let readPage: ReturnType<typeof vi.fn>;
let extract: ReturnType<typeof vi.fn>;
let writeClipboard: ReturnType<typeof vi.fn>;

beforeEach(() => {
  removeAllListeners();
  fakeBrowser.reset();
  readPage = vi.fn(() => ({ doc: document, url: 'https://news.example.org/story' }));
  extract = vi.fn(() => ARTICLE);
  writeClipboard = vi.fn(async () => {});
});

afterEach(() => {
  removeAllListeners();
});

function registerContentScriptHandlers(contentType = 'text/html'): void {
  const own = { id: OWN_ID, origin: OWN_ORIGIN };
  const scope = {};
  const extractorDeps: ExtractorDeps = {
    own,
    readPage: readPage as unknown as ExtractorDeps['readPage'],
    extract: extract as unknown as ExtractorDeps['extract'],
    contentType: () => contentType,
  };
  registerExtractor(scope, extractorDeps);
  const copyDeps: CopyDeps = {
    own,
    readPage: readPage as unknown as CopyDeps['readPage'],
    extract: extract as unknown as CopyDeps['extract'],
    readSelection: () => 'a selected sentence',
    formatContext: () => ({
      accessedAt: new Date('2025-06-06T12:00:00Z'),
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html').body,
      timeZone: 'UTC',
    }),
    writeClipboard: writeClipboard as unknown as CopyDeps['writeClipboard'],
  };
  registerCopyHandler(scope, copyDeps);
}

describe('extractArticle, answered by the content script', () => {
  beforeEach(() => registerContentScriptHandlers());

  it.each(STRANGERS)('refuses %s with FORBIDDEN_SENDER and reads nothing', async (_label, sender) => {
    expectRefusal(await ask('extractArticle', {}, sender), 'FORBIDDEN_SENDER');
    expect(readPage).not.toHaveBeenCalled();
    expect(extract).not.toHaveBeenCalled();
  });

  it.each(OUR_PAGES)('answers %s', async (_label, sender) => {
    expect(await ask('extractArticle', { timeBudgetMs: 1500 }, sender)).toEqual(ARTICLE);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(extract.mock.calls[0][2]).toEqual({ timeBudgetMs: 1500 });
  });

  it('hands the core a snapshot made for the request, so the core makes no second copy', async () => {
    const snapshot = document.implementation.createHTMLDocument('copy');
    readPage.mockImplementation(() => ({ doc: snapshot, url: 'https://news.example.org/story', isCopy: true }));
    await ask('extractArticle', {}, OUR_PAGES[0][1]);
    expect(extract.mock.calls[0][0]).toBe(snapshot);
    expect(extract.mock.calls[0][2]).toEqual({ ownsDocument: true });
  });

  it('never lets the core work on a document that is not a copy for this request', async () => {
    await ask('extractArticle', {}, OUR_PAGES[0][1]);
    expect(extract.mock.calls[0][2]).toEqual({});
  });

  it.each([
    ['null', null],
    ['a string', 'extract'],
    ['a number', 42],
    ['an array', [{ timeBudgetMs: 10 }]],
    ['an unknown field', { selector: 'body' }],
    ['an extra field', { timeBudgetMs: 100, script: 'alert(1)' }],
    ['a negative budget', { timeBudgetMs: -1 }],
    ['a zero budget', { timeBudgetMs: 0 }],
    ['NaN', { timeBudgetMs: Number.NaN }],
    ['Infinity', { timeBudgetMs: Number.POSITIVE_INFINITY }],
    ['an hour', { timeBudgetMs: 3_600_000 }],
    ['a numeric string', { timeBudgetMs: '100' }],
    ['an own __proto__ key (JSON.parse keeps it)', JSON.parse('{"__proto__": {"timeBudgetMs": 5}}')],
  ])('refuses a payload with %s: BAD_REQUEST', async (_label, data) => {
    expectRefusal(await ask('extractArticle', data, OUR_PAGES[0][1]), 'BAD_REQUEST');
    expect(readPage).not.toHaveBeenCalled();
    expect(extract).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload, so a stranger learns nothing of the protocol', async () => {
    expectRefusal(await ask('extractArticle', { selector: 'body' }, STRANGERS[0][1]), 'FORBIDDEN_SENDER');
  });

  it('goes by the browser’s sender, not by a `sender` field inside the message', async () => {
    const reply = await ask('extractArticle', {}, STRANGERS[2][1], { sender: OUR_PAGES[0][1] });
    expectRefusal(reply, 'FORBIDDEN_SENDER');
    expect(extract).not.toHaveBeenCalled();
  });

  it.each([
    ['a bare string', 'extractArticle'],
    ['null', null],
    ['an envelope without a timestamp', { type: 'extractArticle', data: {} }],
    ['an unknown message type', envelope('runScript', { code: 'alert(1)' })],
  ])('leaves %s unanswered', async (_label, message) => {
    expect(await deliver(message, OUR_PAGES[0][1])).toBe(NO_ANSWER);
    expect(extract).not.toHaveBeenCalled();
  });

  it('never throws across the boundary: a core that throws becomes INTERNAL', async () => {
    extract.mockImplementation(() => {
      throw new Error('boom');
    });
    expectRefusal(await ask('extractArticle', {}, OUR_PAGES[0][1]), 'INTERNAL');
  });
});

describe('extractArticle on a tab that shows no web page', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['image/png', 'not-a-page'],
    ['image/svg+xml', 'not-a-page'],
    ['application/rss+xml', 'not-a-page'],
    ['text/xml', 'not-a-page'],
    ['application/json', 'not-a-page'],
    ['text/plain', 'not-a-page'],
  ])('answers RESTRICTED for %s, before copying the page', async (contentType, reason) => {
    registerContentScriptHandlers(contentType);
    const reply = await ask('extractArticle', {}, OUR_PAGES[0][1]);
    expectRefusal(reply, 'RESTRICTED');
    expect(reply).toMatchObject({ reason });
    expect(readPage).not.toHaveBeenCalled();
  });

  it.each(['text/html', 'application/xhtml+xml'])('reads %s', async (contentType) => {
    registerContentScriptHandlers(contentType);
    expect(await ask('extractArticle', {}, OUR_PAGES[0][1])).toEqual(ARTICLE);
  });

  it('still refuses a stranger first', async () => {
    registerContentScriptHandlers('application/pdf');
    expectRefusal(await ask('extractArticle', {}, STRANGERS[0][1]), 'FORBIDDEN_SENDER');
  });
});

describe('copyArticle, answered by the content script', () => {
  beforeEach(() => registerContentScriptHandlers());

  it.each(STRANGERS)('refuses %s with FORBIDDEN_SENDER and touches neither page nor clipboard', async (_label, sender) => {
    expectRefusal(await ask('copyArticle', { kind: 'markdown' }, sender), 'FORBIDDEN_SENDER');
    expect(readPage).not.toHaveBeenCalled();
    expect(writeClipboard).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['an empty object', {}],
    ['an unknown kind', { kind: 'html' }],
    ['an extra field', { kind: 'markdown', text: 'attacker text for the clipboard' }],
    ['a quote without style', { kind: 'quote' }],
    ['an unknown style', { kind: 'quote', style: 'harvard-but-evil' }],
    ['a selection that is not text', { kind: 'quote', style: 'apa', selectionText: 42 }],
    ['an oversized selection', { kind: 'quote', style: 'apa', selectionText: 'x'.repeat(MAX_SELECTION_CHARS + 1) }],
  ])('refuses a payload with %s: BAD_REQUEST', async (_label, data) => {
    expectRefusal(await ask('copyArticle', data, OUR_PAGES[3][1]), 'BAD_REQUEST');
    expect(readPage).not.toHaveBeenCalled();
    expect(writeClipboard).not.toHaveBeenCalled();
  });

  it('answers our background with the copy result', async () => {
    // The stub core finds no article: the copy is refused with the core's code, and nothing is written.
    expect(await ask('copyArticle', { kind: 'markdown' }, OUR_PAGES[3][1])).toMatchObject({ ok: false, code: 'NO_ARTICLE' });
    expect(readPage).toHaveBeenCalledTimes(1);
  });
});

describe('the extractor content script as built (entrypoint wiring)', () => {
  it('knows our id and origin from the runtime, and answers only our pages', async () => {
    document.documentElement.innerHTML = '<head><title>Page</title></head><body><main><h1>A headline</h1><p>Some text of the page.</p></main></body>';
    extractorScript.main({} as never);
    expectRefusal(await ask('extractArticle', {}, STRANGERS[2][1]), 'FORBIDDEN_SENDER');
    expectRefusal(await ask('copyArticle', { kind: 'markdown' }, STRANGERS[0][1]), 'FORBIDDEN_SENDER');
    const reply = (await ask('extractArticle', {}, OUR_PAGES[0][1])) as { ok?: unknown; code?: unknown };
    // Our page gets the real core's answer for this page (an article or a typed failure), not a refusal.
    expect(['FORBIDDEN_SENDER', 'BAD_REQUEST']).not.toContain(reply.code);
    expect(typeof reply.ok).toBe('boolean');
  });
});

describe('the background’s runtime.onMessage (the detector’s report)', () => {
  const PAGE_TAB = 31;
  const DETECTOR: Sender = { id: OWN_ID, url: 'https://www.msn.com/en-us/news/story/ar-AA1', tab: { id: PAGE_TAB } as chrome.tabs.Tab, frameId: 0 };
  const REPORT = { type: DETECTION_MESSAGE, outlet: 'The Harbour Gazette' };

  /** Starts the real background with the browser APIs the fake does not implement stubbed out. */
  function startBackground(): void {
    const stubEvent = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) });
    const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    fb.commands = { ...fb.commands, onCommand: stubEvent() };
    fb.contextMenus = { ...fb.contextMenus, onClicked: stubEvent(), removeAll: vi.fn(async () => {}), create: vi.fn() };
    fb.permissions = { ...fb.permissions, onAdded: stubEvent(), onRemoved: stubEvent(), contains: vi.fn(async () => false) };
    fb.scripting = {
      ...fb.scripting,
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => {}),
      unregisterContentScripts: vi.fn(async () => {}),
    };
    background.main();
  }

  async function badgeOf(tabId: number): Promise<string> {
    return fakeBrowser.action.getBadgeText({ tabId });
  }

  beforeEach(async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.msn.com/en-us/news/story/ar-AA1' });
    startBackground();
  });

  it('marks the sender’s own tab for a well-formed report from our detector', async () => {
    expect(await deliver(REPORT, DETECTOR)).toEqual({ ok: true });
    expect(await badgeOf(PAGE_TAB)).not.toBe('');
  });

  it.each<[string, Sender]>([
    ['another extension', { ...DETECTOR, id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['a frame inside the page', { ...DETECTOR, frameId: 3 }],
    ['our own popup (no tab: not the detector)', { id: OWN_ID, url: `${OWN_ORIGIN}/popup.html` }],
    ['a page of ours in a tab', { id: OWN_ID, url: `${OWN_ORIGIN}/reader.html`, tab: { id: PAGE_TAB } as chrome.tabs.Tab, frameId: 0 }],
    ['a tab without an id', { ...DETECTOR, tab: {} as chrome.tabs.Tab }],
    ['a negative tab id', { ...DETECTOR, tab: { id: -1 } as chrome.tabs.Tab }],
    ['a file page', { ...DETECTOR, url: 'file:///home/user/page.html' }],
    ['no address', { id: OWN_ID, tab: { id: PAGE_TAB } as chrome.tabs.Tab, frameId: 0 }],
    ['nobody', {}],
  ])('refuses a report from %s with FORBIDDEN_SENDER and leaves the badge', async (_label, sender) => {
    expectRefusal(await deliver(REPORT, sender), 'FORBIDDEN_SENDER');
    expect(await badgeOf(PAGE_TAB)).toBe('');
  });

  it.each([
    ['another tab named in the payload', { ...REPORT, tabId: 1 }],
    ['markup as the outlet, plus an extra field', { ...REPORT, outlet: '<img src=x onerror=alert(1)>', html: true }],
    ['an outlet that is not text', { ...REPORT, outlet: 42 }],
    ['an oversized outlet', { ...REPORT, outlet: 'x'.repeat(MAX_OUTLET_CHARS + 1) }],
    ['no outlet field', { type: DETECTION_MESSAGE }],
  ])('refuses a report with %s: BAD_REQUEST, badge untouched', async (_label, message) => {
    expectRefusal(await deliver(message, DETECTOR), 'BAD_REQUEST');
    expect(await badgeOf(PAGE_TAB)).toBe('');
  });

  it.each([
    ['the messaging library’s envelope', envelope('extractArticle', {})],
    ['a string', DETECTION_MESSAGE],
    ['null', null],
    ['an unknown type', { type: 'sourced-reader:open-everything' }],
  ])('leaves %s unanswered, for the listeners it is meant for', async (_label, message) => {
    expect(await deliver(message, DETECTOR)).toBe(NO_ANSWER);
    expect(await badgeOf(PAGE_TAB)).toBe('');
  });
});
