import { describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { extractArticle, type ExtractDiagnostics } from '../../utils/core/extract';
import { ARTICLE_PARAGRAPHS, ARTICLE_URL, buildArticlePage } from '../helpers/article-page';

// Readability assumes a tree as a browser builds it; on some others it throws ("Cannot read
// properties of null (reading 'tagName')" walking up to a <body> it never finds).
vi.mock('../../utils/core/extract/readability', () => ({
  runReadability: () => {
    throw new TypeError("Cannot read properties of null (reading 'tagName')");
  },
}));

describe('when Readability throws', () => {
  it('the story still comes back, from the densest block, and the result says what was replaced', () => {
    let diagnostics: ExtractDiagnostics | undefined;
    const result = extractArticle(parseHtmlDocument(buildArticlePage()), ARTICLE_URL, { onDiagnostics: (d) => (diagnostics = d) });
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(result.article.text).toContain(paragraph);
    expect(result.article.title).toBe('Council approves Carrow Harbour dredging plan');
    expect(diagnostics?.degraded.some((line) => line.startsWith('readability: failed'))).toBe(true);
  });
});
