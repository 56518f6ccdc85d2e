/**
 * Pages written for the browser tests: a long sectioned article (contents,
 * benchmark), and one built to break a 400 px column (long words, a wide
 * table, a huge image). Deterministic, so every run reads the same page.
 */

const WORDS =
  'council harbour survey water budget report residents engineers vote plan river bridge school market tenants repair board study years county service'.split(
    ' ',
  );

/** A paragraph of about `words` words, different for every `seed`. */
function paragraph(seed: number, words = 90): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13 + ((i * i) % 5)) % WORDS.length]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

export interface LongArticle {
  url: string;
  html: string;
  title: string;
  sections: Array<{ level: 2 | 3; text: string }>;
  /** Words in the body's paragraphs. */
  words: number;
}

/** A publisher's long read: `sections` h2 sections, each with an h3, about 1,000 words per section. */
export function longArticle(sections = 8): LongArticle {
  const title = 'The long drought: how three valleys are learning to share one river';
  const url = 'https://www.valleychronicle.example/features/2025/07/long-drought-shared-river';
  const parts: LongArticle['sections'] = [];
  let body = '';
  let seed = 1;
  for (let s = 1; s <= sections; s++) {
    const h2 = `Part ${s}: what the ${WORDS[s % WORDS.length]} records show`;
    const h3 = `The ${WORDS[(s + 3) % WORDS.length]} question in part ${s}`;
    parts.push({ level: 2, text: h2 }, { level: 3, text: h3 });
    body += `<h2>${h2}</h2>\n`;
    for (let p = 0; p < 5; p++) body += `<p>${paragraph(seed++)}</p>\n`;
    body += `<h3>${h3}</h3>\n`;
    for (let p = 0; p < 6; p++) body += `<p>${paragraph(seed++)}</p>\n`;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Valley Chronicle</title>
<meta property="og:site_name" content="Valley Chronicle"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-07-12T08:00:00Z">
</head><body><header><nav><a href="/">Home</a> <a href="/features">Features</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Ines Marlowe</p>
${body}</article></main><footer>© Valley Chronicle</footer></body></html>`;
  return { url, html, title, sections: parts, words: (seed - 1) * 90 };
}

/** An article whose content would overflow a narrow column if the CSS let it. */
export function overflowArticle(): { url: string; html: string; imageUrl: string } {
  const url = 'https://www.overflowtimes.example/news/2025/05/wide-things';
  const imageUrl = 'https://img.overflowtimes.example/huge-photo.svg';
  const longWord = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(3);
  const longUrl = `https://www.example.org/${'very-long-path-segment-'.repeat(12)}end`;
  const cells = Array.from({ length: 14 }, (_, i) => `<td>Column ${i + 1} value ${1000 + i * 37}</td>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wide things in a narrow column | Overflow Times</title>
<meta property="og:site_name" content="Overflow Times"><meta property="og:type" content="article"></head><body>
<main><article><h1>Wide things in a narrow column: ${longWord}</h1>
<p>The council published its budget on Tuesday with a table of every line item, a photograph of the harbour, and a word that German speakers will recognise as ${longWord}, which must wrap rather than widen the page.</p>
<p>Readers can find the full report at <a href="${longUrl}">${longUrl}</a>, a link that is longer than any line the popup can show.</p>
<figure><img src="${imageUrl}" width="2400" height="1600" alt="The harbour at dawn"><figcaption>The harbour at dawn, seen from the old lighthouse.</figcaption></figure>
<table><thead><tr>${cells.replace(/td>/g, 'th>')}</tr></thead><tbody><tr>${cells}</tr><tr>${cells}</tr></tbody></table>
<p>Engineers told the board that the repairs would take two summers, and that the school district would share the cost of the new bridge over the river with the county.</p>
<pre>${'x'.repeat(300)}</pre>
<p>Residents will vote on the plan in November, after three public meetings in the market hall, the library and the harbour office.</p>
</article></main></body></html>`;
  return { url, html, imageUrl };
}

/** A wide landscape picture, drawn as SVG so no image file needs to ship with the tests. */
export function landscapeSvg(width = 2400, height = 1600): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 240 160">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#f3e2c3"/></linearGradient></defs>
<rect width="240" height="160" fill="url(#sky)"/><circle cx="186" cy="52" r="16" fill="#f7d488"/>
<path d="M0 112 L48 74 L92 104 L140 62 L196 108 L240 86 L240 160 L0 160 Z" fill="#5d7a8c"/>
<path d="M0 128 L60 104 L120 124 L180 100 L240 118 L240 160 L0 160 Z" fill="#3e5566"/>
<rect y="138" width="240" height="22" fill="#2f4a5c"/></svg>`;
}
