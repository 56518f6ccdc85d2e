import type { Article } from '../core/extract/types';
import { formatCitation } from '../core/format/index';
import type { CitationStyle } from '../core/format/index';
import type { FormatContext } from '../core/format/context';

/**
 * The one place the highlights feature calls the citation engine, so a new
 * engine changes this function and nothing else. Answers the citation as
 * Markdown (highlights are copied as Markdown), with the archived copy the
 * reader added, when there is one.
 */
export function citeForHighlights(article: Article, style: CitationStyle, ctx: FormatContext, archiveUrl: string | null): string {
  const citation = formatCitation(article, style, ctx);
  const text = style === 'bibtex' || style === 'markdown' ? citation.text : citation.markdown;
  if (!archiveUrl || style === 'bibtex') return text;
  return `${text.trimEnd()} Archived at ${archiveUrl}`;
}
