/**
 * What every formatter needs besides the article. The caller supplies the HTML
 * parser (DOMParser in the popup, linkedom or jsdom in Node) so this module
 * never reaches for `document` or `window`.
 */
import type { CslAssets } from './citation';

export interface FormatContext {
  /** When the reader saw the page: the access date of citations that need one, and BibTeX `urldate`. */
  accessedAt: Date;
  /** Parses an HTML fragment; the returned node's children are the fragment's top-level nodes. */
  parseHtml: (html: string) => ParentNode;
  /**
   * IANA zone used to turn `accessedAt` into a calendar date (the popup passes the
   * reader's own zone). Default `UTC`, so output never depends on the machine's zone.
   */
  timeZone?: string;
  /** The CSL styles and locales, for citations in a CSL style (loaded only when one is asked for). */
  csl?: CslAssets;
}

export interface MarkdownOptions {
  /** `inline` (default): `[text](url)`; `reference`: `[text][1]` with numbered definitions at the end. */
  linkStyle?: 'inline' | 'reference';
  /** Keep images (default true). */
  images?: boolean;
}

export interface RichHtmlOptions {
  /** Keep images (default true). */
  images?: boolean;
}
