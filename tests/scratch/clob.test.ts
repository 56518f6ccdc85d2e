import { it, expect } from 'vitest';
import { parseClobberedDocument } from '../helpers/clobber-dom';
import { buildArticlePage, ARTICLE_URL } from '../helpers/article-page';
import { extractArticle } from '../../utils/extract';
const NAMES = ['getElementsByTagName','querySelectorAll','querySelector','body','URL','title','forms','cloneNode','documentElement','implementation','createElement','head','images','links','getElementById','defaultView','baseURI','childNodes','firstChild','nodeType','createTreeWalker','importNode','contains'];
for (const n of NAMES) for (const tag of ['form','img','embed','object','iframe']) {
  it(`${tag} ${n}`, () => {
    const html = buildArticlePage({ betweenParagraphs: `<${tag} name="${n}"></${tag}>` });
    const doc = parseClobberedDocument(html, ARTICLE_URL, NAMES);
    expect((doc as any)[n]?.localName).toBe(tag);
    const r = extractArticle(doc, ARTICLE_URL);
    expect(r.ok ? 'ok' : r.code + ' ' + r.message).toBe('ok');
  });
}
