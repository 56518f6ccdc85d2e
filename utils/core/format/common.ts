import type { Article } from '../extract/types';
import type { Attribution } from './attribution';
import { directName, parseByline, type Contributor } from './authors';
import { readBlocks, type Block } from './blocks';
import type { FormatContext } from './context';
import { formatLongDate } from './dates';

/** The contributors of an article, with the outlet's credit to itself removed. */
export function contributorsOf(article: Article): Contributor[] {
  return parseByline(article.byline, [article.source?.name, article.site.name, article.aggregator?.name]);
}

/** "Jane Doe", "Jane Doe and John Roe", "A, B, and C"; null when nobody but the outlet is credited. */
export function bylineText(article: Article): string | null {
  const names = contributorsOf(article).map((c) => (c.kind === 'person' ? directName(c) : c.name));
  if (names.length === 0) return null;
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** The publication date as `6 June 2025`, or `accessed 29 November 2026` when the article has none. */
export function dateText(attribution: Attribution): string {
  return attribution.published ? formatLongDate(attribution.published) : `accessed ${formatLongDate(attribution.accessed)}`;
}

export function bodyBlocks(article: Article, ctx: FormatContext, images: boolean): Block[] {
  return readBlocks(article.contentHtml ?? '', ctx.parseHtml, { baseUrl: article.url || null, images });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
