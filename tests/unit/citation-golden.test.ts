import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatCitation, type FormatContext } from '../../utils/core/format/index';
import { CASES } from './citation-cases/cases';

const ctx: FormatContext = {
  accessedAt: new Date('2026-11-29T12:00:00Z'),
  parseHtml: (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as ParentNode,
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The hand-written notation (*italic*, bare URL) as plain text. */
const plain = (notation: string) => notation.replace(/\*([^*]+)\*/g, '$1');

/** The same notation as the HTML a style should produce: <i> for italics, the URL linked. */
function html(notation: string, url: string): string {
  return escape(notation)
    .replace(/\*([^*]+)\*/g, '<i>$1</i>')
    .replace(escape(url), `<a href="${escape(url)}">${escape(url)}</a>`);
}

const urlIn = (notation: string) => /https?:\/\/[^\s]+?(?=\.?$|\.? |$)/.exec(notation)![0];

describe.each(CASES)('citation golden: $name', (c) => {
  it.each(['apa', 'mla', 'chicago'] as const)('%s text, html and markdown', (style) => {
    const expected = c[style];
    const got = formatCitation(c.article, style, ctx);
    expect(got.text).toBe(plain(expected));
    expect(got.html).toBe(html(expected, urlIn(expected)));
    expect(got.markdown).toBe(expected);
  });

  it('bibtex', () => {
    expect(formatCitation(c.article, 'bibtex', ctx).text).toBe(c.bibtex);
  });

  it('markdown link line', () => {
    expect(formatCitation(c.article, 'markdown', ctx).text).toBe(c.markdown);
  });

  it('never credits the aggregator as the source, never a relative time', () => {
    for (const style of ['apa', 'mla', 'chicago', 'bibtex', 'markdown'] as const) {
      const text = formatCitation(c.article, style, ctx).text;
      expect(text).not.toMatch(/\b(ago|yesterday|today|just now)\b/i);
      if (c.article.aggregator) {
        const name = c.article.aggregator.name;
        // The aggregator's name, if it appears at all, comes after the outlet: where the page was read.
        const outletAt = text.indexOf(c.article.source!.name);
        expect(outletAt).toBeGreaterThanOrEqual(0);
        const viaAt = text.indexOf(name);
        if (viaAt !== -1) expect(viaAt).toBeGreaterThan(outletAt);
      }
    }
  });
});

describe('seed page APA', () => {
  it('matches the issue exactly', () => {
    expect(formatCitation(CASES[0].article, 'apa', ctx).text).toBe(
      'Business Insider. (2025, June 6). Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    );
  });
});
