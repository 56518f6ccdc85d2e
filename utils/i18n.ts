import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/**
 * Interface text comes from `public/_locales/<lang>/messages.json` through the
 * browser's own `i18n` API, so the extension speaks the browser's language
 * and stores can list the translations. Article text is never translated:
 * it keeps its own `lang` and `dir`.
 */

/** A key of the English catalog (the default locale); the compiler rejects unknown keys. */
export type MessageKey = Exclude<keyof typeof english, `@@${string}`>;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** The text for `key` in the interface language, with `$1`, `$2`... filled in. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- getMessage does not use `this`.
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  const text = getMessage(key, substitutions.length ? substitutions.map(String) : undefined);
  // An empty answer means a catalog is missing the key: showing the key beats showing nothing.
  return text || key;
}

/**
 * The language the interface text is in (`en`, `de`, ...), for `<html lang>`
 * and dates. Read from the catalog itself (`uiLanguage` in each
 * messages.json): the browser's own language (`getUILanguage`) may be one we
 * have no catalog for, and then the text is English, not that language.
 */
export function uiLanguage(): string {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- getMessage does not use `this`.
  const getMessage = browser.i18n.getMessage as unknown as GetMessage;
  try {
    return getMessage('uiLanguage') || 'en';
  } catch {
    return 'en';
  }
}

/** Sets the page's language and direction to the interface's (the article sets its own on its elements). */
export function applyUiLocale(root: HTMLElement): void {
  root.lang = uiLanguage();
  const dir = (browser.i18n.getMessage as unknown as GetMessage)('@@bidi_dir');
  root.dir = dir === 'rtl' ? 'rtl' : 'ltr';
}
