import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CslAssets } from '../utils/core/format/citation';
import { BUNDLED_LOCALES, CSL_STYLE_FILES, bundledLocaleFor, type CslStyleName } from '../utils/core/format/csl-styles';

/** The bundled CSL files, read from the source tree (no build step needed before the CLI runs). */
const CSL_DIR = (() => {
  const here = new URL('../utils/core/format/csl/', import.meta.url);
  // Under a browser-like test environment the module URL is not a file: the tests run from the repository root.
  return here.protocol === 'file:' ? fileURLToPath(here) : `${resolve('utils/core/format/csl')}/`;
})();

const cache = new Map<string, string>();

function readData(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(CSL_DIR + file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** The path of a bundled style file, e.g. for `--csl` in tests. */
export function bundledStylePath(name: CslStyleName): string {
  return `${CSL_DIR}${CSL_STYLE_FILES[name]}.csl`;
}

/** citeproc asks for locales by tag (`en-US`, also a bare `de`); unknown ones get undefined and it falls back to en-US. */
export function readLocale(tag: string): string | undefined {
  const bundled = (BUNDLED_LOCALES as readonly string[]).includes(tag) ? tag : bundledLocaleFor(tag);
  return bundled ? readData(`locales-${bundled}.xml`) : undefined;
}

export function fileCslAssets(lang = 'en-US'): CslAssets {
  return { style: (name) => readData(`${CSL_STYLE_FILES[name]}.csl`), locale: readLocale, lang };
}
