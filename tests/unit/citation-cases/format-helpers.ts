import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { FormatContext } from '../../../utils/core/format/index';

export const ACCESSED = new Date('2026-11-29T12:00:00Z');

export function linkedomContext(accessedAt = ACCESSED): FormatContext {
  return {
    accessedAt,
    parseHtml: (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body,
  };
}

export function jsdomContext(accessedAt = ACCESSED): FormatContext {
  return { accessedAt, parseHtml: (html) => new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body };
}
