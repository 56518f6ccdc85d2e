import { describe, expect, it, vi } from 'vitest';
import {
  COMMAND_COPY_MARKDOWN,
  handleCommand,
  handleMenuClick,
  installMenus,
  MENU_COPY_MARKDOWN,
  MENU_COPY_QUOTE,
  MENU_ITEMS,
  MENU_READ_CLEAN,
} from '../../utils/background/actions';
import type { ActionServices } from '../../utils/background/actions';
import { checkCopyReply, copyFromTab } from '../../utils/background/copy-from-tab';
import { openReaderTab, readerPath } from '../../utils/background/reader-tab';
import type { CopyRequest } from '../../utils/protocol';

/**
 * What the keyboard command and the context menu do, with the browser
 * played by fakes: which tab is read, what is asked of it, what the reader
 * sees when it works (a badge) and when it does not (the reader view).
 * The e2e suite runs the same handlers through the real listeners.
 */

const TAB = { id: 7, url: 'https://www.daily8.com/en/article/1', index: 3, windowId: 1 };

function services(reply: unknown = { ok: true, kind: 'markdown' }, over: Partial<ActionServices> = {}) {
  const calls = {
    injected: [] as number[],
    sent: [] as Array<[number, CopyRequest]>,
    readers: [] as Array<[number | undefined, string | undefined]>,
    confirmed: [] as Array<[number, string]>,
  };
  const s: ActionServices = {
    inject: vi.fn(async (tabId: number) => {
      calls.injected.push(tabId);
    }),
    send: vi.fn(async (tabId: number, request: CopyRequest) => {
      calls.sent.push([tabId, request]);
      return reply;
    }),
    fileAccess: async () => false,
    activeTab: async () => TAB,
    openReader: vi.fn(async (tab, notice) => {
      calls.readers.push([tab.id, notice]);
    }),
    citationStyle: async () => 'mla',
    confirmCopy: vi.fn(async (tabId: number, kind: string) => {
      calls.confirmed.push([tabId, kind]);
    }),
    ...over,
  };
  return { s, calls };
}

describe('the copy-markdown command', () => {
  it('copies from the tab it was pressed in and confirms on that tab’s badge', async () => {
    const { s, calls } = services();
    expect(await handleCommand(COMMAND_COPY_MARKDOWN, TAB, s)).toEqual({ ok: true });
    expect(calls.injected).toEqual([7]);
    expect(calls.sent).toEqual([[7, { kind: 'markdown' }]]);
    expect(calls.confirmed).toEqual([[7, 'markdown']]);
    expect(calls.readers).toEqual([]);
  });

  it('falls back to the active tab when the browser names none', async () => {
    const { s, calls } = services();
    await handleCommand(COMMAND_COPY_MARKDOWN, undefined, s);
    expect(calls.sent[0][0]).toBe(7);
  });

  it('opens the reader view with a notice when the page cannot copy', async () => {
    const { s, calls } = services({ ok: false, code: 'CLIPBOARD_REFUSED', message: 'Document is not focused.' });
    expect(await handleCommand(COMMAND_COPY_MARKDOWN, TAB, s)).toMatchObject({ ok: false, code: 'CLIPBOARD_REFUSED' });
    expect(calls.readers).toEqual([[7, 'copy-failed-markdown']]);
    expect(calls.confirmed).toEqual([]);
  });

  it('does not touch a page the browser forbids, and shows why in the reader view', async () => {
    const { s, calls } = services();
    const outcome = await handleCommand(COMMAND_COPY_MARKDOWN, { ...TAB, url: 'chrome://settings/' }, s);
    expect(outcome).toMatchObject({ ok: false, code: 'RESTRICTED' });
    expect(calls.injected).toEqual([]);
    expect(calls.readers).toEqual([[7, 'copy-failed-markdown']]);
  });

  it('ignores commands it does not own (the browser handles _execute_action itself)', async () => {
    const { s, calls } = services();
    expect(await handleCommand('_execute_action', TAB, s)).toBeNull();
    expect(calls.injected).toEqual([]);
  });
});

describe('the context menu', () => {
  it('has “Read clean article” and “Copy clean article as Markdown” on pages, and “Copy with citation” on selections', () => {
    expect(MENU_ITEMS.map((item) => [item.id, item.contexts])).toEqual([
      [MENU_READ_CLEAN, ['page', 'selection']],
      [MENU_COPY_MARKDOWN, ['page', 'selection']],
      [MENU_COPY_QUOTE, ['selection']],
    ]);
  });

  it('is installed from scratch, titled in the interface language', async () => {
    const created: unknown[] = [];
    const menus = {
      removeAll: vi.fn(async () => {}),
      create: vi.fn((props: unknown, done?: () => void) => {
        created.push(props);
        done?.();
      }),
    };
    await installMenus(menus, (key) => `«${key}»`);
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(created).toEqual([
      { id: MENU_READ_CLEAN, title: '«menuReadClean»', contexts: ['page', 'selection'] },
      { id: MENU_COPY_MARKDOWN, title: '«menuCopyMarkdown»', contexts: ['page', 'selection'] },
      { id: MENU_COPY_QUOTE, title: '«menuCopyQuote»', contexts: ['selection'] },
    ]);
  });

  it('“Read clean article” opens the reader view for the clicked tab, without a notice', async () => {
    const { s, calls } = services();
    await handleMenuClick({ menuItemId: MENU_READ_CLEAN }, TAB, s);
    expect(calls.readers).toEqual([[7, undefined]]);
    expect(calls.injected).toEqual([]);
  });

  it('“Copy clean article as Markdown” copies from the clicked tab', async () => {
    const { s, calls } = services();
    await handleMenuClick({ menuItemId: MENU_COPY_MARKDOWN }, TAB, s);
    expect(calls.sent).toEqual([[7, { kind: 'markdown' }]]);
    expect(calls.confirmed).toEqual([[7, 'markdown']]);
  });

  it('“Copy with citation” asks for the quote in the reader’s style, with the reported selection', async () => {
    const { s, calls } = services({ ok: true, kind: 'quote' });
    await handleMenuClick({ menuItemId: MENU_COPY_QUOTE, selectionText: 'A sentence worth quoting.' }, TAB, s);
    expect(calls.sent).toEqual([[7, { kind: 'quote', style: 'mla', selectionText: 'A sentence worth quoting.' }]]);
    expect(calls.confirmed).toEqual([[7, 'quote']]);
  });

  it('“Copy with citation” that fails opens the reader view with the quote notice', async () => {
    const { s, calls } = services({ ok: false, code: 'NO_SELECTION', message: 'Nothing is selected.' });
    await handleMenuClick({ menuItemId: MENU_COPY_QUOTE }, TAB, s);
    expect(calls.readers).toEqual([[7, 'copy-failed-quote']]);
  });

  it('ignores clicks without a tab (e.g. in a devtools window) and unknown items', async () => {
    const { s, calls } = services();
    expect(await handleMenuClick({ menuItemId: MENU_COPY_MARKDOWN }, undefined, s)).toBeNull();
    expect(await handleMenuClick({ menuItemId: 'someone-else' }, TAB, s)).toBeNull();
    expect(calls.injected).toEqual([]);
    expect(calls.readers).toEqual([]);
  });
});

describe('copyFromTab', () => {
  it('turns the browser’s injection refusal into words', async () => {
    const { s } = services(undefined, {
      inject: async () =>
        Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')),
    });
    expect(await copyFromTab(TAB, { kind: 'markdown' }, s)).toMatchObject({ ok: false, code: 'NO_ACCESS' });
  });

  it('reports a page that never answers', async () => {
    const { s } = services(undefined, { send: async () => Promise.reject(new Error('Could not establish connection.')) });
    expect(await copyFromTab(TAB, { kind: 'markdown' }, s)).toMatchObject({ ok: false, code: 'NO_RESPONSE' });
  });

  it('accepts only replies of the documented shape, bounded (the page’s process may lie)', () => {
    expect(checkCopyReply({ ok: true, kind: 'markdown' })).toEqual({ ok: true });
    expect(checkCopyReply({ ok: 'yes' })).toMatchObject({ ok: false, code: 'NO_RESPONSE' });
    expect(checkCopyReply(null)).toMatchObject({ ok: false, code: 'NO_RESPONSE' });
    const long = checkCopyReply({ ok: false, code: 'X'.repeat(500), message: 'm'.repeat(5000) });
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.code.length).toBeLessThanOrEqual(40);
      expect(long.message.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('the reader tab', () => {
  it('is reader.html for the tab, with the notice when there is one', () => {
    expect(readerPath(12)).toBe('/reader.html?tabId=12');
    expect(readerPath(12, 'copy-failed-quote')).toBe('/reader.html?tabId=12&notice=copy-failed-quote');
  });

  it('opens next to the tab it reads, in front', async () => {
    const create = vi.fn(async () => ({}));
    await openReaderTab({ create }, (path) => `chrome-extension://id${path}`, TAB);
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://id/reader.html?tabId=7',
      active: true,
      openerTabId: 7,
      index: 4,
      windowId: 1,
    });
  });
});
