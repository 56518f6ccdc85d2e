import type { Citation, CslAssets } from '../core/format/citation';
import type { FormatContext } from '../core/format/context';
import type { CitableArticle } from '../core/format/citable';
import { BUNDLED_LOCALES, CSL_STYLE_FILES, type CitationStyle, type CslStyleName } from '../core/format/csl-styles';
import { customStyleFor, isCitationStyle, type CitationChoice, type CustomStyle } from '../preferences';

/**
 * The CSL engine and style files for the popup and reader, loaded only when a
 * citation is asked for: citeproc-js and the styles are separate chunks
 * (dynamic `import()`), so opening the popup costs nothing extra.
 */

const styleFiles = import.meta.glob('../core/format/csl/*.csl', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const localeFiles = import.meta.glob('../core/format/csl/locales-*.xml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

const loaded = new Map<string, string>();

async function loadFile(files: Record<string, () => Promise<string>>, name: string): Promise<string> {
  const path = `../core/format/csl/${name}`;
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  const load = files[path];
  if (!load) throw new Error(`missing CSL file ${name}`);
  const text = await load();
  loaded.set(path, text);
  return text;
}

/** Assets with the given style and the en-US locale (citeproc's fallback) loaded; `lang` too when bundled. */
async function assetsFor(style: CslStyleName | null, lang: string): Promise<CslAssets> {
  const wanted = new Set<string>(['en-US', lang].filter((l) => (BUNDLED_LOCALES as readonly string[]).includes(l)));
  await Promise.all([...wanted].map((l) => loadFile(localeFiles, `locales-${l}.xml`)));
  if (style) await loadFile(styleFiles, `${CSL_STYLE_FILES[style]}.csl`);
  return {
    style: (name) => {
      const xml = loaded.get(`../core/format/csl/${CSL_STYLE_FILES[name]}.csl`);
      if (xml === undefined) throw new Error(`style ${name} not loaded`);
      return xml;
    },
    locale: (tag) => loaded.get(`../core/format/csl/locales-${tag}.xml`) ?? loaded.get('../core/format/csl/locales-en-US.xml'),
    lang,
  };
}

/** Renders a built-in style or export; loads the engine on first use. */
export async function renderCitation(article: CitableArticle, style: CitationStyle, ctx: FormatContext, lang = 'en-US'): Promise<Citation> {
  const engine = await import('../core/format/citation');
  const cslStyle = Object.keys(CSL_STYLE_FILES).includes(style) ? (style as CslStyleName) : null;
  return engine.formatCitation(article, style, { ...ctx, csl: await assetsFor(cslStyle, lang) });
}

/** Renders with a style file of the reader's own. */
export async function renderWithStyleFile(article: CitableArticle, xml: string, ctx: FormatContext, lang = 'en-US'): Promise<Citation> {
  const engine = await import('../core/format/citation');
  return engine.citeWithStyle(article, xml, { ...ctx, csl: await assetsFor(null, lang) });
}

/** Checks a style file the reader brings; resolves to its title and a sample entry, or rejects with a message. */
export async function validateStyleFile(xml: string): Promise<{ title: string; sample: string }> {
  const [{ validateStyle }, assets] = await Promise.all([import('../core/format/csl-engine'), assetsFor(null, 'en-US')]);
  return validateStyle(xml, assets.locale);
}

/**
 * Renders the reader's citation choice: a built-in style, or a style file of
 * their own. A choice whose file is not kept here (removed, or synced from
 * another computer) is rendered in APA, and `style` says so.
 */
export async function renderChoice(
  article: CitableArticle,
  choice: CitationChoice,
  styles: readonly CustomStyle[],
  ctx: FormatContext,
  lang = 'en-US',
): Promise<{ citation: Citation; style: CitationStyle | CustomStyle }> {
  const file = customStyleFor(choice, styles);
  if (file) return { citation: await renderWithStyleFile(article, file.xml, ctx, lang), style: file };
  const style: CitationStyle = isCitationStyle(choice) ? choice : 'apa';
  return { citation: await renderCitation(article, style, ctx, lang), style };
}
