import { useEffect, useState } from 'preact/hooks';
import { applyDisplayPreferences, DEFAULT_DISPLAY, watchDisplayPreferences } from '../utils/preferences';
import type { DisplayPreferences } from '../utils/preferences';

/**
 * The display preferences of an open popup or reader view: starts from the
 * values read before the first render (so the page never flashes the wrong
 * theme), follows every change made on the options page at once, and keeps
 * them on `root` as the attributes the CSS reads.
 */
export function useDisplayPreferences(root: HTMLElement | null, initial: DisplayPreferences = DEFAULT_DISPLAY): DisplayPreferences {
  const [prefs, setPrefs] = useState<DisplayPreferences>(initial);

  useEffect(() => watchDisplayPreferences((change) => setPrefs((current) => ({ ...current, ...change }))), []);

  useEffect(() => {
    if (root) applyDisplayPreferences(root, prefs);
  }, [root, prefs]);

  return prefs;
}
