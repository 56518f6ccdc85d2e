import type { Article } from '../extract/types';

/**
 * What a citation needs from an article. `source` may be null (no outlet could
 * be established): then nothing is credited as the outlet, and the aggregator
 * never stands in for it. `kind` is the outlet's kind when known
 * (`newspaper`, `magazine`, `wire`, `broadcaster`, ...).
 */
export interface CitableSource {
  name: string;
  url: string | null;
  kind?: string | null;
}

export type CitableArticle = Pick<Article, 'title' | 'byline' | 'lang' | 'publishedTime' | 'url' | 'canonicalUrl' | 'site' | 'aggregator'> & {
  source: CitableSource | null;
  /** The original article's address when it is known but no outlet name survived. */
  originalUrl?: string | null;
};
