import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/load-page';
import { runPage } from '../../cli/run-page';
import { isPlainProse } from '../../utils/core/extract/densest-block';
import { BIG_PAGE_URL, BIG_PAGES } from '../../scripts/bench/big-pages';

/**
 * Issue 11's big pages through the CLI's runPage: every big article comes
 * back whole (its line count), the abusive pages get an answer, and what was
 * degraded to stay in budget is said. Behaviour only: times are the bench's.
 */

const encoder = new TextEncoder();
const lines = (text: string) => text.split(/\n+/).filter((l) => l.trim()).length;

describe('big pages come back whole', () => {
  for (const page of BIG_PAGES.filter((p) => p.paragraphs !== null)) {
    it(`${page.description}: ${page.paragraphs} lines of article text`, () => {
      const outcome = runPage(encoder.encode(page.build()), BIG_PAGE_URL);
      if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
      expect(lines(outcome.article.text)).toBeGreaterThanOrEqual(page.paragraphs!);
      // Nothing but the article: the footer's "Contact us" stays out.
      expect(outcome.article.text).not.toContain('Contact us');
      expect(outcome.diagnostics?.stageMs).toHaveProperty('read');
    }, 60_000);
  }
});

describe('abusive pages are answered', () => {
  it('60,000 divs of link soup: NO_ARTICLE, never TOO_LARGE', () => {
    const page = BIG_PAGES.find((p) => p.id === 'link-soup-60k')!;
    const outcome = runPage(encoder.encode(page.build()), BIG_PAGE_URL);
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('NO_ARTICLE');
  }, 60_000);

  it('5,000-deep nesting: answered (the one short paragraph is a stub or an article), the simpler rule reported', () => {
    const page = BIG_PAGES.find((p) => p.id === 'nesting-5000')!;
    const outcome = runPage(encoder.encode(page.build()), BIG_PAGE_URL);
    // Issue 11 asks for "article or NO_ARTICLE"; one 150-character paragraph with no article metadata is a stub.
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('NO_ARTICLE');
      return;
    }
    expect(outcome.article.text).toContain('very deep well of divs');
    expect(outcome.diagnostics?.degraded.some((d) => d.startsWith('readability: replaced'))).toBe(true);
  }, 60_000);
});

describe('isPlainProse (when a slow Readability is not worth its time)', () => {
  const body = (inner: string) => parseHtmlDocument(`<!DOCTYPE html><html><body><div id="b">${inner}</div></body></html>`).getElementById('b')!;
  const paragraph = 'The council met again and argued about the harbour budget until late in the evening.';

  it('paragraphs and a data table without links are plain prose', () => {
    expect(isPlainProse(body(`<p>${paragraph}</p>`.repeat(20)))).toBe(true);
    expect(isPlainProse(body(`<p>${paragraph}</p><table><tr><td>1</td><td>harbour</td></tr></table>`))).toBe(true);
  });

  it('a story citing a source now and then is plain prose', () => {
    expect(isPlainProse(body(`<p>${paragraph} <a href="/minutes">Minutes</a>.</p>`.repeat(20)))).toBe(true);
  });

  it('a body with a navigation box or a reference list is not', () => {
    const navbox = `<div><a href="/a">Harbour authorities of the region</a> <a href="/b">Budgets of the council by year</a> <a href="/c">Evening sessions</a></div>`;
    expect(isPlainProse(body(`<p>${paragraph}</p>`.repeat(3) + navbox.repeat(3)))).toBe(false);
  });

  it('an empty body is not', () => {
    expect(isPlainProse(body(''))).toBe(false);
  });
});
