import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledStylePath, readLocale } from '../../cli/csl-assets';
import { citeWithStyle, entryMarkdown, formatCitation, formatQuoteWithCitation } from '../../utils/core/format/citation';
import { CslStyleError, validateStyle } from '../../utils/core/format/csl-engine';
import { CSL_STYLE_NAMES, type CitationStyle } from '../../utils/core/format/csl-styles';
import { CASES } from './citation-cases/cases';
import { cslContext } from './citation-cases/csl-context';
import { makeArticle, publisherPage } from './citation-cases/make-article';
import { STYLE_ENTRIES } from './citation-cases/style-entries';

const ctx = cslContext();
const URL_ = 'https://news.example.com/2025/06/06/story';

function article(fields: Partial<Parameters<typeof makeArticle>[0]> = {}) {
  return makeArticle({
    title: 'Council approves new budget',
    url: URL_,
    publishedTime: '2025-06-06T09:00:00Z',
    ...publisherPage('Example News', 'https://news.example.com/'),
    ...fields,
  });
}
const cite = (style: CitationStyle, fields: Partial<Parameters<typeof makeArticle>[0]> = {}) => formatCitation(article(fields), style, ctx).text;

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#38;/g, '&')
    .replace(/&#60;/g, '<')
    .replace(/&#62;/g, '>');

describe.each(CASES)('CSL styles: $name', (c) => {
  it.each(CSL_STYLE_NAMES)('%s: html, text and markdown of the same entry', (style) => {
    const expected = STYLE_ENTRIES[c.name][style];
    const got = formatCitation(c.article, style, ctx);
    expect(got.html).toBe(expected);
    expect(got.text).toBe(plain(expected));
    expect(got.markdown).toBe(entryMarkdown(expected));
    expect(got.text).not.toMatch(/undefined|null|\[object/);
  });

  it('markdown link line', () => {
    expect(formatCitation(c.article, 'markdown', ctx).text).toBe(c.markdown);
  });
});

describe('what the styles show', () => {
  it('APA with one author: newspaper name italic, title plain (APA 7 10.1)', () => {
    const c = formatCitation(article({ byline: 'Ana Ruiz' }), 'apa', ctx);
    expect(c.html).toBe(`Ruiz, A. (2025, June 6). Council approves new budget. <i>Example News</i>. ${URL_}`);
    expect(c.markdown).toBe(`Ruiz, A. (2025, June 6). Council approves new budget. *Example News*. ${URL_}`);
  });

  it('keeps "Jr." with its name and particles with the family name', () => {
    const byline = 'By Martin Luther King, Jr. and Ursula von der Leyen';
    expect(cite('apa', { byline }).startsWith('King, M. L., Jr., & von der Leyen, U. (2025, June 6).')).toBe(true);
    expect(cite('mla', { byline }).startsWith('King, Martin Luther, Jr., and Ursula von der Leyen. “Council')).toBe(true);
  });

  it('a relative or impossible date counts as no date; APA then gives the retrieval date', () => {
    expect(cite('apa', { publishedTime: '3 minutes ago' })).toBe(
      `Council approves new budget. (n.d.). Example News. Retrieved November 29, 2026, from ${URL_}`,
    );
    expect(cite('apa', { publishedTime: '2025-02-30' })).toContain('(n.d.)');
  });

  it('a year and month only', () => {
    expect(cite('apa', { publishedTime: '2025-09' })).toContain('(2025, September)');
    expect(cite('mla', { publishedTime: '2025-09' })).toContain(', Sept. 2025, ');
  });

  it('the access date comes from the context', () => {
    expect(formatCitation(article(), 'ieee', cslContext(new Date('2027-01-02T03:04:05Z'))).text).toContain('Accessed: Jan. 02, 2027.');
  });

  it('cites the original URL with tracking removed and other parameters kept', () => {
    const fields = {
      url: 'https://agg.example/a/1',
      site: { name: 'Agg', url: 'https://agg.example/' },
      source: { name: 'Example News', url: 'https://news.example.com/story?id=42&utm_source=agg&fbclid=x&page=2#:~:text=hi' },
      aggregator: { name: 'Agg', url: 'https://agg.example/', signals: ['known-host'] },
    };
    expect(cite('mla', fields)).toBe('“Council Approves New Budget.” Example News, 6 June 2025. Agg, https://news.example.com/story?id=42&page=2.');
  });

  it('renders in another bundled locale', () => {
    const de = formatCitation(article({ byline: 'Ana Ruiz' }), 'ieee', cslContext(undefined, 'de-DE')).text;
    expect(de).toBe(
      `[1] A. Ruiz, „Council approves new budget“, Example News, 6. Juni 2025. Zugegriffen: 29. November 2026. [Online]. Verfügbar unter: ${URL_}`,
    );
  });
});

describe('bad input', () => {
  const styles = [...CSL_STYLE_NAMES, 'bibtex', 'ris', 'csl-json', 'markdown'] as const;

  it.each(styles)('%s: an unknown outlet (source null) gives an entry without a container, never the aggregator as outlet', (style) => {
    const a = {
      ...article({
        url: 'https://www.msn.com/en-us/news/x/ar-1',
        site: { name: 'MSN', url: 'https://www.msn.com/' },
        aggregator: { name: 'MSN', url: 'https://www.msn.com/', signals: [] },
      }),
      source: null,
    };
    const text = formatCitation(a, style, ctx).text;
    expect(text).toContain('Council');
    expect(text).not.toMatch(/undefined|null|Example News/);
  });

  it('source null: APA and Chicago never name the aggregator; MLA names it only as where it was read', () => {
    const a = {
      ...article({
        url: 'https://www.msn.com/en-us/news/x/ar-1',
        site: { name: 'MSN', url: 'https://www.msn.com/' },
        aggregator: { name: 'MSN', url: 'https://www.msn.com/', signals: [] },
      }),
      source: null,
    };
    expect(formatCitation(a, 'apa', ctx).html).toBe('<i>Council approves new budget</i>. (2025, June 6). https://www.msn.com/en-us/news/x/ar-1');
    expect(formatCitation(a, 'chicago', ctx).text).toBe('“Council Approves New Budget.” June 6, 2025. https://www.msn.com/en-us/news/x/ar-1.');
    expect(formatCitation(a, 'mla', ctx).text).toBe('Council Approves New Budget. 6 June 2025. MSN, https://www.msn.com/en-us/news/x/ar-1.');
  });

  it('an organisation byline is no author: the entry starts with the title', () => {
    expect(cite('apa', { byline: 'Associated Press' })).toBe(`Council approves new budget. (2025, June 6). Example News. ${URL_}`);
  });

  it('names in non-Latin scripts', () => {
    expect(cite('apa', { byline: 'Иван Петров' }).startsWith('Петров, И. (2025, June 6).')).toBe(true);
    expect(cite('ieee', { byline: '王小明' }).startsWith('[1] 王小明, “Council approves new budget,”')).toBe(true);
  });

  it('a title with quotes and markup stays escaped in HTML and never runs', () => {
    const c = formatCitation(article({ title: 'Why "AI" fails & <script>alert(1)</script> R&D' }), 'mla', ctx);
    expect(c.html).not.toMatch(/<script/i);
    expect(c.text).toContain('“Why ‘AI’ Fails & ');
    expect(c.markdown).not.toMatch(/(?<!\\)<script/i);
  });

  it('an empty title still gives an entry', () => {
    expect(cite('apa', { title: '   ' })).toBe(`Untitled. (2025, June 6). Example News. ${URL_}`);
  });
});

describe('user CSL files', () => {
  const sample = article({ byline: 'Ana Ruiz' });
  const ieee = readFileSync(bundledStylePath('ieee'), 'utf8');

  it('renders with any CSL 1.0 style given as XML, exactly as the bundled one', () => {
    expect(citeWithStyle(sample, ieee, ctx).text).toBe(formatCitation(sample, 'ieee', ctx).text);
  });

  it('validates a good style with its title and a sample entry', () => {
    const result = validateStyle(ieee, readLocale);
    expect(result.title).toBe('IEEE Reference Guide version 11.29.2023');
    expect(result.sample).toContain('J. Doe, “Sample headline of a news story,”');
  });

  it.each([
    ['', /empty/],
    ['hello world', /no <style> element/],
    ['<style version="1.0"><citation/><bibliography/></style>', /CSL namespace/],
    [ieee.slice(0, 4000), /cut short/],
    [
      '<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>Nature</title><link href="http://www.zotero.org/styles/nature" rel="independent-parent"/></info></style>',
      /dependent style.*nature/,
    ],
    [
      '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>X</title></info><citation><layout><text variable="title"/></layout></citation></style>',
      /no <bibliography>/,
    ],
    [
      '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>X</title></info><citation><layout><text macro="nope"/></layout></citation><bibliography><layout><text macro="missing"/></layout></bibliography></style>',
      /could not use this style|empty entry/,
    ],
  ])('a broken file gets a clear message (%#)', (xml, message) => {
    expect(() => validateStyle(xml, readLocale)).toThrow(CslStyleError);
    expect(() => validateStyle(xml, readLocale)).toThrow(message);
    expect(() => citeWithStyle(sample, xml, ctx)).toThrow(CslStyleError);
  });
});

describe('formatQuoteWithCitation', () => {
  it('puts the selection in quotation marks, then the citation', () => {
    const q = formatQuoteWithCitation('  The council  said "yes"\n today ', article({ byline: 'Ana Ruiz' }), 'apa', ctx);
    expect(q.text).toBe(`“The council said ‘yes’ today”\n\nRuiz, A. (2025, June 6). Council approves new budget. Example News. ${URL_}`);
    expect(q.html).toBe(
      `<blockquote>“The council said ‘yes’ today”</blockquote>\n<p>Ruiz, A. (2025, June 6). Council approves new budget. <i>Example News</i>. ${URL_}</p>`,
    );
    expect(q.markdown).toBe(`> “The council said ‘yes’ today”\n\nRuiz, A. (2025, June 6). Council approves new budget. *Example News*. ${URL_}`);
  });

  it('without CSL files loaded, a style is refused with a message, not rendered wrong', () => {
    const { csl: _unused, ...bare } = ctx;
    expect(() => formatCitation(article(), 'apa', bare)).toThrow(/not loaded/);
    expect(formatCitation(article(), 'ris', bare).text).toContain('TY  - NEWS');
  });
});
