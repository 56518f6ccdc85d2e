import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { saveDisplayPreference } from '../../utils/preferences';
import type { DisplayPreferences } from '../../utils/preferences';
import { ReadingComfort } from '../options/ReadingComfort';

/** The reading-comfort controls of the reader view, folded; a change is saved and synced like the options page's. */
export function ReadingControls({ prefs }: { prefs: DisplayPreferences }) {
  return (
    <details class="reader-tools__comfort">
      <summary class="panel__heading">{t('readingComfortLegend')}</summary>
      <ReadingComfort prefs={prefs} onSave={(key, value) => void saveDisplayPreference(key, value).catch(() => {})} idPrefix="reader-comfort" />
    </details>
  );
}

/**
 * Line focus: marks the paragraph being read (aloud, or at the reading line
 * 40% down the window) with `data-current`; the CSS dims the others.
 */
export function useLineFocus(body: HTMLElement | null, enabled: boolean, spoken: HTMLElement | null, win: Window): void {
  useEffect(() => {
    if (!body || !enabled) return;
    let frame = 0;
    const setCurrent = (block: Element | null) => {
      body.querySelectorAll('[data-current]').forEach((el) => el !== block && el.removeAttribute('data-current'));
      block?.setAttribute('data-current', '');
    };
    const update = () => {
      frame = 0;
      if (spoken) return setCurrent(spoken);
      const line = win.innerHeight * 0.4;
      const blocks = Array.from(body.querySelectorAll('[data-reading-block]'));
      const current = blocks.find((b) => b.getBoundingClientRect().bottom >= line) ?? blocks.at(-1) ?? null;
      setCurrent(current);
    };
    const onScroll = () => {
      if (!frame) frame = win.requestAnimationFrame(update);
    };
    update();
    win.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      win.removeEventListener('scroll', onScroll);
      if (frame) win.cancelAnimationFrame(frame);
      setCurrent(null);
    };
  }, [body, enabled, spoken, win]);
}
