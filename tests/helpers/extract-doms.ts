import { JSDOM } from 'jsdom';
import { parseHtmlDocument } from '../../cli/load-page';

type Parse = (html: string, url: string) => Document;

let sharedWindow: JSDOM['window'] | null = null;

/**
 * The DOMs the core must run on: linkedom (the CLI) and jsdom (browser-like).
 * For the stage tests, jsdom documents come from one window's DOMParser: the
 * same DOM implementation, about 15x cheaper than a new JSDOM per case.
 */
export const PARSERS: Record<'linkedom' | 'jsdom', (html: string) => Document> = {
  linkedom: (html) => parseHtmlDocument(html),
  jsdom: (html) => {
    sharedWindow ??= new JSDOM('').window;
    return new sharedWindow.DOMParser().parseFromString(html, 'text/html');
  },
};

/** Whole pages as the CLI and a browser-like host load them, for the `extractArticle` contract. */
export const PAGE_PARSERS: Record<'linkedom' | 'jsdom', Parse> = {
  linkedom: (html) => parseHtmlDocument(html),
  jsdom: (html, url) => new JSDOM(html, { url }).window.document,
};
