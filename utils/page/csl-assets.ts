import type { CslAssets } from '../core/format/citation';
import { BUNDLED_LOCALES, CSL_STYLE_FILES, bundledLocaleFor } from '../core/format/csl-styles';

/**
 * The bundled CSL files for the content script. A content script is a classic
 * script (no dynamic chunks), so the styles are inlined; it is injected only on
 * the user's click, never on page load.
 */
const FILES: Record<string, string> = import.meta.glob<string>('../core/format/csl/*.{csl,xml}', { query: '?raw', import: 'default', eager: true });

function fileText(name: string): string | undefined {
  return FILES[`../core/format/csl/${name}`];
}

export function inlinedCslAssets(lang = 'en-US'): CslAssets {
  return {
    style: (name) => {
      const xml = fileText(`${CSL_STYLE_FILES[name]}.csl`);
      if (xml === undefined) throw new Error(`The ${name} style is not bundled.`);
      return xml;
    },
    locale: (tag) => {
      const bundled = (BUNDLED_LOCALES as readonly string[]).includes(tag) ? tag : bundledLocaleFor(tag);
      return bundled ? fileText(`locales-${bundled}.xml`) : undefined;
    },
    lang,
  };
}
