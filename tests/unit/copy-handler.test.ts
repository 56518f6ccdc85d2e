// @vitest-environment jsdom
import { fileCslAssets } from '../../cli/csl-assets';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerCopyRequest, pageAsArticle, pickSelection } from '../../utils/page/copy-handler';
import type { CopyDeps } from '../../utils/page/copy-handler';
import type { Article, ExtractResult } from '../../utils/core/extract/types';
import { originOf } from '../../utils/protocol';

/**
 * Copying from the page for the shortcut and the context menu (the content
 * script's side): what lands on the clipboard. Who may ask is attacked in
 * message-handlers.test.ts.
 */

const own = { id: fakeBrowser.runtime.id, origin: originOf(fakeBrowser.runtime.getURL('/'))! };
const BACKGROUND = { id: own.id, url: `${own.origin}/background.js` };

const ARTICLE: Article = {
  title: 'Port commissioners approve dredging plan',
  byline: 'Delia Marsh',
  excerpt: null,
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2025-04-17T14:30:00Z',
  url: 'https://www.daily8.com/en/article/1',
  canonicalUrl: null,
  site: { name: 'Daily8', url: 'https://www.daily8.com/' },
  source: { name: 'The Harbor Ledger', url: 'https://www.harborledger.com/news/dredging?utm_source=daily8' },
  aggregator: { name: 'Daily8', url: 'https://www.daily8.com/', signals: ['known-host'] },
  contentHtml:
    '<p>Port commissioners voted 5-2 on Wednesday.</p><h2>What comes next</h2><p>Work starts in <a href="https://example.org/plan">the autumn</a>.</p>',
  text: 'Port commissioners voted 5-2 on Wednesday.\n\nWhat comes next\n\nWork starts in the autumn.',
  links: [],
  related: [],
  wordCount: 14,
  readingMinutes: 1,
};

function deps(over: Partial<CopyDeps> & { result?: ExtractResult; selection?: string } = {}) {
  const written: Array<{ text: string; html?: string }> = [];
  const base: CopyDeps = {
    own,
    readPage: () => ({ doc: document, url: ARTICLE.url }),
    extract: vi.fn(() => over.result ?? { ok: true as const, article: ARTICLE }),
    readSelection: () => over.selection ?? '',
    formatContext: () => ({
      accessedAt: new Date('2025-06-07T10:00:00Z'),
      parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html').body,
      timeZone: 'UTC',
      // The content script has no CSL files of its own yet (see the csl branch report); here they come from disk.
      csl: fileCslAssets(),
    }),
    writeClipboard: vi.fn(async (text: string, html?: string) => {
      written.push({ text, ...(html ? { html } : {}) });
    }),
  };
  return { deps: { ...base, ...over }, written };
}

describe('copyArticle in the page', () => {
  it('copies the article as Markdown: headline, source line with the original’s clean address, body', async () => {
    const { deps: d, written } = deps();
    expect(await answerCopyRequest({ data: { kind: 'markdown' }, sender: BACKGROUND }, d)).toEqual({ ok: true, kind: 'markdown' });
    expect(written).toHaveLength(1);
    const markdown = written[0].text;
    expect(markdown.split('\n')[0]).toBe('# Port commissioners approve dredging plan');
    expect(markdown).toContain('https://www.harborledger.com/news/dredging');
    expect(markdown).not.toContain('utm_source');
    expect(markdown).toContain('## What comes next');
    expect(markdown).toContain('[the autumn](https://example.org/plan)');
    expect(written[0].html).toBeUndefined();
  });

  it('passes on the core’s refusal and writes nothing when there is no article', async () => {
    const { deps: d, written } = deps({ result: { ok: false, code: 'NO_ARTICLE', message: 'none' } });
    expect(await answerCopyRequest({ data: { kind: 'markdown' }, sender: BACKGROUND }, d)).toMatchObject({ ok: false, code: 'NO_ARTICLE' });
    expect(written).toEqual([]);
  });

  it('copies a selection in quotation marks, then the APA citation, with HTML for editors', async () => {
    const { deps: d, written } = deps({ selection: 'Port commissioners voted 5-2\n on Wednesday.' });
    const reply = await answerCopyRequest(
      { data: { kind: 'quote', style: 'apa', selectionText: 'Port commissioners voted 5-2 on Wednesday.' }, sender: BACKGROUND },
      d,
    );
    expect(reply).toEqual({ ok: true, kind: 'quote' });
    const [quote, citation] = written[0].text.split('\n\n');
    expect(quote).toBe('“Port commissioners voted 5-2 on Wednesday.”');
    expect(citation).toBe(
      'Marsh, D. (2025, April 17). Port commissioners approve dredging plan. The Harbor Ledger. https://www.harborledger.com/news/dredging',
    );
    expect(written[0].html).toMatch(/<blockquote>.*<\/blockquote>/s);
    expect(written[0].html).toContain('<i>');
  });

  it('copies BibTeX as plain text only (it is pasted into a .bib file, not an editor)', async () => {
    const { deps: d, written } = deps({ selection: 'A sentence.' });
    await answerCopyRequest({ data: { kind: 'quote', style: 'bibtex' }, sender: BACKGROUND }, d);
    expect(written[0].text).toMatch(/^“A sentence\.”\n\n@(?:online|article)\{/);
    expect(written[0].html).toBeUndefined();
  });

  it('cites the page itself when the selection is on a page without an article', async () => {
    document.title = 'Community notices | Hub Town';
    const { deps: d, written } = deps({ selection: 'The library opens at nine.', result: { ok: false, code: 'NO_ARTICLE', message: '' } });
    await answerCopyRequest({ data: { kind: 'quote', style: 'markdown' }, sender: BACKGROUND }, d);
    expect(written[0].text).toMatch(/^“The library opens at nine\.”\n\n\[Community notices \| Hub Town\]\(https:\/\/www\.daily8\.com\/en\/article\/1\)/);
  });

  it('says when nothing is selected, and writes nothing', async () => {
    const { deps: d, written } = deps({ selection: '   ' });
    expect(await answerCopyRequest({ data: { kind: 'quote', style: 'apa' }, sender: BACKGROUND }, d)).toMatchObject({ ok: false, code: 'NO_SELECTION' });
    expect(written).toEqual([]);
  });

  it('reports a refused clipboard as CLIPBOARD_REFUSED, so the background can offer the reader view', async () => {
    const { deps: d } = deps({ writeClipboard: vi.fn(async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'))) });
    expect(await answerCopyRequest({ data: { kind: 'markdown' }, sender: BACKGROUND }, d)).toMatchObject({
      ok: false,
      code: 'CLIPBOARD_REFUSED',
      message: expect.stringMatching(/not focused/),
    });
  });
});

describe('pickSelection', () => {
  it('prefers the page’s selection when it is the reported one', () => {
    expect(pickSelection('First line\nsecond line', 'First line second line')).toBe('First line\nsecond line');
  });

  it('takes the reported text when the page’s differs (a selection in a frame)', () => {
    expect(pickSelection('something else', 'Quoted in a frame')).toBe('Quoted in a frame');
    expect(pickSelection('', 'Reported only')).toBe('Reported only');
    expect(pickSelection('Live only', undefined)).toBe('Live only');
  });
});

describe('pageAsArticle', () => {
  it('is the page’s title, its site name and address, with no author or date', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="fr"><head><title>Avis  municipaux</title><meta property="og:site_name" content="Ville de Lorme"></head><body></body></html>',
      'text/html',
    );
    const article = pageAsArticle(doc, 'https://www.lorme.example/avis');
    expect(article).toMatchObject({
      title: 'Avis municipaux',
      lang: 'fr',
      byline: null,
      publishedTime: null,
      site: { name: 'Ville de Lorme' },
      source: { name: 'Ville de Lorme', url: 'https://www.lorme.example/avis' },
      aggregator: null,
    });
  });
});
