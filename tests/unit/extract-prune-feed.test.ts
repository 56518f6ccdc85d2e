import { describe, expect, it } from 'vitest';
import { PRUNE_RULES, pruneFeeds } from '../../utils/core/extract/prune';

type PruneRule = string;
import { HEADLINE, PAGE_URL, PARAS, analyse, page, parse, storyPage, textOf } from '../helpers/extract-stages';

/**
 * Each rule alone (the `rules` argument) on a small page: a snippet it must
 * cut, and a near miss it must keep. The story is `storyPage()`: an h1 that
 * matches the title and four long paragraphs in `div.story-body`.
 */
const ORIGIN = new URL(PAGE_URL).origin;
const abs = (path: string) => ORIGIN + path;

function prune(html: string, rules: readonly PruneRule[]) {
  const doc = parse(html);
  const { scan, landmarks } = analyse(doc);
  const outcome = pruneFeeds(doc, landmarks, PAGE_URL, scan, rules);
  return { doc, outcome, landmarks, text: textOf(doc.body) };
}

/** The story's own text survives whole: headline and every paragraph. */
function expectStoryIntact(doc: Document): void {
  expect(textOf(doc.querySelector('h1'))).toBe(HEADLINE);
  const paragraphs = Array.from(doc.querySelectorAll('.story-body > p')).map((p) => textOf(p));
  for (const para of PARAS) expect(paragraphs).toContain(para);
}

const relatedOf = (outcome: ReturnType<typeof pruneFeeds>) => outcome.related.map(({ title, href, source }) => ({ title, href, source }));

describe('pruneFeeds basics', () => {
  it('runs the rules in the documented order', () => {
    expect(PRUNE_RULES).toEqual([
      'otherArticles',
      'timedCardFeeds',
      'labelledSections',
      'linkedHeadingGrids',
      'inlinePromos',
      'headlineRuns',
      'inBodyWidgets',
      'commentThreads',
      'markedComments',
      'tagLists',
      'signupBoxes',
      'pageChrome',
      'aggregatorNotes',
      'widgetCredits',
      'pageTools',
      'photoCredits',
    ]);
  });

  it('with no rules changes nothing', () => {
    const html = storyPage({ after: '<section><h2>Related stories</h2><a href="/x">Ferry timetable changes again</a></section>' });
    const before = parse(html).body.innerHTML;
    const { doc, outcome } = prune(html, []);
    expect(doc.body.innerHTML).toBe(before);
    expect(outcome).toEqual({ related: [], cardsRemoved: 0, signals: [], commentChars: 0 });
  });

  it('never removes the headline or body, even under a feed heading (all rules)', () => {
    const { doc } = prune(page(`<section><h2>Latest news</h2>${storyPage().match(/<article[\s\S]*<\/article>/)![0]}</section>`), PRUNE_RULES);
    expectStoryIntact(doc);
  });
});

describe('otherArticles', () => {
  const rules = ['otherArticles'] as const;
  const card = '<article class="card"><h2><a href="/news/2025/06/05/ferry">Ferry timetable changes again this summer</a></h2></article>';

  it('cuts a second <article> and keeps it as a related link', () => {
    const { doc, outcome, text } = prune(storyPage({ after: card }), rules);
    expect(relatedOf(outcome)).toEqual([{ title: 'Ferry timetable changes again this summer', href: abs('/news/2025/06/05/ferry'), source: null }]);
    expect(outcome.cardsRemoved).toBe(1);
    expect(outcome.signals).toEqual(['related-feed']);
    expect(text).not.toContain('Ferry timetable');
    expectStoryIntact(doc);
  });

  it('keeps an <article> embedded in the story body', () => {
    const embed = '<article class="embed"><h3><a href="https://social.example/p/1">Council statement on the dredging plan</a></h3></article>';
    const { outcome, text } = prune(storyPage({ inBody: embed }), rules);
    expect(text).toContain('Council statement on the dredging plan');
    expect(outcome.cardsRemoved).toBe(0);
  });

  it('keeps every article of a page whose headline is unknown (a briefing of many)', () => {
    const items = [1, 2, 3].map((n) => `<article><h2><a href="/brief/${n}">Briefing item number ${n} today</a></h2><p>${PARAS[n]}</p></article>`).join('');
    const { outcome, text } = prune(page(items), rules);
    expect(outcome.cardsRemoved).toBe(0);
    expect(text).toContain('Briefing item number 1 today');
    expect(text).toContain('Briefing item number 3 today');
  });
});

describe('timedCardFeeds', () => {
  const rules = ['timedCardFeeds'] as const;

  it('cuts cards that pair a headline link with "Outlet · 2h ago", reading the outlet', () => {
    const feed =
      '<div class="feed"><div class="card"><a href="/n/ferry">Ferry timetable changes again</a><span>The Courier · 2h ago</span></div>' +
      '<div class="card"><a href="/n/boats">Boats unload at a rival port</a><span>Tribune • 5 hours ago</span></div></div>';
    const { doc, outcome, text } = prune(storyPage({ after: feed }), rules);
    expect(relatedOf(outcome)).toEqual([
      { title: 'Ferry timetable changes again', href: abs('/n/ferry'), source: 'The Courier' },
      { title: 'Boats unload at a rival port', href: abs('/n/boats'), source: 'Tribune' },
    ]);
    expect(outcome.cardsRemoved).toBe(2);
    expect(outcome.signals).toEqual(['related-feed']);
    expect(text).not.toMatch(/Ferry timetable|Boats unload/);
    expectStoryIntact(doc);
  });

  it("keeps a live blog's timed, linked posts inside the story body", () => {
    const posts =
      '<div class="post"><span>2h ago</span> <a href="/live/1">Dredger arrives at the harbour mouth</a></div>' +
      '<div class="post"><span>4h ago</span> <a href="/live/2">Council vote is scheduled for noon</a></div>';
    const { outcome, text } = prune(storyPage({ inBody: posts }), rules);
    expect(outcome.cardsRemoved).toBe(0);
    expect(text).toContain('Dredger arrives at the harbour mouth');
    expect(text).toContain('Council vote is scheduled for noon');
  });

  it('keeps timed items that link to no other story (comments)', () => {
    const comments = '<ul class="c"><li><span>2h ago</span> Great plan, long overdue.</li><li><span>5h ago</span> Too costly for ferry users.</li></ul>';
    const { outcome, text } = prune(storyPage({ after: comments }), rules);
    expect(outcome.cardsRemoved).toBe(0);
    expect(text).toContain('Great plan, long overdue.');
  });
});

describe('labelledSections', () => {
  const rules = ['labelledSections'] as const;
  const links = '<ul><li><a href="/n/ferry">Ferry timetable changes again</a></li><li><a href="/n/boats">Boats unload at a rival port</a></li></ul>';

  it.each([
    ['Chinese', '相關文章', ['渡輪新時刻表下月上路，班次增加三成', '北田圖書館延長開放時間，週日也能借書']],
    ['Japanese', '関連記事', ['渡し船の時刻表が来月から変わる', '北田図書館が日曜日も開館へ']],
    ['Korean', '관련 기사', ['여객선 시간표 다음 달부터 바뀐다', '북필드 도서관 일요일에도 문 연다']],
  ])('cuts a %s "Related" section and keeps its headlines as links', (_lang, label, titles) => {
    const list = `<ul>${titles.map((t, i) => `<li><a href="/n/${i}">${t}</a></li>`).join('')}</ul>`;
    const { doc, outcome, text } = prune(storyPage({ after: `<section><h2>${label}</h2>${list}</section>` }), rules);
    expect(text).not.toContain(titles[0]);
    expect(outcome.related.map((r) => r.title)).toEqual(titles);
    expectStoryIntact(doc);
  });

  it('where no headline was found, a label first in a column does not take the column with its post', () => {
    // A blog column: an "h5 Related" box first, then the post under its h2, its lines split by <br>; the
    // detector found no headline, and took a list of long items in the top bar for the body.
    const topBar = `<ul class="cat-list">${PARAS.slice(0, 2)
      .map((p) => `<li>${p}</li>`)
      .join('')}</ul>`;
    const column = `<div id="content"><div id="spotlight"><h5>Related posts</h5><div id="spotlight-text"></div></div><div class="post"><h2>Autumn at the harbour</h2><div class="post-body">${PARAS.join('<br><br>')}</div></div></div>`;
    const { text, landmarks } = prune(page(`${topBar}<div id="main">${column}</div>`), rules);
    expect(landmarks.headline).toBeNull();
    expect(landmarks.body?.tagName).toBe('UL');
    for (const para of PARAS) expect(text).toContain(para);
    expect(text).not.toContain('Related posts');
  });

  it.each(['Recent stories from the Harbour Daily', 'More recent posts by Adam Roe'])('cuts a "%s" rail', (label) => {
    const { doc, text } = prune(storyPage({ after: `<section><h2>${label}</h2>${links}</section>` }), rules);
    expect(text).not.toContain('Ferry timetable changes again');
    expectStoryIntact(doc);
  });

  it('cuts a "Recent from <author>" rail', () => {
    const rail = `<div><header><h2><strong>Recent</strong> from <a href="https://profiles.example/ace">Adam Roe</a></h2></header>${links}</div>`;
    const { doc, text } = prune(storyPage({ after: rail }), rules);
    expect(text).not.toContain('Ferry timetable changes again');
    expectStoryIntact(doc);
  });

  it('cuts a "Related stories" section and keeps its links', () => {
    const { doc, outcome, text } = prune(storyPage({ after: `<section><h2>Related stories</h2>${links}</section>` }), rules);
    expect(relatedOf(outcome)).toEqual([
      { title: 'Ferry timetable changes again', href: abs('/n/ferry'), source: null },
      { title: 'Boats unload at a rival port', href: abs('/n/boats'), source: null },
    ]);
    expect(outcome.signals).toEqual(['related-feed']);
    expect(text).not.toMatch(/Related stories|Ferry timetable/);
    expectStoryIntact(doc);
  });

  it('gives the outlet of a "More from X" heading to its cards', () => {
    const { outcome } = prune(storyPage({ after: `<div class="more"><h3>More from The Valley Sentinel</h3>${links}</div>` }), rules);
    expect(outcome.related.map((r) => r.source)).toEqual(['The Valley Sentinel', 'The Valley Sentinel']);
  });

  it('cuts a site-wide "Most read" list without offering it as related', () => {
    const { outcome, text } = prune(storyPage({ after: `<aside><h2>Most read</h2>${links}</aside>` }), rules);
    expect(text).not.toMatch(/Most read|Ferry timetable/);
    expect(outcome.related).toEqual([]);
  });

  it.each([
    ['comments', '<section><h2>Comments (12)</h2><p>Great plan, long overdue.</p></section>', /Comments|Great plan/],
    ['tags', '<div><h3>Topics</h3><a href="/t/harbour">Harbour</a> <a href="/t/council">Council</a></div>', /Topics|Harbour Council/],
    ['a newsletter promo', '<div><h3>Sign up for our newsletter</h3><p>Every weekday morning.</p></div>', /Sign up|weekday/],
  ])('cuts a %s section', (_name, section, gone) => {
    const { doc, text } = prune(storyPage({ after: section }), rules);
    expect(text).not.toMatch(gone);
    expectStoryIntact(doc);
  });

  it('cuts an "Advertisement" slot inside the story, and only the slot', () => {
    const { doc, text } = prune(storyPage({ inBody: '<div class="ad"><span>Advertisement</span><div class="slot"></div></div>' }), rules);
    expect(text).not.toContain('Advertisement');
    expect(doc.querySelector('.ad')).toBeNull();
    expectStoryIntact(doc);
  });

  it('cuts a bare "Similar News:" label with the link list right after it', () => {
    const { doc, outcome, text } = prune(storyPage({ after: `<div class="label">Similar News:</div>${links}<p>Page footer note.</p>` }), rules);
    expect(text).not.toMatch(/Similar News|Ferry timetable/);
    expect(text).toContain('Page footer note.');
    expect(outcome.related.map((r) => r.title)).toEqual(['Ferry timetable changes again', 'Boats unload at a rival port']);
    expectStoryIntact(doc);
  });

  it('keeps the story paragraphs under a "More on the economy" subheading', () => {
    const { doc, outcome } = prune(storyPage({ inBody: '<h2>More on the economy</h2>' }), rules);
    expectStoryIntact(doc);
    expect(outcome.related).toEqual([]);
  });

  it('keeps a "More on the economy" subheading inside the story body', () => {
    const { doc } = prune(storyPage({ inBody: '<h2>More on the economy</h2>' }), rules);
    expect(textOf(doc.querySelector('.story-body h2'))).toBe('More on the economy');
  });

  it.each([
    ['a subheading that merely contains "related"', '<h2>Related costs fall on ferry users</h2>'],
    ['a subheading that merely starts with "comments"', '<h3>Comments from residents at the meeting</h3>'],
  ])('keeps %s', (_name, heading) => {
    const { doc } = prune(storyPage({ inBody: heading }), rules);
    expect(doc.querySelector('.story-body h2, .story-body h3')).not.toBeNull();
    expectStoryIntact(doc);
  });
});

describe('linkedHeadingGrids', () => {
  const rules = ['linkedHeadingGrids'] as const;
  const tile = (path: string, title: string) => `<div class="tile"><h3><a href="${path}">${title}</a></h3></div>`;

  it('cuts a grid of three linked-headline tiles', () => {
    const grid = `<div class="grid">${tile('/n/storm', 'Storm closes the coast road')}${tile('/n/ferry', 'Ferry timetable changes again')}${tile('/n/boats', 'Boats unload at a rival port')}</div>`;
    const { doc, outcome, text } = prune(storyPage({ after: grid }), rules);
    expect(relatedOf(outcome)).toEqual([
      { title: 'Storm closes the coast road', href: abs('/n/storm'), source: null },
      { title: 'Ferry timetable changes again', href: abs('/n/ferry'), source: null },
      { title: 'Boats unload at a rival port', href: abs('/n/boats'), source: null },
    ]);
    expect(outcome.cardsRemoved).toBe(3);
    expect(outcome.signals).toEqual(['related-feed']);
    expect(text).not.toMatch(/Storm closes|Ferry timetable|Boats unload/);
    expectStoryIntact(doc);
  });

  const review = (wrap: (items: string) => string) =>
    wrap(
      [1, 2, 3]
        .map((n) => `<div class="item"><h3><a href="https://store.example/game-${n}">Game ${n}: Harbour Tycoon edition</a></h3><p>${PARAS[n]}</p></div>`)
        .join(''),
    );

  it.each([
    ['directly in the story body', review((items) => items)],
    ['in a list inside the story body', review((items) => `<div class="list">${items}</div>`)],
  ])('keeps a review listing linked h3 items %s', (_name, inBody) => {
    const { outcome, text } = prune(storyPage({ inBody }), rules);
    expect(outcome.cardsRemoved).toBe(0);
    for (const n of [1, 2, 3]) expect(text).toContain(`Game ${n}: Harbour Tycoon edition`);
  });

  it.each([
    ['only two tiles', `<div class="grid">${tile('/n/storm', 'Storm closes the coast road')}${tile('/n/ferry', 'Ferry timetable changes again')}</div>`],
    [
      'headings that link within the page',
      `<div class="toc">${tile('#one', 'Part one of the plan')}${tile('#two', 'Part two of the plan')}${tile('#three', 'Part three of the plan')}</div>`,
    ],
  ])('keeps %s', (_name, grid) => {
    const { outcome, text } = prune(storyPage({ after: grid }), rules);
    expect(outcome.cardsRemoved).toBe(0);
    expect(text).toMatch(/Storm closes the coast road|Part one of the plan/);
  });
});

describe('inlinePromos', () => {
  const rules = ['inlinePromos'] as const;

  it.each([
    ['"Read also:"', '<p>Read also: <a href="/n/ferry">Ferry timetable changes again this summer</a></p>'],
    ['"Lesen Sie auch"', '<p>Lesen Sie auch <a href="/n/ferry">Ferry timetable changes again this summer</a></p>'],
    ['"Related:" in an aside', '<aside><strong>Related:</strong> <a href="/n/ferry">Ferry timetable changes again this summer</a></aside>'],
  ])('cuts a %s card between paragraphs', (_name, promo) => {
    const { doc, outcome, text } = prune(storyPage({ inBody: promo }), rules);
    expect(text).not.toContain('Ferry timetable');
    expect(relatedOf(outcome)).toEqual([{ title: 'Ferry timetable changes again this summer', href: abs('/n/ferry'), source: null }]);
    expectStoryIntact(doc);
  });

  it.each([
    [
      'a sentence that starts "Read:" with a link late in it',
      '<p>Read: the decision runs to forty pages, with maps of the channel and the marsh, and is on the <a href="/docs/decision">council documents page</a>.</p>',
      'the decision runs to forty pages',
    ],
    ['a bare "Read more »" link', '<p><a href="/n/ferry">Read more »</a></p>', 'Read more »'],
  ])('keeps %s', (_name, para, kept) => {
    const { outcome, text } = prune(storyPage({ inBody: para }), rules);
    expect(text).toContain(kept);
    expect(outcome.related).toEqual([]);
  });
});

describe('headlineRuns', () => {
  const rules = ['headlineRuns'] as const;
  const ferry = '<a href="/n/ferry">Ferry timetable changes again this summer</a>';
  const pier = '<a href="/n/pier">Pier repairs to start in the spring after all</a>';

  it.each([
    ['two bare headline paragraphs between the story’s', `<p>${ferry}</p><p>${pier}</p>`],
    ['a list of headline links under "More local news:"', `<p><em><strong>More local news:</strong></em></p><ul><li>${ferry}</li><li>${pier}</li></ul>`],
    ['one-item lists of headings under "More:" (Al Jazeera)', `<h4>More local news:</h4><ul><li><h4>${ferry}</h4></li></ul><ul><li><h4>${pier}</h4></li></ul>`],
  ])('cuts %s, keeping them as related links', (_name, run) => {
    const { doc, outcome, text } = prune(storyPage({ inBody: run }), rules);
    expect(text).not.toContain('Ferry timetable');
    expect(text).not.toContain('More local news');
    expect(relatedOf(outcome).map((r) => r.href)).toEqual([abs('/n/ferry'), abs('/n/pier')]);
    expectStoryIntact(doc);
  });

  it.each([
    ['one bare headline paragraph', `<p>${ferry}</p>`, 'Ferry timetable'],
    ['an unlabelled list of links (the author’s sources)', `<ul><li>${ferry}</li><li>${pier}</li></ul>`, 'Ferry timetable'],
    [
      'link paragraphs that are sentences',
      '<p><a href="/a">The council publishes its minutes.</a></p><p><a href="/b">The mayor answers questions.</a></p>',
      'publishes its minutes',
    ],
    ['a paragraph with a link inside a sentence', `<p>The ferry story, ${ferry}, ran yesterday.</p><p>${pier}</p>`, 'ran yesterday'],
  ])('keeps %s', (_name, para, kept) => {
    const { outcome, text } = prune(storyPage({ inBody: para }), rules);
    expect(text).toContain(kept);
    expect(outcome.related).toEqual([]);
  });

  it('keeps a link post’s links when no story paragraphs stand beside them', () => {
    const { text } = prune(page(`<h1>${HEADLINE}</h1><div><p>${ferry}</p><p>${pier}</p></div>`), rules);
    expect(text).toContain('Ferry timetable');
  });
});

describe('widgetCredits', () => {
  const rules = ['widgetCredits'] as const;

  it('cuts a widget’s "Powered by SmartAsset.com" line', () => {
    const { doc, text } = prune(storyPage({ inBody: '<div class="hdr">Powered by SmartAsset.com</div>' }), rules);
    expect(text).not.toContain('Powered by');
    expectStoryIntact(doc);
  });

  it('keeps a sentence that starts "Powered by"', () => {
    const sentence = 'Powered by two diesel engines, the old ferry crossed the sound in forty minutes.';
    const { text } = prune(storyPage({ inBody: `<p>${sentence}</p>` }), rules);
    expect(text).toContain(sentence);
  });
});

describe('pageTools', () => {
  const rules = ['pageTools'] as const;

  it('cuts the article’s tool bar and a lone "Text size" label', () => {
    const bar = '<ul class="x"><li>Order Reprints <span></span></li><li>Print Article</li></ul><div><span>Text size</span></div>';
    const { doc, text } = prune(storyPage({ inBody: bar }), rules);
    expect(text).not.toMatch(/Order Reprints|Print Article|Text size/);
    expectStoryIntact(doc);
  });

  it.each([
    ['a list with one tool and one story item', '<ul><li>Print Article</li><li>The ferry timetable changes again this summer</li></ul>', 'ferry timetable'],
    ['a sentence about printing', '<p>Print the article and bring it to the meeting.</p>', 'Print the article'],
  ])('keeps %s', (_name, html, kept) => {
    expect(prune(storyPage({ inBody: html }), rules).text).toContain(kept);
  });
});

describe('commentThreads', () => {
  const rules = ['commentThreads'] as const;

  it.each([
    ['id="comments"', '<div id="comments"><h3>3 responses</h3><p>Great plan, long overdue.</p></div>'],
    ['class="comment-section"', '<section class="comment-section"><p>Great plan, long overdue.</p></section>'],
    ['an ordered commentlist', '<ol class="commentlist"><li>Great plan, long overdue.</li></ol>'],
    ['a Disqus thread', '<div id="disqus_thread"><p>Great plan, long overdue.</p></div>'],
  ])('cuts a thread marked %s', (_name, thread) => {
    const { doc, text } = prune(storyPage({ after: thread }), rules);
    expect(text).not.toContain('Great plan');
    expectStoryIntact(doc);
  });

  it.each([
    ['a "commentary" box', '<div class="commentary"><p>Analysis: the levy is the real story.</p></div>', 'Analysis: the levy'],
    ['a comment count in a span', '<p>Join in: <span class="comments">12 comments</span></p>', '12 comments'],
  ])('keeps %s', (_name, html, kept) => {
    expect(prune(storyPage({ after: html }), rules).text).toContain(kept);
  });
});

describe('markedComments', () => {
  const rules = ['markedComments'] as const;
  const comments = (n: number, open: (i: number) => string, close = '</div>') =>
    Array.from({ length: n }, (_, i) => `${open(i)}<p>Reader comment ${i}: great plan, long overdue.</p>${close}`).join('');

  it.each([
    ['class="Comment …" one by one', comments(3, (i) => `<div class="Comment t1_x${i} Xq1">`)],
    ['schema.org Comment microdata', comments(4, () => '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">')],
    ['replies nested in the comments they answer', comments(3, (i) => `<div class="comment">${comments(1, () => `<div class="comment reply-to-${i}">`)}`)],
  ])('cuts a thread of comments marked %s', (_name, thread) => {
    const { doc, text } = prune(storyPage({ after: `<div class="x">${thread}</div>` }), rules);
    expect(text).not.toContain('Reader comment');
    expectStoryIntact(doc);
  });

  it('keeps two boxes styled "comment": an opinion piece may print its own', () => {
    expect(prune(storyPage({ after: comments(2, () => '<div class="comment">') }), rules).text).toContain('Reader comment 1');
  });

  it('keeps a class that only contains the word ("commentary", "comment-count")', () => {
    const boxes = comments(3, (i) => `<div class="${i % 2 ? 'commentary' : 'comment-count'}">`);
    expect(prune(storyPage({ after: boxes }), rules).text).toContain('Reader comment 2');
  });
});

describe('tagLists', () => {
  const rules = ['tagLists'] as const;

  it.each([
    ['a "Tags:" line', '<div class="tags">Tags: <a href="/t/harbour">Harbour</a>, <a href="/t/council">Council</a></div>', 'Tags:'],
    ['a hashtag cloud', '<p class="cloud"><a href="/t/harbour">#Harbour</a> <a href="/t/dredging">#Dredging</a></p>', '#Harbour'],
  ])('cuts %s', (_name, tags, gone) => {
    const { doc, text } = prune(storyPage({ after: tags }), rules);
    expect(text).not.toContain(gone);
    expectStoryIntact(doc);
  });

  it.each([
    [
      'a story sentence that starts "Topics:"',
      '<p>Topics: the levy, the marsh and the ferry timetable took most of the evening, as the <a href="/docs/minutes">minutes</a> show.</p>',
      'the levy, the marsh',
    ],
    [
      'a single "#1" link in a sentence',
      '<p><a href="/rank">#1</a> harbour in the county for freight, with far more traffic than any other.</p>',
      'harbour in the county',
    ],
  ])('keeps %s', (_name, para, kept) => {
    expect(prune(storyPage({ inBody: para }), rules).text).toContain(kept);
  });
});

describe('signupBoxes', () => {
  const rules = ['signupBoxes'] as const;

  it.each([
    [
      'an e-mail form with its heading',
      '<div class="signup"><h3>Get the morning briefing</h3><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></div>',
      'morning briefing',
    ],
    ['a newsletter-promo box', '<aside class="newsletter-promo"><p>Our newsletter, every weekday morning.</p></aside>', 'every weekday'],
    ['a paywall box', '<div class="paywall"><p>Subscribe to keep reading.</p></div>', 'keep reading'],
  ])('cuts %s', (_name, box, gone) => {
    const { doc, text } = prune(storyPage({ after: box }), rules);
    expect(text).not.toContain(gone);
    expectStoryIntact(doc);
  });

  it.each([
    ['a "subscriber-story" class', '<div class="subscriber-story"><p>Members get the full harbour survey.</p></div>', 'full harbour survey'],
    ['a search form', '<div class="search"><p>Search the archive</p><form><input type="search" name="q"></form></div>', 'Search the archive'],
  ])('keeps %s', (_name, html, kept) => {
    expect(prune(storyPage({ after: html }), rules).text).toContain(kept);
  });
});

describe('pageChrome', () => {
  const rules = ['pageChrome'] as const;
  const html = page(
    '<header class="site"><a href="/">Gazette masthead</a></header><nav><a href="/news">Site sections</a></nav>' +
      `<article><header><h1>${HEADLINE}</h1><p>By Jane Roe</p></header><div class="story-body"><p>${PARAS[0]}</p>` +
      `<nav class="toc"><a href="#part-2">Part two</a></nav><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p></div>` +
      '<footer>Filed under Harbour</footer></article>' +
      '<div role="navigation"><a href="/more">More sections</a></div><footer>Gazette site footer</footer>',
  );

  it('cuts site headers, navs and footers outside the story', () => {
    const { doc, text } = prune(html, rules);
    expect(text).not.toMatch(/Gazette masthead|Site sections|More sections|Gazette site footer/);
    expectStoryIntact(doc);
  });

  it("keeps the article's own header and footer and a table of contents in the body", () => {
    const { text } = prune(html, rules);
    expect(text).toContain('By Jane Roe');
    expect(text).toContain('Filed under Harbour');
    expect(text).toContain('Part two');
  });
});

describe('aggregatorNotes', () => {
  const rules = ['aggregatorNotes'] as const;

  it.each([
    ['"We have summarized this news"', '<p class="note">We have summarized this news so that you can read it quickly.</p>', 'summarized'],
    [
      '"Does this summary seem wrong?" with its link',
      '<div><span>Does this summary seem wrong?</span> <a href="/report">Report</a></div>',
      'summary seem wrong',
    ],
  ])('cuts %s', (_name, note, gone) => {
    const { doc, text } = prune(storyPage({ after: note }), rules);
    expect(text).not.toContain(gone);
    expectStoryIntact(doc);
  });

  it('keeps a story sentence that quotes such a note', () => {
    const quote = '<p>The editor wrote: "we have summarized this news for readers in a hurry", and the council objected.</p>';
    expect(prune(storyPage({ inBody: quote }), rules).text).toContain('we have summarized this news for readers');
  });
});

describe('photo credits and affiliate notes (real strings)', () => {
  it.each([['Photo: Meg Kinnard, AP'], ['Photo: David Zalubowski, STF / Associated Press']])('cuts the credit line %j and keeps the story', (credit) => {
    const { doc } = prune(storyPage({ inBody: `<figure><img src="/a.jpg"><span class="credit">${credit}</span></figure>` }), PRUNE_RULES);
    expect(doc.body.textContent).not.toContain(credit);
    expect(doc.body.textContent).toContain(PARAS[2]);
  });

  it('cuts a BBC "Media caption" label with its caption', () => {
    const { doc } = prune(storyPage({ inBody: '<div><span class="off-screen">Media caption</span>Who is Julian Assange?</div>' }), PRUNE_RULES);
    expect(doc.body.textContent).not.toContain('Who is Julian Assange?');
  });

  it('keeps a story paragraph that starts with "Photographers"', () => {
    const line = 'Photographers lined the quay.';
    const { doc } = prune(storyPage({ inBody: `<p>${line}</p>` }), PRUNE_RULES);
    expect(doc.body.textContent).toContain(line);
  });

  it("cuts MSN's affiliate disclosure", () => {
    const note = 'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.';
    const { doc } = prune(storyPage({ before: `<p>${note}</p>` }), PRUNE_RULES);
    expect(doc.body.textContent).not.toContain(note);
  });
});
