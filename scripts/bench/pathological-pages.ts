/**
 * The monstrous and broken pages of issue 5, generated in memory so the repo
 * carries no megabytes of junk. Deterministic: the same bytes on every run.
 */

export interface PathologicalPage {
  id: string;
  description: string;
  build(): Uint8Array;
}

const encoder = new TextEncoder();

function htmlPage(title: string, body: string): Uint8Array {
  return encoder.encode(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);
}

/** mulberry32: a tiny seeded generator, so that "random" garbage is the same on every run. */
function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function repeat(count: number, item: (i: number) => string): string {
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) parts[i] = item(i);
  return parts.join('');
}

export const PATHOLOGICAL_URL = 'https://monster.example/news/2025/06/huge-page';

export const PATHOLOGICAL_PAGES: readonly PathologicalPage[] = [
  {
    id: 'p-50k',
    description: '50,000 <p>',
    build: () =>
      htmlPage(
        'Fifty thousand paragraphs',
        `<article><h1>Fifty thousand paragraphs</h1>${repeat(
          50_000,
          (i) => `<p>Paragraph ${i} of the endless story, in which the council met again and argued about the budget.</p>`,
        )}</article>`,
      ),
  },
  {
    id: 'br-20k',
    description: '20,000 text+<br><br> pairs',
    build: () =>
      htmlPage(
        'Twenty thousand line breaks',
        `<div class="content">${repeat(20_000, (i) => `Line ${i} of a story written with line breaks instead of paragraphs, as old forums do.<br><br>`)}</div>`,
      ),
  },
  {
    id: 'span-200k',
    description: '200,000 flat spans',
    build: () => htmlPage('Two hundred thousand spans', `<div>${repeat(200_000, (i) => `<span>word${i}</span> `)}</div>`),
  },
  {
    id: 'div-nest-5k',
    description: '5,000 nested divs',
    build: () =>
      htmlPage(
        'Five thousand nested divs',
        `${'<div>'.repeat(5_000)}<p>The only text of the page sits at the bottom of a very deep well of divs, far from the body.</p>${'</div>'.repeat(5_000)}`,
      ),
  },
  {
    id: 'soup-40k',
    description: '40,000 divs of sidebar/comment soup, no article',
    build: () =>
      htmlPage(
        'Comments and widgets',
        `<aside class="sidebar">${repeat(
          20_000,
          (i) => `<div class="widget"><a href="/tag/${i}">Trending topic ${i}</a> <span>${i % 60} min ago</span></div>`,
        )}</aside><section id="comments">${repeat(
          20_000,
          (i) => `<div class="comment"><a href="/user/${i}">reader${i}</a> <span>${i % 24}h</span> Great point, number ${i}. Share Reply Like</div>`,
        )}</section>`,
      ),
  },
  {
    id: 'table-2000x20',
    description: 'a 2,000x20 table',
    build: () =>
      htmlPage(
        'A big table',
        `<table><tbody>${repeat(2_000, (r) => `<tr>${repeat(20, (c) => `<td>r${r}c${c} ${(r * 31 + c * 7) % 1000}</td>`)}</tr>`)}</tbody></table>`,
      ),
  },
  {
    id: 'empty',
    description: 'an empty file',
    build: () => new Uint8Array(0),
  },
  {
    id: 'binary',
    description: 'binary garbage (512 KiB)',
    build: () => seededBytes(512 * 1024, 0x5eed),
  },
];
