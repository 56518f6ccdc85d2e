/**
 * Issue 11's big pages: articles a browser renders without trouble, and two
 * abusive pages. Generated in memory (deterministic), so the repo carries no
 * megabytes of HTML. `paragraphs` is how many article blocks must come back.
 */

export interface BigPage {
  id: string;
  description: string;
  /** Blocks of article text a whole extraction returns (null: no article expected, any answer within 2 s). */
  paragraphs: number | null;
  build(): string;
}

export const BIG_PAGE_URL = 'https://big.example/news/2026/12/a-very-long-story';

function repeat(count: number, item: (i: number) => string): string {
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) parts[i] = item(i);
  return parts.join('');
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>${body}<footer><p>Contact us</p></footer></body></html>`;
}

const SENTENCE = 'the council met again and argued about the harbour budget until late in the evening';

export const BIG_PAGES: readonly BigPage[] = [
  {
    id: 'paragraphs-20k',
    description: '20,000 paragraphs',
    paragraphs: 20_000,
    build: () =>
      page(
        'Twenty thousand paragraphs',
        `<article><h1>Twenty thousand paragraphs</h1>${repeat(20_000, (i) => `<p>Paragraph ${i}: ${SENTENCE}.</p>`)}</article>`,
      ),
  },
  {
    id: 'linked-paragraphs-8k',
    description: '8,000 paragraphs with links and inline markup',
    paragraphs: 8_000,
    build: () =>
      page(
        'Eight thousand linked paragraphs',
        `<article><h1>Eight thousand linked paragraphs</h1>${repeat(
          8_000,
          (i) =>
            `<p>Paragraph ${i}: <b>the council</b> met <a href="https://records.example/minutes/${i}">again</a> and <em>argued</em> about the <i>harbour</i> budget, <a href="/topic/${i % 50}">as reported</a>, until late <span class="x">in the evening</span> of day ${i}.</p>`,
        )}</article>`,
      ),
  },
  {
    id: 'table-3000x12',
    description: 'a 3,000 x 12 table in an article',
    paragraphs: 3_000 + 2,
    build: () =>
      page(
        'A big table',
        `<article><h1>A big table of harbour fees</h1><p>The harbour authority published every fee it charged last year, ${SENTENCE}.</p><table><tbody>${repeat(
          3_000,
          (r) => `<tr>${repeat(12, (c) => `<td>r${r}c${c} ${(r * 31 + c * 7) % 1000}</td>`)}</tr>`,
        )}</tbody></table><p>The council will publish next year's fees in the spring, ${SENTENCE}.</p></article>`,
      ),
  },
  {
    id: 'br-lines-30k',
    description: '30,000 lines separated by <br><br>',
    paragraphs: 30_000,
    build: () =>
      page(
        'Thirty thousand lines',
        `<div class="content">${repeat(30_000, (i) => `Line ${i} of a story written with line breaks, ${SENTENCE}.<br><br>`)}</div>`,
      ),
  },
  {
    id: 'span-words-100k',
    description: 'one paragraph of 100,000 <span> words',
    paragraphs: 1,
    build: () => page('One long paragraph', `<article><h1>One long paragraph</h1><p>${repeat(100_000, (i) => `<span>word${i}</span> `)}</p></article>`),
  },
  {
    id: 'link-soup-60k',
    description: '60,000 divs of link soup, no article',
    paragraphs: null,
    build: () =>
      page(
        'Links',
        repeat(60_000, (i) => `<div class="item"><a href="/story/${i}">Story ${i}</a> <span>${i % 60} min ago</span></div>`),
      ),
  },
  {
    id: 'nesting-5000',
    description: '5,000-deep nesting',
    paragraphs: null,
    build: () =>
      page(
        'Deep',
        `${'<div>'.repeat(5_000)}<p>The only text of the page sits at the bottom of a very deep well of divs, ${SENTENCE}.</p>${'</div>'.repeat(5_000)}`,
      ),
  },
];
