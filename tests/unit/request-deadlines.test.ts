import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkReply, INJECT_TIMEOUT_MS, REPLY_TIMEOUT_MS, requestArticle } from '../../utils/ui/request-article';

/**
 * The popup must end on a status, never on its loading skeleton. Chromium 156
 * never settles `scripting.executeScript` in a view-source: tab, nor (without
 * `injectImmediately`) in a page whose response never ends; a page can also
 * leave a message unanswered. Fake timers stand in for the waiting: no test
 * here depends on the clock of the machine.
 */

const TARGET = { tabId: 5, url: 'https://news.example.org/story' };
const never = <T>() => new Promise<T>(() => {});

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('requestArticle deadlines', () => {
  it('gives up on an injection the browser never settles, with NO_RESPONSE', async () => {
    const send = vi.fn();
    const pending = requestArticle(TARGET, { inject: never, send });
    await vi.advanceTimersByTimeAsync(INJECT_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, code: 'NO_RESPONSE' });
    expect(send).not.toHaveBeenCalled();
  });

  it('gives up on a reply that never comes, with TIMEOUT', async () => {
    const pending = requestArticle(TARGET, { inject: async () => {}, send: never });
    await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS);
    await expect(pending).resolves.toMatchObject({ ok: false, code: 'TIMEOUT' });
  });

  it('takes deadlines from its caller', async () => {
    const pending = requestArticle(TARGET, { inject: never, injectTimeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    await expect(pending).resolves.toMatchObject({ ok: false, code: 'NO_RESPONSE' });
  });

  it('keeps a prompt answer, and leaves no timer behind', async () => {
    const reply = { ok: false, code: 'NO_ARTICLE', message: 'none' };
    const result = await requestArticle(TARGET, { inject: async () => {}, send: async () => reply as never });
    expect(result).toEqual(reply);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still reports an injection refusal that comes in time as the browser worded it', async () => {
    const result = await requestArticle(TARGET, {
      inject: async () => {
        throw new Error('No tab with id: 5.');
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'NO_TAB' });
  });
});

describe('checkReply and RESTRICTED from the page', () => {
  it('keeps a reason we know', () => {
    expect(checkReply({ ok: false, code: 'RESTRICTED', reason: 'pdf', message: 'PDF' })).toEqual({
      ok: false,
      code: 'RESTRICTED',
      reason: 'pdf',
      message: 'PDF',
    });
  });

  it('replaces a reason we do not know, so a page cannot pick the words', () => {
    const result = checkReply({ ok: false, code: 'RESTRICTED', reason: '__proto__', message: 'x' });
    expect(result).toMatchObject({ ok: false, code: 'RESTRICTED', reason: 'not-a-page' });
  });
});
