import { describe, expect, it } from 'vitest';
import { formatRichHtml } from '../../utils/core/format/index';
import { BI_URL, bodyArticle } from './citation-cases/body-fixture';
import { jsdomContext, linkedomContext } from './citation-cases/format-helpers';

// Written by hand: only allowed tags, href/src/alt only, every text escaped, h1 kept for the title.
const EXPECTED = [
  '<h1>Ukraine has accused China of supplying key equipment</h1>',
  '<p>By Jane Doe</p>',
  `<p>Source: <a href="${BI_URL}">Business Insider</a>, via Daily8, 6 June 2025</p>`,
  '<p>First paragraph with <em>emphasis</em>, <strong>bold</strong> and a <a href="https://example.com/report?id=7">linked report</a>.</p>',
  '<h2>Section heading</h2>',
  '<ul><li>Apples</li><li>Pears<ul><li>Conference</li></ul></li></ul>',
  '<ol><li>One</li><li>Two</li></ol>',
  '<blockquote><p>A quoted line.</p></blockquote>',
  '<figure><img src="https://cdn.example.com/a.jpg" alt="A chart"><figcaption>Chart caption</figcaption></figure>',
  '<p>Special *stars* and _under_ [brackets] &lt;tag&gt; # not heading</p>',
  '<p># Looks like a heading</p>',
  '<p>2024. A year</p>',
  '<pre><code>const a = 1;</code></pre>',
  '<p>bad link</p>',
  '<p>Keep <a href="https://example.com/a?x=1&amp;y=2">both params</a></p>',
].join('\n');

describe('formatRichHtml', () => {
  it('writes allow-listed HTML from the DOM walk (linkedom)', () => {
    expect(formatRichHtml(bodyArticle(), linkedomContext())).toBe(EXPECTED);
  });

  it('gives the same HTML with a jsdom parser', () => {
    expect(formatRichHtml(bodyArticle(), jsdomContext())).toBe(EXPECTED);
  });

  it('carries no script, event handler, javascript: URL or foreign attribute', () => {
    const article = bodyArticle({
      contentHtml:
        '<p class="x" style="color:red" onclick="a()">Hi<script>alert(1)</script><iframe src="https://evil.example"></iframe>' +
        '<a href="JavaScript:alert(1)" target="_blank">j</a><a href="data:text/html,x">d</a><img src="data:image/png;base64,AAAA" alt="d"></p>' +
        '<p><a href="mailto:desk@example.com" rel="nofollow">mail</a> <img src="/rel.png" alt="r" width="5"></p>',
    });
    const html = formatRichHtml(article, linkedomContext());
    expect(html).not.toMatch(/script|iframe|onclick|style=|class=|target=|rel=|width=|javascript:|data:/i);
    expect(html).toContain('<p>Hijd</p>');
    // Relative images resolve against the page; mailto links stay.
    expect(html).toContain('<p><a href="mailto:desk@example.com">mail</a> <img src="https://www.daily8.com/rel.png" alt="r"></p>');
  });

  it('escapes the title and outlet names', () => {
    const article = bodyArticle({
      title: 'Tom & Jerry <script>',
      source: { name: 'A&B "News"', url: BI_URL },
      aggregator: null,
      byline: null,
      contentHtml: '',
    });
    expect(formatRichHtml(article, linkedomContext())).toBe(
      `<h1>Tom &amp; Jerry &lt;script&gt;</h1>\n<p>Source: <a href="${BI_URL}">A&amp;B &quot;News&quot;</a>, 6 June 2025</p>`,
    );
  });

  it('drops images when images is false', () => {
    const html = formatRichHtml(bodyArticle(), linkedomContext(), { images: false });
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>Chart caption</p>');
  });
});
