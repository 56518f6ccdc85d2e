import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyUiLocale, t } from '../../utils/i18n';
import { ALL_SITES } from '../../utils/host-access';
import {
  aggregatorDetectionItem,
  applyDisplayPreferences,
  checkCustomStyles,
  citationStyleItem,
  customStylesItem,
  isCitationChoice,
  readCustomStyles,
  readDisplayPreferences,
} from '../../utils/preferences';
import { validateStyleFile } from '../../utils/ui/citation-loader';
import { Options } from './Options';
import type { OptionsServices } from './Options';
import './style.css';

const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');

const services: OptionsServices = {
  citationStyle: {
    get: async () => {
      const value = await citationStyleItem.getValue();
      return isCitationChoice(value) ? value : citationStyleItem.fallback;
    },
    set: (style) => citationStyleItem.setValue(style),
    watch: (cb) => citationStyleItem.watch((value) => isCitationChoice(value) && cb(value)),
  },
  customStyles: {
    get: readCustomStyles,
    set: (styles) => customStylesItem.setValue(styles),
    watch: (cb) => customStylesItem.watch((value) => cb(checkCustomStyles(value))),
    validate: validateStyleFile,
  },
  detection: {
    get: async () => (await aggregatorDetectionItem.getValue()) && (await browser.permissions.contains({ origins: ALL_SITES })),
    set: async (on) => {
      if (on) {
        // First thing in the click: the browser shows its permission prompt only inside a user gesture.
        const granted = await browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
        if (!granted) return { on: false, note: 'detectDenied' };
        await aggregatorDetectionItem.setValue(true);
        return { on: true, note: null };
      }
      await aggregatorDetectionItem.setValue(false);
      // Refused when the access is not optional (a build that requires it); detection is off all the same.
      const removed = await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
      return { on: false, note: removed ? null : 'detectAccessKept' };
    },
    watch: (cb) => {
      const unwatch = aggregatorDetectionItem.watch(cb);
      browser.permissions.onAdded.addListener(cb);
      browser.permissions.onRemoved.addListener(cb);
      return () => {
        unwatch();
        browser.permissions.onAdded.removeListener(cb);
        browser.permissions.onRemoved.removeListener(cb);
      };
    },
  },
  shortcuts: async () => (await browser.commands.getAll()) ?? [],
  shortcutsHint: isFirefox ? 'shortcutsHintFirefox' : 'shortcutsHintChrome',
};

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const html = document.documentElement;
  applyUiLocale(html);
  document.title = t('optionsTitle');
  const preferences = await readDisplayPreferences();
  applyDisplayPreferences(html, preferences);
  render(<Options services={services} initialPreferences={preferences} root={html} />, root);
}

void start();
