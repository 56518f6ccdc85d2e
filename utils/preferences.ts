import { storage } from 'wxt/utils/storage';
import { CITATION_STYLES as FORMAT_STYLES } from './format/index';
import type { CitationStyle } from './format/index';

/**
 * The reader's choices that outlive a popup. Synced, so a reader's citation
 * style follows them to another computer; the options page (issue 6) edits
 * the same items.
 */

/** The styles the formatter knows, in menu order. */
export const CITATION_STYLES: readonly CitationStyle[] = FORMAT_STYLES;

export type CitationStyleName = CitationStyle;

/** Labels for menus, in the order of `CITATION_STYLES`. */
export const CITATION_STYLE_LABELS: Record<CitationStyleName, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  markdown: 'Markdown link',
};

export function isCitationStyle(value: unknown): value is CitationStyleName {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

/** The style "Copy citation" uses; `apa` until the reader picks another. */
export const citationStyleItem = storage.defineItem<CitationStyleName>('sync:citationStyle', { fallback: 'apa' });
