/**
 * Pure formatters for copying and citing an article. No `window`, `document`
 * or `browser`: the caller passes the access date and an HTML parser.
 */
export type { FormatContext, MarkdownOptions, RichHtmlOptions } from './context';
export { formatText } from './text';
export { formatMarkdown } from './markdown';
export { formatRichHtml } from './rich-html';
export { formatCitation, formatQuoteWithCitation, CITATION_STYLES, type Citation, type CitationStyle } from './citation';
export { cleanUrl } from '../domain/clean-url';
