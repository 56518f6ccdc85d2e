import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeTreeToHtml } from '../../utils/core/sanitize/sanitize-tree';
import { assertSafeHtml } from '../helpers/assert-safe-html';
import { loadCorpusVectors, loadSubsetVectors } from '../helpers/xss-corpus';

/**
 * The Node-side sanitizer: an allow-list walk over a DOM tree that writes the
 * clean HTML. Checked by the independent checker on every XSS vector, parsed
 * by linkedom (the CLI's DOM) and by jsdom, and for the rules it shares with
 * the DOMPurify configuration.
 */

const BASE = 'https://news.example/world/story.html';

function onLinkedom(html: string, images = true): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return sanitizeTreeToHtml(document.getElementById('root')!, { baseUrl: BASE, images });
}

function onJsdom(html: string): string {
  const { document } = new JSDOM(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).window;
  return sanitizeTreeToHtml(document.getElementById('root')!, { baseUrl: BASE });
}

describe('sanitizeTreeToHtml', () => {
  it('keeps prose, resolves links and sets our link and image policy', () => {
    const out = onLinkedom('<p class="x" onclick="a()">Hi <a href="/rel">there</a></p><img src="/a.png" width="300">');
    expect(out).toBe(
      '<p>Hi <a href="https://news.example/rel" target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">there</a></p>' +
        '<img src="https://news.example/a.png" width="300" referrerpolicy="no-referrer" loading="lazy">',
    );
  });

  it('drops code with its content, unwraps unknown elements, drops comments', () => {
    expect(onLinkedom('<script>alert(1)</script><my-box><b>kept</b></my-box><!-- note --><style>p{}</style>')).toBe('<b>kept</b>');
  });

  it('drops javascript: links, tracking pixels, images without a safe source, and all images when asked', () => {
    expect(onLinkedom('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(onLinkedom('<img src="https://www.google-analytics.com/collect?x=1"><img src="javascript:1">')).toBe('');
    expect(onLinkedom('<figure><img src="/a.png"><figcaption>Cap</figcaption></figure>', false)).toBe('<figure><figcaption>Cap</figcaption></figure>');
  });

  it('writes only text where a browser would parse HTML inside foreign content', () => {
    const out = onLinkedom(
      '<svg viewBox="0 0 1 1"><p>out</p><desc><img src=x onerror=alert(1)>d</desc><a href="javascript:1">l</a></svg><math><mi><b>x</b></mi></math>',
    );
    expect(out).not.toMatch(/<p>|<img|<a|<b>|onerror|javascript/);
    expect(out).toContain('<svg viewbox="0 0 1 1">');
  });

  it('escapes text and attribute values, so a re-parse builds the tree that was checked', () => {
    expect(onJsdom('<p title="&quot;><img src=x onerror=alert(1)>">&lt;img src=x onerror=alert(1)&gt;</p>')).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('walks 5,000-deep nesting without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`;
    expect(onLinkedom(deep)).toContain('deep');
  });

  it('leaves nothing unsafe from any XSS vector, on linkedom and on jsdom', () => {
    const corpus = loadCorpusVectors();
    if (!corpus) console.warn('sanitize-tree: shared XSS corpus not found; checking the committed subset only');
    const vectors = [...loadSubsetVectors(), ...(corpus ? [...corpus.dompurify, ...corpus.h5sc] : [])];
    expect(vectors.length).toBeGreaterThan(40);
    for (const vector of vectors) {
      assertSafeHtml(onLinkedom(vector.payload), `linkedom: ${vector.payload.slice(0, 80)}`);
      assertSafeHtml(onJsdom(vector.payload), `jsdom: ${vector.payload.slice(0, 80)}`);
    }
  }, 120_000);
});
