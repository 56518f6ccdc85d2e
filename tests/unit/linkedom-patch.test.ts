import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * `scripts/patch-linkedom.mjs` (postinstall) makes linkedom create a node's
 * listener map on its first `addEventListener` instead of in every node's
 * constructor. These tests fail when the patch is not applied (a fresh
 * install whose postinstall did not run, or a linkedom upgrade that changed
 * the file) and when it breaks events.
 */
describe('linkedom listener-map patch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes no WeakMap entry for a node that never gets a listener', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const set = vi.spyOn(WeakMap.prototype, 'set');
    const div = document.createElement('div');
    const text = document.createTextNode('text');
    div.appendChild(text);
    document.body.appendChild(div);
    const keys = set.mock.calls.map(([key]) => key);
    set.mockRestore();
    expect(keys).not.toContain(div);
    expect(keys).not.toContain(text);
  });

  it('still delivers events, bubbles them, honours once and removal', () => {
    const { document, Event } = parseHTML('<!doctype html><html><body><div id="outer"><p id="inner">x</p></div></body></html>');
    const inner = document.getElementById('inner')!;
    const outer = document.getElementById('outer')!;
    const seen: string[] = [];
    const onInner = () => seen.push('inner');
    inner.addEventListener('ping', onInner);
    inner.addEventListener('ping', () => seen.push('once'), { once: true });
    outer.addEventListener('ping', () => seen.push('outer'));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'once', 'outer', 'outer']);
  });

  it('lets a node without listeners remove one and receive an event without throwing', () => {
    const { document, Event } = parseHTML('<!doctype html><html><body><p id="p">x</p></body></html>');
    const p = document.getElementById('p')!;
    expect(() => p.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(p.dispatchEvent(new Event('ping'))).toBe(true);
  });
});
