import type { Article } from '../core/extract/types';
import type { CitationStyle } from '../core/format/index';
import type { FormatContext } from '../core/format/context';
import { renderCitation } from './citation-loader';

/**
 * The one place the highlights feature calls the citation engine, so a new
 * engine changes this function and nothing else. Answers the citation as
 * Markdown (highlights are copied as Markdown), with the archived copy the
 * reader added, when there is one.
 */
export async function citeForHighlights(article: Article, style: CitationStyle, ctx: FormatContext, archiveUrl: string | null): Promise<string> {
  const citation = await renderCitation(article, style, ctx, article.lang ?? 'en-US');
  const plain = style === 'bibtex' || style === 'ris' || style === 'csl-json' || style === 'markdown';
  const text = plain ? citation.text : citation.markdown;
  if (!archiveUrl || plain) return text;
  return `${text.trimEnd()} Archived at ${archiveUrl}`;
}
