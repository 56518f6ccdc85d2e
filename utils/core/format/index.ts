/**
 * Pure formatters for copying and citing an article. No `window`, `document`
 * or `browser`: the caller passes the access date, an HTML parser and, for
 * CSL styles, the style files. The CSL engine itself is in `./citation`,
 * imported separately so that pages which never cite do not load it.
 */
export type { FormatContext, MarkdownOptions, RichHtmlOptions } from './context';
export { formatText } from './text';
export { formatMarkdown } from './markdown';
export { formatRichHtml } from './rich-html';
export type { CitableArticle, CitableSource } from './citable';
export { cleanUrl } from '../domain/clean-url';
export { CITATION_STYLES, CSL_STYLE_FILES, CSL_STYLE_NAMES, isCitationStyle, isCslStyleName, isPlainOutput } from './csl-styles';
export type { CitationStyle, CslStyleName, ExportFormat } from './csl-styles';
export type { Citation, CslAssets } from './citation';
