import { it } from 'vitest';
import { ARTICLE_PARAGRAPHS, ARTICLE_URL, buildArticlePage } from '../helpers/article-page';
import { runCliPipeline } from '../helpers/run-pipeline';
import { loadCorpusVectors } from '../helpers/xss-corpus';
it('x', () => {
  const c = loadCorpusVectors()!;
  const tail = ARTICLE_PARAGRAPHS[7].slice(0, 60);
  for (const v of [...c.dompurify, ...c.h5sc]) for (const place of ['betweenParagraphs', 'insideParagraph']) {
    const { result, output } = runCliPipeline(buildArticlePage({ [place]: v.payload }), ARTICLE_URL);
    if (result.ok && result.article.contentHtml.includes(tail) && !output!.contentHtml.includes(tail)) console.log(v.name, place, JSON.stringify(v.payload.slice(0, 100)), '\nRAW', result.article.contentHtml.slice(result.article.contentHtml.indexOf('Conservation')-300, result.article.contentHtml.indexOf('Conservation')+50));
  }
});
