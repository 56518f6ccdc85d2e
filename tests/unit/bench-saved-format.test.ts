import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { saveAsMercuryDid } from '../../scripts/bench/saved-format';
import { extractArticle } from '../../utils/core/extract';
import { PARAS } from '../helpers/extract-stages';

/** The saved-format bench's copy of a page: what it changes, and that the core reads both alike. */
const PAGE = `<!DOCTYPE html><html><head><title>Ferry fares rise – Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily"><meta name="author" content="Jane Roe">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise"}</script><style>p{color:red}</style></head>
<body><!-- a comment --><form><input name="q"></form><article><h1>Ferry fares rise</h1><p class="byline">By Jane Roe</p>
${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>Café prices, too: 5 €.</p></article></body></html>`;

describe('saveAsMercuryDid (scripts/bench/saved-format.ts)', () => {
  const copy = saveAsMercuryDid(PAGE);

  it('renames meta content to value and property to name, and drops scripts, styles, forms and comments', () => {
    expect(copy).toContain('<meta name="og:site_name" value="Harbour Daily">');
    expect(copy).not.toMatch(/<script|<style|<form|<!--|content="/);
  });

  it('writes every non-ASCII character as a character reference', () => {
    expect(copy).toMatch(/^[\x00-\x7f]*$/);
    expect(copy).toContain('Caf&#xE9; prices, too: 5 &#x20AC;.');
  });

  it('leaves the core the same outlet, byline and text to find', () => {
    const url = 'https://www.harbour-daily.example/news/ferry-fares';
    const [saved, copied] = [PAGE, copy].map((html) => extractArticle(parseHtmlDocument(html), url));
    expect(saved.ok && copied.ok).toBe(true);
    if (!saved.ok || !copied.ok) return;
    expect([copied.article.source?.name, copied.article.byline, copied.article.text]).toEqual([
      saved.article.source?.name,
      saved.article.byline,
      saved.article.text,
    ]);
    expect(copied.article.source?.name).toBe('Harbour Daily');
  });
});
