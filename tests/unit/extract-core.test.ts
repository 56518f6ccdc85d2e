import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { extractArticle, type ExtractDiagnostics } from '../../utils/core/extract';
import type { ExtractResult } from '../../utils/core/extract/types';
import { ARTICLE_PARAGRAPHS, ARTICLE_URL, buildArticlePage } from '../helpers/article-page';
import { PAGE_PARSERS } from '../helpers/extract-doms';

/** The `extractArticle` contract, on both DOMs the core runs on. */
const codeOf = (result: ExtractResult) => (result.ok ? 'ok' : result.code);

/** A page that gives every preparing and pruning stage something to change. */
const BUSY_PAGE = buildArticlePage({
  betweenParagraphs:
    '<div id="h"><template shadowrootmode="open"><p>Shadow text <slot></slot></p></template><span>light</span></div>' +
    '<img name="querySelectorAll" src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/a.jpg" alt="lazy">' +
    '<div><button>Story continues</button><div hidden><p>Hidden half of a note.</p></div></div>' +
    '<p>Read also: <a href="/news/2025/06/02/ferry">Ferry operators warn of summer delays</a></p>',
  inHead: '<base href="https://www.harbour-gazette.example/">',
});

/** A clock that reads 0 for its first `calls` readings, then `jump` ms. */
function jumpingClock(calls: number, jump: number): () => number {
  let n = 0;
  return () => (n++ < calls ? 0 : jump);
}

describe.each(Object.keys(PAGE_PARSERS) as Array<keyof typeof PAGE_PARSERS>)('extractArticle on %s', (dom) => {
  const parseDoc = (html: string, url = ARTICLE_URL) => PAGE_PARSERS[dom](html, url);

  it('reads the story, not the script templates in the head (linkedom keeps their content in the tree)', () => {
    // Funke's papers (waz.de, morgenpost.de) ship consent-delayed scripts as <template>s in the head.
    const settings = '<p>Tracking, consent, analytics, push messages, sign-in and other settings, loaded later, when the reader agrees, with their texts.</p>';
    const delayed = `<template data-module-id="UserActionDelayedModule"><div>${settings.repeat(12)}</div></template>`;
    const result = extractArticle(parseDoc(buildArticlePage({ inHead: delayed })), ARTICLE_URL);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    expect(result.article.text).toContain(ARTICLE_PARAGRAPHS[0]);
    expect(result.article.text).toContain(ARTICLE_PARAGRAPHS[ARTICLE_PARAGRAPHS.length - 1]);
    expect(result.article.text).not.toContain('Tracking, consent');
  });

  it('titles the article with the headline on the page, even after Readability has retagged its h1', () => {
    // The Telegraph, Business Insider, Nikkei: the JSON-LD headline is a search title that differs from the
    // visible h1. Readability turns an h1 in the story into an h2 by moving its text to a new element.
    const searchTitle =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Carrow Harbour dredging: what the council vote means for boat owners"}</script>';
    const headline = '<h1>Council approves Carrow Harbour dredging plan</h1>';
    // The headline inside the body container, as on those pages, so Readability's content holds it.
    const page = buildArticlePage({ inHead: searchTitle }).replace(headline, '').replace('<div class="story-body">', `<div class="story-body">${headline}`);
    const result = extractArticle(parseDoc(page), ARTICLE_URL);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    expect(result.article.title).toBe('Council approves Carrow Harbour dredging plan');
  });

  it('extracts the story with its metadata, related links and body links', () => {
    const result = extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    const { article } = result;
    expect(article.title).toBe('Council approves Carrow Harbour dredging plan');
    expect(article.byline).toBe('Tomas Reyes');
    expect(article.publishedTime).toBe('2025-06-06T08:30:00Z');
    expect(article.url).toBe(ARTICLE_URL);
    expect(article.canonicalUrl).toBe(ARTICLE_URL);
    expect(article.site).toEqual({ name: 'The Harbour Gazette', url: 'https://www.harbour-gazette.example/' });
    expect(article.source).toMatchObject({ name: 'The Harbour Gazette', url: ARTICLE_URL });
    expect(article.source?.evidence).toContain('og:site_name');
    expect(article.aggregator).toBeNull();
    expect([article.lang, article.dir]).toEqual(['en', 'ltr']);
    expect(article.excerpt).toBe('The county council approved a plan to dredge the silted channel at Carrow Harbour.');
    // Every paragraph, in order, each its own block.
    const blocks = article.text.split('\n\n');
    const at = ARTICLE_PARAGRAPHS.map((p) => blocks.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(article.text).not.toMatch(/Ferry timetable cut|Privacy|Subscribe/);
    expect(article.links).toEqual([
      { text: 'full decision', href: 'https://www.county-council.example/dredging-plan' },
      { text: 'harbour survey', href: 'https://www.harbour-gazette.example/news/2025/05/harbour-survey' },
    ]);
    expect(article.related).toEqual([
      { title: 'Ferry timetable cut for summer', href: 'https://www.harbour-gazette.example/news/2025/06/05/ferry-timetable', source: null },
      { title: 'Volunteers count birds on the salt marsh', href: 'https://www.harbour-gazette.example/news/2025/06/03/salt-marsh', source: null },
      { title: 'Fish prices fall as landings move up the coast', href: 'https://www.harbour-gazette.example/news/2025/06/01/fish-prices', source: null },
    ]);
    expect(article.wordCount).toBeGreaterThan(250);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
    expect(article.contentHtml).not.toMatch(/<script|<nav|<footer|\son\w+=/i);
  });

  it('never changes the document it is given', () => {
    const doc = parseDoc(BUSY_PAGE);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, ARTICLE_URL);
    expect(codeOf(result)).toBe('ok');
    expect(doc.documentElement.outerHTML).toBe(before);
    // ...while its working copy did change: the shadow root, the lazy image and the hidden half.
    const text = result.ok ? result.article.text : '';
    expect(text).toContain('Shadow text light');
    expect(text).toContain('Hidden half of a note.');
    expect(text).not.toContain('Ferry operators warn');
  });

  it('gives the same article when run twice on one document', () => {
    const doc = parseDoc(BUSY_PAGE);
    expect(extractArticle(doc, ARTICLE_URL)).toEqual(extractArticle(doc, ARTICLE_URL));
  });

  describe('typed failures', () => {
    it('PARSE_ERROR for a document without a document element', () => {
      const doc = parseDoc('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>');
      doc.removeChild(doc.documentElement);
      const result = extractArticle(doc, ARTICLE_URL);
      expect(result).toEqual({ ok: false, code: 'PARSE_ERROR', message: expect.any(String) });
    });

    it('PARSE_ERROR for no document at all', () => {
      expect(codeOf(extractArticle(null as unknown as Document, ARTICLE_URL))).toBe('PARSE_ERROR');
    });

    // html, head, title, body, h1, p: six elements.

    it('never refuses a page for its element count (maxElements has no effect)', () => {
      const result = extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL, { maxElements: 5 });
      expect(codeOf(result)).toBe('ok');
    });

    it('answers 5,000-deep nesting without TOO_LARGE or a stack overflow, and says what it degraded', () => {
      let diagnostics: ExtractDiagnostics | undefined;
      const depth = 5_000;
      const text = 'The only text of the page sits at the bottom of a very deep well of divs, far below the body.';
      const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
      const result = extractArticle(parseDoc(html), ARTICLE_URL, { onDiagnostics: (d) => (diagnostics = d) });
      // jsdom (a test DOM, far slower than a browser's or linkedom at this depth) may run out of budget: still a typed answer.
      expect(dom === 'jsdom' ? ['ok', 'NO_ARTICLE', 'TIMEOUT'] : ['ok', 'NO_ARTICLE']).toContain(codeOf(result));
      if (result.ok) expect(result.article.text).toContain(text);
      if (codeOf(result) !== 'TIMEOUT') expect(diagnostics?.degraded.some((line) => line.startsWith('readability:'))).toBe(true);
    });

    it('reports per-stage time and nothing degraded on an ordinary page', () => {
      let diagnostics: ExtractDiagnostics | undefined;
      extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL, { onDiagnostics: (d) => (diagnostics = d) });
      expect(diagnostics?.degraded).toEqual([]);
      expect(Object.keys(diagnostics?.stageMs ?? {})).toEqual(expect.arrayContaining(['prepare', 'scan', 'prune', 'read', 'attribute']));
    });

    it('chooses between Readability and the body rule by the page, not by the clock', () => {
      // About 1,900 elements of plain prose: far under the bar for Readability's predicted time.
      const filler = '<p>The harbour master read out the <em>tide tables</em> again, <strong>slowly</strong>, for the record.</p>'.repeat(600);
      const page = buildArticlePage({ betweenParagraphs: filler });
      const degradedWith = (now?: () => number) => {
        let diagnostics: ExtractDiagnostics | undefined;
        const result = extractArticle(parseDoc(page), ARTICLE_URL, { now, onDiagnostics: (d) => (diagnostics = d) });
        expect(codeOf(result)).toBe('ok');
        return diagnostics?.degraded ?? [];
      };
      // A machine that seems slow (10 ms between any two clock readings, as under a GC pause) must not change the answer.
      let t = 0;
      const slowClock = () => (t += 10);
      expect(degradedWith(slowClock)).toEqual(degradedWith());
      expect(degradedWith(slowClock).some((line) => line.startsWith('readability:'))).toBe(false);
    });

    it('skips optional stages once the degrade budget is spent, and says so', () => {
      let diagnostics: ExtractDiagnostics | undefined;
      extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL, { now: jumpingClock(2, 1_500), onDiagnostics: (d) => (diagnostics = d) });
      expect(diagnostics?.degraded.some((line) => line.startsWith('prune: skipped'))).toBe(true);
    });

    it.each([1, 2, 3, 4])('TIMEOUT when the clock jumps past the budget after %i readings', (calls) => {
      const result = extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL, { now: jumpingClock(calls, 10_000) });
      expect(result).toEqual({ ok: false, code: 'TIMEOUT', message: expect.stringMatching(/5000 ms/) });
    });

    it('no TIMEOUT when the jump stays within a larger budget', () => {
      const result = extractArticle(parseDoc(buildArticlePage()), ARTICLE_URL, { now: jumpingClock(1, 10_000), timeBudgetMs: 20_000 });
      expect(codeOf(result)).toBe('ok');
    });

    it.each([
      ['an empty body', '<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>'],
      ['a body of white space', '<!DOCTYPE html><html><head><title>Empty</title></head><body>  \n  </body></html>'],
      [
        'a front page of story cards',
        '<!DOCTYPE html><html><head><title>Newsdesk Hub</title></head><body><h1>Today on Newsdesk Hub</h1>' +
          [1, 2, 3, 4].map((n) => `<article><h2><a href="/story/${n}">Story number ${n} of the morning</a></h2><p>A short teaser.</p></article>`).join('') +
          '</body></html>',
      ],
    ])('NO_ARTICLE for %s', (_name, html) => {
      const result = extractArticle(parseDoc(html), ARTICLE_URL);
      expect(result).toMatchObject({ ok: false, code: 'NO_ARTICLE', message: expect.any(String) });
    });

    it("hands back a front page's story links with the refusal", () => {
      const html =
        '<!DOCTYPE html><html><head><title>Newsdesk Hub</title></head><body><nav><a href="/about">About the Newsdesk Hub team</a></nav><h1>Today on Newsdesk Hub</h1>' +
        [1, 2, 3, 4]
          .map((n) => `<article><h2><a href="/story/${n}?utm_source=home">Story number ${n} of the morning</a></h2><p>A short teaser.</p></article>`)
          .join('') +
        '</body></html>';
      const result = extractArticle(parseDoc(html), ARTICLE_URL);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.pageLinks?.map((l) => l.text)).toEqual([1, 2, 3, 4].map((n) => `Story number ${n} of the morning`));
      expect(result.pageLinks?.[0].href).toBe(new URL('/story/1', ARTICLE_URL).href);
    });
  });
});

describe('binary content served as HTML', () => {
  it('is NO_ARTICLE with a clear message, not a page of garbage', () => {
    const bytes = Uint8Array.from({ length: 8192 }, (_, i) => (i * 131 + 7) % 256);
    const html = `<html><body><p>${new TextDecoder('utf-8').decode(bytes)}</p></body></html>`;
    const result = extractArticle(parseHtmlDocument(html), 'https://example.com/file.bin');
    expect(result.ok ? 'article' : result.code).toBe('NO_ARTICLE');
    expect(result.ok ? '' : result.message).toMatch(/no readable text/i);
  });
});
