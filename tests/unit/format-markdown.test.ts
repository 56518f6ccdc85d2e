import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../utils/core/format/index';
import { bodyMarkdown } from '../../utils/core/format/markdown';
import { escapeMarkdown } from '../../utils/core/format/md-escape';
import { BI_URL, bodyArticle } from './citation-cases/body-fixture';
import { jsdomContext, linkedomContext } from './citation-cases/format-helpers';

const HEADER = `# Ukraine has accused China of supplying key equipment

Source: Business Insider · By Jane Doe · 6 June 2025 · <${BI_URL}> · via Daily8`;

// Written by hand from CommonMark: emphasis, nested list indented under its item, escaped specials, fenced code.
const BODY_INLINE = `First paragraph with *emphasis*, **bold** and a [linked report](https://example.com/report?id=7).

## Section heading

- Apples
- Pears
  - Conference

1. One
2. Two

> A quoted line.

![A chart](https://cdn.example.com/a.jpg)

Chart caption

Special \\*stars\\* and \\_under\\_ \\[brackets\\] \\<tag> # not heading

\\# Looks like a heading

2024\\. A year

\`\`\`js
const a = 1;
\`\`\`

bad link

Keep [both params](https://example.com/a?x=1&y=2)`;

describe('formatMarkdown', () => {
  it('writes the header and the body with inline links (linkedom)', () => {
    expect(formatMarkdown(bodyArticle(), linkedomContext())).toBe(`${HEADER}\n\n${BODY_INLINE}\n`);
  });

  it('gives the same Markdown with a jsdom parser', () => {
    expect(formatMarkdown(bodyArticle(), jsdomContext())).toBe(`${HEADER}\n\n${BODY_INLINE}\n`);
  });

  it('numbers links as references when asked, one number per URL', () => {
    const article = bodyArticle({
      byline: null,
      contentHtml: '<p><a href="https://a.example/x">A</a>, <a href="https://b.example/">B</a> and <a href="https://a.example/x">A again</a>.</p>',
    });
    expect(formatMarkdown(article, linkedomContext(), { linkStyle: 'reference' })).toBe(
      [
        '# Ukraine has accused China of supplying key equipment',
        `Source: Business Insider · 6 June 2025 · <${BI_URL}> · via Daily8`,
        '[A][1], [B][2] and [A again][1].',
        '[1]: https://a.example/x\n[2]: https://b.example/',
      ].join('\n\n') + '\n',
    );
  });

  it('leaves images out when images is false, keeping captions', () => {
    const md = formatMarkdown(bodyArticle(), linkedomContext(), { images: false });
    expect(md).not.toContain('![');
    expect(md).toContain('\n\nChart caption\n\n');
  });

  it('escapes Markdown in the title and keeps emphasis delimiters against the words', () => {
    const article = bodyArticle({
      title: '*Breaking* [live] _now_',
      byline: null,
      contentHtml: '<p>a<em> spaced </em>b and <strong>x</strong>y and <code>a`b</code></p>',
    });
    const md = formatMarkdown(article, linkedomContext());
    expect(md.startsWith('# \\*Breaking\\* \\[live\\] \\_now\\_\n')).toBe(true);
    expect(md).toContain('\n\na *spaced* b and **x**y and ``a`b``\n');
  });

  it('writes a loose list when an item holds several paragraphs', () => {
    const article = bodyArticle({ byline: null, contentHtml: '<ul><li><p>One</p><p>More</p></li><li>Two</li></ul>' });
    expect(formatMarkdown(article, linkedomContext())).toContain('\n\n- One\n\n  More\n\n- Two\n');
  });

  it('names the aggregator page after "via" when the original URL is unknown', () => {
    const article = bodyArticle({ source: { name: 'Business Insider', url: null }, byline: null, contentHtml: '' });
    expect(formatMarkdown(article, linkedomContext())).toBe(
      '# Ukraine has accused China of supplying key equipment\n\nSource: Business Insider · 6 June 2025 · via Daily8 <https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1>\n',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes specials everywhere and line-start markers only at a line start', () => {
    expect(escapeMarkdown('a*b_c`d[e]f<g\\h~i')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\\\h\\~i');
    expect(escapeMarkdown('- item', true)).toBe('\\- item');
    expect(escapeMarkdown('- item', false)).toBe('- item');
    expect(escapeMarkdown('> quote', true)).toBe('\\> quote');
    expect(escapeMarkdown('1) one', true)).toBe('1\\) one');
    expect(escapeMarkdown('AT&T &amp; co', false)).toBe('AT&T \\&amp; co');
  });
});

describe('tables in Markdown', () => {
  // Expected GFM written by hand: the first row is the header, its caption a paragraph before it,
  // `|` in a cell escaped, a line break inside a cell joined with a space.
  const TABLE = `<table><caption>Votes by <b>party</b></caption>
<tr><td>Party</td><td align="right">Seats</td></tr>
<tr><td>Left | Green</td><td align="right">12</td></tr>
<tr><td>Right<br>Centre</td><td align="right">9</td></tr>
</table><p>After.</p>`;
  const EXPECTED = `Votes by **party**

| Party | Seats |
| --- | --: |
| Left \\| Green | 12 |
| Right Centre | 9 |

After.`;

  it.each([
    ['linkedom', linkedomContext],
    ['jsdom', jsdomContext],
  ])('writes a GFM table with its header row and caption (%s)', (_name, context) => {
    expect(bodyMarkdown(bodyArticle({ contentHtml: TABLE }), context()).body).toBe(EXPECTED);
  });

  it('keeps a table nested in a cell to that cell, and writes nothing for an empty table', () => {
    const nested = '<table><tr><th>Outer</th></tr><tr><td><table><tr><td>inner |</td><td>cell</td></tr></table></td></tr></table><table></table><p>End.</p>';
    expect(bodyMarkdown(bodyArticle({ contentHtml: nested }), linkedomContext()).body).toBe('| Outer |\n| --- |\n| inner \\| cell |\n\nEnd.');
  });
});

describe('tables that say nothing', () => {
  it('writes nothing for a layout table of empty cells', () => {
    const spacer = '<p>Before.</p><table><tr><td> </td><td></td></tr><tr><td></td><td>&nbsp;</td></tr></table><p>After.</p>';
    expect(bodyMarkdown(bodyArticle({ contentHtml: spacer }), linkedomContext()).body).toBe('Before.\n\nAfter.');
  });
});
