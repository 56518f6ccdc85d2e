import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { renderMessage } from '../helpers/chrome-i18n';

/**
 * WXT's fake browser leaves `i18n` unimplemented. Components get their words
 * through `browser.i18n.getMessage`, so unit tests answer it from the real
 * English catalog, the way Chrome does: a test sees the text users see.
 */
const i18n = fakeBrowser.i18n as unknown as {
  getMessage: (key: string, substitutions?: string | string[]) => string;
  getUILanguage: () => string;
};
i18n.getMessage = (key, substitutions) => renderMessage(english, key, substitutions);
i18n.getUILanguage = () => 'en';
