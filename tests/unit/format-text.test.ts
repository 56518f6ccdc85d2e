import { describe, expect, it } from 'vitest';
import { formatText } from '../../utils/core/format/index';
import { BI_URL, bodyArticle } from './citation-cases/body-fixture';
import { jsdomContext, linkedomContext } from './citation-cases/format-helpers';

// Written by hand: title, byline, blocks apart by blank lines, list items one per line, source line last.
const EXPECTED = `Ukraine has accused China of supplying key equipment

By Jane Doe

First paragraph with emphasis, bold and a linked report.

Section heading

- Apples
- Pears
  - Conference

1. One
2. Two

> A quoted line.

Chart caption

Special *stars* and _under_ [brackets] <tag> # not heading

# Looks like a heading

2024. A year

const a = 1;

bad link

Keep both params

Source: Business Insider (${BI_URL}), via Daily8, 6 June 2025
`;

describe('formatText', () => {
  it('keeps blocks apart, collapses white space and ends with the source line (linkedom)', () => {
    expect(formatText(bodyArticle(), linkedomContext())).toBe(EXPECTED);
  });

  it('gives the same text with a jsdom parser', () => {
    expect(formatText(bodyArticle(), jsdomContext())).toBe(EXPECTED);
  });

  it('credits the outlet, not the aggregator, and drops tracking parameters from the source URL', () => {
    const text = formatText(bodyArticle(), linkedomContext());
    const source = text.trim().split('\n').pop()!;
    expect(source.startsWith('Source: Business Insider (https://www.businessinsider.com/')).toBe(true);
    expect(source).not.toMatch(/utm_|ocid/);
  });

  it('names the aggregator page as where it was read when the original URL is unknown', () => {
    const article = bodyArticle({ source: { name: 'Business Insider', url: null }, contentHtml: '<p>Hi</p>' });
    expect(formatText(article, linkedomContext()).trim().split('\n').pop()).toBe(
      'Source: Business Insider, via Daily8 (https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1), 6 June 2025',
    );
  });

  it('uses the access date, never a relative time, when the article has no date', () => {
    const article = bodyArticle({ publishedTime: null, aggregator: null, byline: null, contentHtml: '<p>Hi</p>' });
    expect(formatText(article, linkedomContext())).toBe(
      `Ukraine has accused China of supplying key equipment\n\nHi\n\nSource: Business Insider (${BI_URL}), accessed 29 November 2026\n`,
    );
  });

  it('takes the access date in the zone it is given', () => {
    // 02:00 UTC on 30 November is still 29 November in New York.
    const ctx = { ...linkedomContext(new Date('2026-11-30T02:00:00Z')), timeZone: 'America/New_York' };
    const article = bodyArticle({ publishedTime: null, aggregator: null, contentHtml: '' });
    expect(formatText(article, ctx)).toContain('accessed 29 November 2026');
    expect(formatText(article, { ...ctx, timeZone: undefined })).toContain('accessed 30 November 2026');
  });

  it('splits paragraphs written as <br><br> and keeps single line breaks', () => {
    const article = bodyArticle({ contentHtml: '<div>One line<br>next line<br><br>  New paragraph</div>', byline: null });
    expect(formatText(article, linkedomContext())).toContain('\n\nOne line\nnext line\n\nNew paragraph\n\n');
  });

  it('numbers an ordered list from its start attribute and indents multi-line items', () => {
    const article = bodyArticle({ contentHtml: '<ol start="9"><li>Nine</li><li>Ten<br>more</li></ol>', byline: null });
    expect(formatText(article, linkedomContext())).toContain('\n\n9. Nine\n10. Ten\n    more\n\n');
  });
});
