import { it, expect } from 'vitest';
import { parseClobberedDocument } from '../helpers/clobber-dom';
import { buildArticlePage, ARTICLE_URL } from '../helpers/article-page';
import { extractArticle } from '../../utils/extract';
const NAMES = ['getElementsByTagName','querySelectorAll','querySelector','body','documentElement'];
it('gebtn', () => {
  const doc = parseClobberedDocument(buildArticlePage({ betweenParagraphs: '<img name="getElementsByTagName">' }), ARTICLE_URL, NAMES);
  console.log(extractArticle(doc, ARTICLE_URL));
});
it('combo', () => {
  const doc = parseClobberedDocument(buildArticlePage({ betweenParagraphs: '<form name="documentElement"></form><img name="querySelectorAll">' }), ARTICLE_URL, NAMES);
  const r = extractArticle(doc, ARTICLE_URL); console.log(r.ok ? 'ok '+r.article.text.length : r);
});
it('size bypass', () => {
  const big = '<div>x</div>'.repeat(45000);
  const plain = parseClobberedDocument(buildArticlePage({ betweenParagraphs: big }), ARTICLE_URL, NAMES);
  const r0 = extractArticle(plain, ARTICLE_URL); console.log('plain', r0.ok ? 'ok' : r0.code);
  const doc = parseClobberedDocument(buildArticlePage({ inHead: '', betweenParagraphs: big + '<form name="documentElement"></form>' }), ARTICLE_URL, NAMES);
  const t = performance.now();
  const r = extractArticle(doc, ARTICLE_URL); console.log('clobbered', r.ok ? 'ok' : r.code, performance.now() - t);
}, 60000);
