import type { Article } from '../../../utils/core/extract/types';
import { makeArticle } from './make-article';

export const BI_URL = 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';

/** A body with one of each thing the formatters must keep apart, escape or drop. */
export const BODY_HTML = `
<p>First   paragraph
 with <em>emphasis</em>, <strong>bold</strong> and a <a href="https://example.com/report?utm_source=x&amp;id=7">linked report</a>.</p>
<h2>Section heading</h2>
<ul>
  <li>Apples</li>
  <li>Pears
    <ul><li>Conference</li></ul>
  </li>
</ul>
<ol><li>One</li><li>Two</li></ol>
<blockquote><p>A quoted line.</p></blockquote>
<figure><img src="https://cdn.example.com/a.jpg" alt="A chart" onerror="alert(1)"><figcaption>Chart caption</figcaption></figure>
<p>Special *stars* and _under_ [brackets] &lt;tag&gt; # not heading</p>
<p># Looks like a heading</p>
<p>2024. A year</p>
<pre><code class="language-js">const a = 1;</code></pre>
<p onclick="steal()"><a href="javascript:alert(1)">bad link</a> <img src="javascript:alert(2)" alt="x"><script>alert(3)</script></p>
<p>Keep <a href="https://example.com/a?x=1&amp;y=2&amp;fbclid=zz">both params</a></p>
`;

export function bodyArticle(overrides: Partial<Article> = {}): Article {
  return makeArticle({
    title: 'Ukraine has accused China of supplying key equipment',
    byline: 'Jane Doe',
    url: 'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1?ocid=feed',
    canonicalUrl: 'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1',
    publishedTime: '2025-06-06T09:12:00Z',
    site: { name: 'Daily8', url: 'https://www.daily8.com/' },
    source: { name: 'Business Insider', url: `${BI_URL}?utm_source=daily8&utm_campaign=feed` },
    aggregator: { name: 'Daily8', url: 'https://www.daily8.com/', signals: ['related-feed'] },
    contentHtml: BODY_HTML,
    ...overrides,
  });
}
