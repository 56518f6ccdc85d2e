import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract';
import { HEADLINE, PARAS, parse } from '../helpers/extract-stages';
import { UNTIMED } from '../helpers/untimed';

/**
 * "No article" as an answer (no-article.ts): each kind of page that holds no
 * story of its own, and the look-alikes that do.
 */
const doc = (body: string, head = '', title = HEADLINE) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const run = (html: string, url: string) => extractArticle(parse(html), url, UNTIMED);
const cards = (n: number, host = '') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div class="card"><h3><a href="${host}/2025/06/0${(i % 9) + 1}/story-number-${i}">Story number ${i} makes the morning news</a></h3><p>A teaser line.</p></div>`,
  ).join('');

describe('pages with no article of their own', () => {
  it.each([
    [
      'a front page of cards at the root',
      doc(`<h1>Today</h1>${cards(8)}`, '<meta property="og:type" content="website">', 'Newsdesk Hub - Latest news'),
      'https://www.newsdesk.example/',
    ],
    [
      'a section hub whose h1 is its top story, not its title',
      doc(
        `<h1><a href="/2025/06/06/top">Harbour plan approved after two years of argument</a></h1><div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>${cards(8)}`,
        '<meta property="og:title" content="News - Latest headlines">',
        'Harbour plan approved after two years of argument',
      ),
      'https://www.newsdesk.example/news/',
    ],
    [
      'a link post: a headline linking away and a line of text',
      doc(`<h1><a href="https://elsewhere.example/paper.pdf">${HEADLINE}</a></h1><p>42 points by someone</p>`),
      'https://forum.example/item?id=42',
    ],
    ['a stub: a few words and no body', doc('<div><b>jdoe</b> 3 hours ago</div><div>Me too. Same here.</div>'), 'https://forum.example/item?id=43'],
    [
      'a digest of many summaries to several sites',
      doc(
        `<h1>${HEADLINE}</h1>` +
          Array.from(
            { length: 6 },
            (_, i) =>
              `<h2><a href="https://site${i}.example/2025/06/06/story-${i}">Story ${i} from another outlet makes news today</a></h2><p>One line of summary about story ${i}, written by the digest.</p>`,
          ).join(''),
        '<meta property="og:type" content="website">',
      ),
      'https://digest.example/issues/2025-06-06',
    ],
    [
      'a social post and its replies, each under a bare "15m" stamp, though the page says og:type article',
      doc(
        '<div class="thread"><div class="post"><b>Alice</b><p>This is a sample post about something interesting. Check out this link!</p></div>' +
          ['Bob', 'Carol', 'Dave']
            .map((name, i) => `<div class="reply"><time>${(i + 1) * 15}m</time><b>${name}</b><p>@alice Thanks, reply number ${i + 1} here.</p></div>`)
            .join('') +
          '</div>',
        '<meta property="og:type" content="article">',
        'Alice (@alice@social.example)',
      ),
      'https://social.example/@alice/12345678',
    ],
    [
      'a question with no text of its own above its comments, each marked class="Comment"',
      doc(
        '<div class="post"><h1>What is the most worth-it thing you have ever bought?</h1><span>Archived post. New comments cannot be posted.</span></div>' +
          PARAS.map((p, i) => `<div class="Comment t1_c${i} P8S"><div class="body"><p>${p} ${p}</p></div></div>`).join(''),
      ),
      'https://forum.example/r/ask/comments/abc123/what_is_the_most_worth_it_thing/',
    ],
  ])('%s is NO_ARTICLE with its story links', (_name, html, url) => {
    const result = run(html, url);
    expect(result.ok ? 'an article' : result.code).toBe('NO_ARTICLE');
    if (!result.ok) expect(Array.isArray(result.pageLinks)).toBe(true);
  });
});

describe('short or list-like pages that are articles', () => {
  const story = (extra = '') => `<article><h1>${HEADLINE}</h1><div class="body">${PARAS.map((p) => `<p>${p}</p>`).join('')}${extra}</div></article>`;

  it.each([
    ['a story at a short address', doc(story(), '<meta property="og:type" content="article">'), 'https://www.gazette.example/news/'],
    [
      'a page of its own at a hyphenated slug',
      doc(`<h1>About the bugs</h1><p>${PARAS[0]} ${PARAS[1]}</p><p>${PARAS[2]}</p>`),
      'https://www.vortex.example/about-bugs/',
    ],
    [
      'a product listicle with linked product names',
      doc(
        `<h1>${HEADLINE}</h1>` +
          Array.from(
            { length: 6 },
            (_, i) => `<section><h3><a rel="sponsored" href="https://shop${i}.example/p/${i}">Jacket ${i}</a></h3><p>${PARAS[i % 4]}</p></section>`,
          ).join(''),
      ),
      'https://www.gear.example/reviews/best-jackets',
    ],
    [
      'a live blog: stamped entries that are paragraphs',
      doc(
        `<article><h1>${HEADLINE}</h1><div class="body">${PARAS.map((p, i) => `<div class="entry"><time>${(i + 1) * 15}m</time><p>${p}</p></div>`).join('')}</div></article>`,
        '<meta property="og:type" content="article">',
      ),
      'https://www.gazette.example/news/2025/06/06/harbour-live',
    ],
  ])('%s', (_name, html, url) => {
    const result = run(html, url);
    expect(result.ok ? 'ok' : result.code).toBe('ok');
  });

  it('flags a teaser: an excerpt ending in "Read more" to the full story', () => {
    const html = doc(
      `<article><h1>${HEADLINE}</h1><div class="body"><p>${PARAS[0]}</p><p>${PARAS[1]} <a href="https://www.courier.example/2025/06/06/harbour-plan">Read more</a></p></div></article>`,
      '<meta property="og:type" content="article">',
    );
    const result = run(html, 'https://www.hub.example/s/harbour-plan');
    expect(result.ok && result.article.teaser).toEqual({ href: 'https://www.courier.example/2025/06/06/harbour-plan' });
  });
});
