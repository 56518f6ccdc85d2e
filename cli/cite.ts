import { readFileSync } from 'node:fs';
import type { Article } from '../utils/core/extract/types';
import { citeWithStyle, formatCitation, type CslAssets } from '../utils/core/format/citation';
import { CslStyleError } from '../utils/core/format/csl-engine';
import { isCitationStyle, normalizeLocaleTag, type CitationStyle } from '../utils/core/format/csl-styles';
import type { FormatContext } from '../utils/core/format/context';
import { UsageError, readCommandWords } from './args';

/**
 * `cite <file.html|-> --url URL --style STYLE [--csl FILE.csl] [--accessed YYYY-MM-DD] [--locale TAG]`
 * (CONTRACT.md section 1): the citation of the article's original and nothing else.
 */

export const CITE_STYLES = ['apa', 'mla', 'chicago', 'harvard', 'ieee', 'csl', 'csl-json', 'ris', 'bibtex'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export interface CiteArgs {
  file: string;
  url: string | null;
  style: CiteStyle;
  csl: string | null;
  accessed: Date | null;
  locale: string;
}

/** `YYYY-MM-DD` as that calendar day (noon UTC, so no zone can move it), or null when it is not a real date. */
export function parseAccessDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export function parseCiteArgs(rest: string[]): CiteArgs {
  let style: string | null = null;
  const args: Omit<CiteArgs, 'file' | 'style'> = { url: null, csl: null, accessed: null, locale: 'en-US' };
  const file = readCommandWords(rest, (name, value) => {
    if (name === '--url') args.url = value();
    else if (name === '--style') style = value();
    else if (name === '--csl') args.csl = value();
    else if (name === '--accessed') {
      const v = value();
      args.accessed = parseAccessDate(v);
      if (!args.accessed) throw new UsageError(`--accessed wants a real date as YYYY-MM-DD, not "${v}"`);
    } else if (name === '--locale') {
      const v = value();
      const tag = normalizeLocaleTag(v);
      if (!tag) throw new UsageError(`--locale wants a language tag such as en-US, not "${v}"`);
      args.locale = tag;
    } else return false;
    return true;
  });
  if (!file) throw new UsageError('missing page file');
  // `--csl FILE` alone means `--style csl`.
  if (style === null && args.csl) style = 'csl';
  if (style === null) throw new UsageError(`missing --style (${CITE_STYLES.join('|')})`);
  if (!(CITE_STYLES as readonly string[]).includes(style)) throw new UsageError(`unknown style "${style}" (${CITE_STYLES.join('|')})`);
  if (style === 'csl' && !args.csl) throw new UsageError('--style csl needs --csl FILE.csl');
  if (style !== 'csl' && args.csl) throw new UsageError(`--csl goes with --style csl, not --style ${style}`);
  return { file, style: style as CiteStyle, ...args };
}

/** The bytes of the user's style file; a missing file is an IO error, not a style error. */
export function readStyleFile(path: string): string {
  return readFileSync(path, 'utf8');
}

/**
 * Renders the citation. Throws `CslStyleError` when the style cannot be used,
 * with a message the user can act on.
 */
export function renderCite(article: Article, args: CiteArgs, assets: CslAssets, styleXml: string | null): string {
  const ctx: FormatContext = {
    accessedAt: args.accessed ?? new Date(),
    // The citation never reads the body: no parser is needed.
    parseHtml: () => {
      throw new Error('cite reads no HTML');
    },
    timeZone: 'UTC',
    csl: assets,
  };
  if (args.style === 'csl') {
    if (styleXml === null) throw new CslStyleError('No style file was given.');
    return citeWithStyle(article, styleXml, ctx).text;
  }
  const style: CitationStyle = args.style;
  if (!isCitationStyle(style)) throw new CslStyleError(`Unknown style ${String(style)}`);
  return formatCitation(article, style, ctx).text;
}
