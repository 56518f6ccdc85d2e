/**
 * A realistic news article page for planting hostile markup: site chrome,
 * a headline, byline and date, eight substantial paragraphs, a figure, a
 * related-stories rail and a footer. The paragraphs are distinct so a test can
 * tell which of them survived.
 */

export const ARTICLE_URL = 'https://www.harbour-gazette.example/news/2025/06/06/dredging-plan-approved';

export const ARTICLE_PARAGRAPHS = [
  'The county council approved a plan on Thursday to dredge the silted channel at Carrow Harbour, ending two years of argument between fishermen, shipping firms and conservation groups over how the work should be paid for.',
  'Under the plan, contractors will remove roughly 180,000 cubic metres of sediment from the approach channel over three winters, when fewer birds nest on the mudflats and the ferry timetable is at its thinnest.',
  'Harbour master Ines Okafor said the channel had lost almost a metre of depth since the last survey, forcing the ferry to wait for high tide on some crossings and turning away cargo vessels with deeper hulls.',
  'Fishermen had warned that the shallower water was already costing them landings. Several boats now unload at a rival port forty minutes up the coast, taking their catch and the jobs that come with it.',
  'Conservation groups had opposed an earlier version of the scheme that would have dumped the spoil at sea. The approved plan instead uses the cleaner material to rebuild a salt marsh that storms have eaten away.',
  'The council will pay for a little under half of the cost, with the rest coming from a national coastal fund and a levy on commercial vessels that will rise gradually over the next five years.',
  'Opposition councillors questioned whether the levy would drive away the very shipping the plan is meant to bring back, and asked for an independent review of the traffic forecasts before the second winter of work.',
  'Work is expected to begin in November, subject to a final environmental licence. The council said residents would be able to follow the progress of the dredger on a public map updated every week.',
];

export interface ArticlePageOptions {
  /** Markup planted between paragraphs 4 and 5 (the middle of the story). */
  betweenParagraphs?: string;
  /** Markup planted inside paragraph 3, mid-sentence. */
  insideParagraph?: string;
  /** Markup planted in the page head. */
  inHead?: string;
}

export function buildArticlePage(options: ArticlePageOptions = {}): string {
  const paragraphs = ARTICLE_PARAGRAPHS.map((text, index) => {
    if (index === 2 && options.insideParagraph !== undefined) {
      const cut = text.indexOf(' said ');
      return `<p>${text.slice(0, cut)} ${options.insideParagraph} ${text.slice(cut + 1)}</p>`;
    }
    return `<p>${text}</p>`;
  });
  if (options.betweenParagraphs !== undefined) paragraphs.splice(4, 0, options.betweenParagraphs);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves Carrow Harbour dredging plan | The Harbour Gazette</title>
<meta name="description" content="The county council approved a plan to dredge the silted channel at Carrow Harbour.">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="Council approves Carrow Harbour dredging plan">
<meta property="og:type" content="article">
<meta property="og:url" content="${ARTICLE_URL}">
<meta name="author" content="Tomas Reyes">
<meta property="article:published_time" content="2025-06-06T08:30:00Z">
<link rel="canonical" href="${ARTICLE_URL}">
${options.inHead ?? ''}
</head>
<body>
<header class="site-header">
  <a href="/" class="logo">The Harbour Gazette</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
  <article class="story">
    <h1>Council approves Carrow Harbour dredging plan</h1>
    <div class="story-meta"><span class="byline">By Tomas Reyes</span> <time datetime="2025-06-06T08:30:00Z">6 June 2025</time></div>
    <figure><img src="https://cdn.harbour-gazette.example/img/carrow-harbour.jpg" width="1200" height="800" alt="Boats moored at Carrow Harbour at low tide"><figcaption>Boats moored at Carrow Harbour at low tide.</figcaption></figure>
    <div class="story-body">
      ${paragraphs.join('\n      ')}
      <p>Read the council's <a href="https://www.county-council.example/dredging-plan">full decision</a> and the <a href="/news/2025/05/harbour-survey">harbour survey</a>.</p>
    </div>
  </article>
  <aside class="related">
    <h2>More from the coast</h2>
    <ul>
      <li><a href="/news/2025/06/05/ferry-timetable">Ferry timetable cut for summer</a></li>
      <li><a href="/news/2025/06/03/salt-marsh">Volunteers count birds on the salt marsh</a></li>
      <li><a href="/news/2025/06/01/fish-prices">Fish prices fall as landings move up the coast</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer"><p>&copy; 2025 The Harbour Gazette</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body>
</html>`;
}
