import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyDisplayPreferences,
  checkDisplayPreferences,
  DEFAULT_DISPLAY,
  readDisplayPreferences,
  saveDisplayPreference,
  watchDisplayPreferences,
} from '../../utils/preferences';

/** The display preferences in synced storage: checked on the way in and out, watched by open pages. */

beforeEach(() => {
  fakeBrowser.reset();
});

describe('display preferences', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await readDisplayPreferences()).toEqual({
      theme: 'system',
      font: 'serif',
      textSize: 'medium',
      lineWidth: 'medium',
      images: true,
      letterSpacing: 'normal',
      wordSpacing: 'normal',
      lineHeight: 'normal',
      lineFocus: false,
    });
    expect(DEFAULT_DISPLAY.images).toBe(true);
  });

  it('read back what was saved, from synced storage', async () => {
    await saveDisplayPreference('theme', 'sepia');
    await saveDisplayPreference('images', false);
    expect(await fakeBrowser.storage.sync.get(['theme', 'images'])).toEqual({ theme: 'sepia', images: false });
    expect(await readDisplayPreferences()).toMatchObject({ theme: 'sepia', images: false, font: 'serif' });
  });

  it('replace anything unknown (another version’s value, or garbage) with the default', async () => {
    await fakeBrowser.storage.sync.set({
      theme: 'neon',
      font: 42,
      textSize: 'large',
      lineWidth: null,
      images: 'no',
      letterSpacing: '5em',
      lineHeight: 'loose',
      lineFocus: 'yes',
    });
    expect(await readDisplayPreferences()).toEqual({
      theme: 'system',
      font: 'serif',
      textSize: 'large',
      lineWidth: 'medium',
      images: true,
      letterSpacing: 'normal',
      wordSpacing: 'normal',
      lineHeight: 'loose',
      lineFocus: false,
    });
    expect(checkDisplayPreferences({ theme: 'dark; background:url(x)' }).theme).toBe('system');
  });

  it('refuse to save an unknown value', async () => {
    await expect(saveDisplayPreference('theme', 'neon' as never)).rejects.toThrow(/Not a valid theme/);
    expect(await fakeBrowser.storage.sync.get('theme')).toEqual({});
  });

  it('tell a watcher each change, already checked', async () => {
    const changes: unknown[] = [];
    const unwatch = watchDisplayPreferences((change) => changes.push(change));
    await fakeBrowser.storage.sync.set({ theme: 'dark' });
    await fakeBrowser.storage.sync.set({ textSize: 'bogus' });
    await vi.waitFor(() => expect(changes).toHaveLength(2));
    expect(changes).toEqual([{ theme: 'dark' }, { textSize: 'medium' }]);
    unwatch();
    await fakeBrowser.storage.sync.set({ theme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).toHaveLength(2);
  });

  it('are put on the page as the data attributes the CSS reads, and the reading steps as its variables', () => {
    const properties: Record<string, string> = {};
    const root = {
      dataset: {} as Record<string, string>,
      style: { setProperty: (name: string, value: string) => (properties[name] = value) },
    } as unknown as HTMLElement;
    applyDisplayPreferences(root, {
      theme: 'dark',
      font: 'hyperlegible',
      textSize: 'xlarge',
      lineWidth: 'wide',
      images: false,
      letterSpacing: 'wide',
      wordSpacing: 'wider',
      lineHeight: 'compact',
      lineFocus: true,
    });
    expect(root.dataset).toEqual({
      theme: 'dark',
      font: 'hyperlegible',
      textSize: 'xlarge',
      lineWidth: 'wide',
      letterSpacing: 'wide',
      wordSpacing: 'wider',
      lineHeight: 'compact',
      lineFocus: 'on',
    });
    // The steps checked against WCAG 1.4.12 (letters up to 0.12em, words up to 0.16em) and the measure.
    expect(properties).toEqual({
      '--text-scale': '1.3',
      '--measure': '56rem',
      '--letter-spacing': '0.06em',
      '--word-spacing': '0.32em',
      '--line-height': '1.4',
    });
  });
});
