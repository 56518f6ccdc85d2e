/**
 * The official CSL styles and locales bundled in `./csl/` (CC BY-SA 3.0, from
 * citation-style-language/styles and /locales; see ./csl/LICENSE.md). Only
 * names live here; reading the files is the caller's job (the CLI reads them
 * from disk, the extension loads them on demand), so this module stays pure.
 */

export type CslStyleName = 'apa' | 'mla' | 'chicago' | 'harvard' | 'ieee';

/** Menu and CLI names, in menu order, mapped to the official style ids (file names without `.csl`). */
export const CSL_STYLE_FILES: Readonly<Record<CslStyleName, string>> = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-notes-bibliography',
  harvard: 'harvard-cite-them-right',
  ieee: 'ieee',
};

export const CSL_STYLE_NAMES = Object.keys(CSL_STYLE_FILES) as CslStyleName[];

export type ExportFormat = 'csl-json' | 'ris' | 'bibtex';
/** A built-in citation choice: a bundled CSL style, an export for reference managers, or the Markdown link line. */
export type CitationStyle = CslStyleName | ExportFormat | 'markdown';

/** Every built-in choice, in menu order. */
export const CITATION_STYLES: readonly CitationStyle[] = [...(Object.keys(CSL_STYLE_FILES) as CslStyleName[]), 'bibtex', 'markdown', 'csl-json', 'ris'];

export function isCitationStyle(value: unknown): value is CitationStyle {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

export function isCslStyleName(value: unknown): value is CslStyleName {
  return typeof value === 'string' && Object.hasOwn(CSL_STYLE_FILES, value);
}

/** The bundled locales; any other tag falls back to the nearest of these (citeproc then to en-US). */
export const BUNDLED_LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
export type BundledLocale = (typeof BUNDLED_LOCALES)[number];

/** The bundled locale for a BCP 47 tag: exact match, else same language, else null. */
export function bundledLocaleFor(tag: string | null | undefined): BundledLocale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = BUNDLED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return BUNDLED_LOCALES.find((l) => l.toLowerCase().startsWith(`${language}-`)) ?? null;
}

/** A CSL locale tag as citeproc wants it (`en-US`), or null when the text is not one. */
export function normalizeLocaleTag(tag: string): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(tag.trim());
  if (!match) return null;
  return match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
}

/** True for the outputs pasted into plain fields (records and the Markdown line); the styles italicize. */
export function isPlainOutput(style: CitationStyle): boolean {
  return !isCslStyleName(style);
}
