import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf, renderMessage } from '../helpers/chrome-i18n';
import type { Catalog } from '../helpers/chrome-i18n';

/**
 * The interface catalogs (public/_locales): every language has every
 * message with the same placeholders, messages the manifest names exist,
 * and text meant for a badge fits one.
 */

const LOCALES_DIR = join(__dirname, '..', '..', 'public', '_locales');
const load = (lang: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalog;
const english = load('en');
const languages = readdirSync(LOCALES_DIR).filter((name) => name !== 'en');

describe('the catalogs', () => {
  it('ship English (the default locale) and German at least', () => {
    expect(languages).toContain('de');
  });

  it.each(languages)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(load(lang)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(languages)('%s uses the same placeholders as English in every message', (lang) => {
    const catalog = load(lang);
    for (const [key, entry] of Object.entries(english)) {
      expect(new Set(placeholdersOf(catalog[key])), key).toEqual(new Set(placeholdersOf(entry)));
      for (const name of placeholdersOf(catalog[key])) {
        expect(catalog[key].placeholders?.[name]?.content, `${lang}:${key} $${name}$`).toBe(entry.placeholders?.[name]?.content);
      }
    }
  });

  it.each(['en', ...languages])('%s names its own language in uiLanguage (the page’s lang attribute)', (lang) => {
    expect(load(lang).uiLanguage.message).toBe(lang);
  });

  it('has every message the manifest refers to with __MSG_name__', () => {
    const config = readFileSync(join(__dirname, '..', '..', 'wxt.config.ts'), 'utf8');
    const html = ['popup', 'options', 'reader'].map((name) => readFileSync(join(__dirname, '..', '..', 'entrypoints', name, 'index.html'), 'utf8')).join('\n');
    const names = [...`${config}\n${html}`.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(english[name], name).toBeDefined();
  });

  it('keeps badge texts within the four characters a badge shows', () => {
    for (const lang of ['en', ...languages]) {
      const catalog = load(lang);
      for (const key of ['badgeAggregatorText', 'badgeCopiedText']) expect([...catalog[key].message].length).toBeLessThanOrEqual(4);
    }
  });

  it('keeps the extension name and description within the stores’ limits', () => {
    for (const lang of ['en', ...languages]) {
      const catalog = load(lang);
      expect(catalog.extName.message.length).toBeLessThanOrEqual(45);
      expect(catalog.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('the test stand-in for i18n.getMessage (tests/helpers/chrome-i18n.ts)', () => {
  it('fills placeholders from substitutions as Chrome does', () => {
    expect(renderMessage(english, 'badgeAggregatorTitle', ['Business Insider'])).toBe('Aggregator page: the original is Business Insider');
    expect(renderMessage(english, 'copyFailed', ['text', 'boom'])).toBe('The text could not be copied (boom).');
    expect(renderMessage(english, 'no-such-key')).toBe('');
  });
});
