import { it } from 'vitest';
import { parseClobberedDocument, protoGet } from '../helpers/clobber-dom';
import { ARTICLE_URL, buildArticlePage } from '../helpers/article-page';
import { CLOBBERING_NAMES } from '../helpers/hostile-html';
it('dbg', () => {
  for (const name of [...CLOBBERING_NAMES.filter(n => n !== 'location'), 'ownerDocument', 'readyState', 'characterSet', 'contentType', 'doctype', 'domain']) {
    const t = performance.now();
    const doc = parseClobberedDocument(buildArticlePage({ betweenParagraphs: `<form name="${name}"></form>` }), ARTICLE_URL, [name]);
    const v = (doc as any)[name];
    const body = protoGet(doc, 'body') as HTMLElement;
    const el = body.querySelector('form');
    console.log(name, v === el, Math.round(performance.now() - t));
  }
});
