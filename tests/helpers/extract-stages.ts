import { parseHtmlDocument } from '../../cli/load-page';
import { findLandmarks, type Landmarks } from '../../utils/core/extract/detect';
import { readPageMetadata, type PageMetadata } from '../../utils/core/extract/page-metadata';
import { scanPage, type PageScan } from '../../utils/core/extract/page-scan';

/**
 * Small pages and the first stages of the pipeline, for the per-stage unit
 * tests (tests/unit/extract-*.test.ts), on linkedom. Snippets are always
 * wrapped in a whole document: linkedom makes a bare `<p>` the document
 * element. Tests that run on both DOMs take `PARSERS` from extract-doms.ts,
 * kept apart so that the other files do not pay for loading jsdom.
 */

export const PAGE_URL = 'https://www.harbour-gazette.example/news/2025/06/06/dredging-plan';
export const HEADLINE = 'Council approves Carrow Harbour dredging plan';

/** Long, distinct story paragraphs (each well over the 80 and 120 character thresholds). */
export const PARAS = [
  'The county council approved a plan on Thursday to dredge the silted channel at Carrow Harbour, ending two years of argument over who pays.',
  'Contractors will remove roughly 180,000 cubic metres of sediment from the approach channel over three winters, when fewer birds nest nearby.',
  'Harbour master Ines Okafor said the channel had lost almost a metre of depth since the last survey, forcing the ferry to wait for high tide.',
  'Fishermen had warned that the shallower water was already costing them landings, with several boats now unloading at a rival port up the coast.',
];

export function parse(html: string): Document {
  return parseHtmlDocument(html);
}

/** A whole HTML document around `body` (and optional `head` markup). */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | The Harbour Gazette</title>${head}</head><body>${body}</body></html>`;
}

/**
 * A story whose headline and body cluster the detector finds: the h1 matches
 * the title, and `div.story-body` holds the long paragraphs. `inBody` goes
 * between the second and third paragraphs; `before`/`after` around the article.
 */
export function storyPage(parts: { before?: string; header?: string; inBody?: string; after?: string; head?: string } = {}): string {
  return page(
    `${parts.before ?? ''}<article class="story"><header class="story-header"><h1>${HEADLINE}</h1>${parts.header ?? ''}</header>` +
      `<div class="story-body"><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${parts.inBody ?? ''}<p>${PARAS[2]}</p><p>${PARAS[3]}</p></div></article>${parts.after ?? ''}`,
    parts.head,
  );
}

export interface Analysed {
  doc: Document;
  scan: PageScan;
  metadata: PageMetadata;
  landmarks: Landmarks;
}

/** Scan, metadata and landmarks of a parsed page, as `extractArticle` computes them. */
export function analyse(doc: Document): Analysed {
  const scan = scanPage(doc.documentElement);
  const metadata = readPageMetadata(doc, scan);
  return { doc, scan, metadata, landmarks: findLandmarks(scan, metadata) };
}

/** Collapsed text of a node, for assertions. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
