import type { Article } from '../../../utils/core/extract/types';

/** A complete Article from the fields a case cares about; the rest stays empty. */
export function makeArticle(fields: Partial<Article> & Pick<Article, 'title' | 'url'>): Article {
  return {
    byline: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    publishedTime: null,
    canonicalUrl: null,
    site: { name: '', url: null },
    source: { name: '', url: null },
    aggregator: null,
    contentHtml: '<p>Body.</p>',
    text: 'Body.',
    links: [],
    related: [],
    wordCount: 1,
    readingMinutes: 1,
    ...fields,
  };
}

/** A publisher's own page: site and source are the same outlet, no aggregator. */
export function publisherPage(name: string, home: string): Pick<Article, 'site' | 'source' | 'aggregator'> {
  return { site: { name, url: home }, source: { name, url: home }, aggregator: null };
}
