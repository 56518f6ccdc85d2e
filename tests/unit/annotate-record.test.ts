import { describe, expect, it } from 'vitest';
import { highlightsCslItem, formatHighlightsMarkdown, cslDay } from '../../utils/core/annotate/export';
import { addHighlights, emptyRecord, originalArticleUrl, parseRecord, removeHighlight, setArchiveUrl, setNote } from '../../utils/core/annotate/record';
import type { Highlight } from '../../utils/core/annotate/record';

/** Highlight records: keyed by the original article, checked when read back, and their export formats. */

const aggregated = {
  title: 'Ukraine accuses China of supplying Russia',
  url: 'https://www.daily8.com/en/article/123?utm_source=x',
  canonicalUrl: 'https://www.daily8.com/en/article/123',
  site: { name: 'Daily8', url: 'https://www.daily8.com/' },
  source: {
    name: 'Business Insider',
    url: 'https://www.businessinsider.com/ukraine-china-2025-6?utm_medium=social',
    confidence: 'high',
    evidence: [],
    kind: null,
  },
} as never;

const hl = (id: string, exact: string, note = ''): Highlight => ({
  id,
  selector: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  note,
  createdAt: '2026-12-04T21:00:00.000Z',
});

describe('originalArticleUrl', () => {
  it('is the source’s article address, cleaned of tracking parameters', () => {
    expect(originalArticleUrl(aggregated)).toBe('https://www.businessinsider.com/ukraine-china-2025-6');
  });

  it('falls back to the canonical address when the source’s URL is only the outlet’s home page', () => {
    const publisher = {
      url: 'https://www.bbc.com/news/articles/abc?at_medium=rss',
      canonicalUrl: 'https://www.bbc.com/news/articles/abc',
      site: { name: 'BBC', url: 'https://www.bbc.com/' },
      source: { name: 'BBC', url: 'https://www.bbc.com/' },
    } as never;
    expect(originalArticleUrl(publisher)).toBe('https://www.bbc.com/news/articles/abc');
  });

  it('falls back to the page address when there is neither', () => {
    const bare = {
      url: 'https://example.org/story?fbclid=1&id=7',
      canonicalUrl: null,
      site: { name: 'x', url: 'https://example.org/' },
      source: { name: '', url: null },
    } as never;
    expect(originalArticleUrl(bare)).toBe('https://example.org/story?id=7');
  });
});

describe('records', () => {
  it('add, annotate and remove highlights without touching the others', () => {
    let record = emptyRecord(aggregated);
    expect(record).toMatchObject({
      version: 1,
      url: 'https://www.businessinsider.com/ukraine-china-2025-6',
      outlet: 'Business Insider',
      archiveUrl: null,
      highlights: [],
    });
    record = addHighlights(record, [hl('a', 'first'), hl('b', 'second')]);
    record = setNote(record, 'b', 'Check this');
    expect(record.highlights.map((h) => [h.id, h.note])).toEqual([
      ['a', ''],
      ['b', 'Check this'],
    ]);
    record = removeHighlight(record, 'a');
    expect(record.highlights.map((h) => h.id)).toEqual(['b']);
  });

  it('take only an http(s) archive address', () => {
    const record = emptyRecord(aggregated);
    expect(setArchiveUrl(record, 'https://web.archive.org/web/20250606/https://www.businessinsider.com/x').archiveUrl).toBe(
      'https://web.archive.org/web/20250606/https://www.businessinsider.com/x',
    );
    expect(() => setArchiveUrl(record, 'javascript:alert(1)')).toThrow(/http/);
    expect(setArchiveUrl({ ...record, archiveUrl: 'https://a.example/' }, null).archiveUrl).toBeNull();
  });

  it('read back from storage keep what is valid and drop what is not', () => {
    const raw = {
      version: 1,
      url: 'https://www.businessinsider.com/x',
      title: 'T',
      outlet: 42,
      archiveUrl: 'javascript:alert(1)',
      highlights: [
        hl('a', 'kept'),
        { id: 'b', selector: { type: 'RangeSelector' } },
        { id: 'c', selector: { type: 'TextQuoteSelector', exact: '' } },
        hl('a', 'duplicate id'),
        'garbage',
        { ...hl('d', 'no note'), note: 7 },
      ],
    };
    const record = parseRecord(raw)!;
    expect(record.outlet).toBeNull();
    expect(record.archiveUrl).toBeNull();
    expect(record.highlights.map((h) => [h.id, h.selector.exact, h.note])).toEqual([
      ['a', 'kept', ''],
      ['d', 'no note', ''],
    ]);
    expect(parseRecord(null)).toBeNull();
    expect(parseRecord({ version: 2, url: 'x', highlights: [] })).toBeNull();
  });

  it('hold 1,000 highlights and survive a JSON round trip (what storage does)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => hl(`h${i}`, `quote ${i}`, i % 2 ? `note ${i}` : ''));
    const record = addHighlights(emptyRecord(aggregated), many);
    const back = parseRecord(JSON.parse(JSON.stringify(record)))!;
    expect(back.highlights).toHaveLength(1000);
    expect(back.highlights[999]).toEqual(many[999]);
  });
});

describe('export formats', () => {
  it('Markdown: each highlight a block quote with its note, then the citation', () => {
    const md = formatHighlightsMarkdown(
      [
        { exact: 'China is supplying *factories*.', note: 'Key claim' },
        { exact: '# not a heading\nsecond paragraph', note: '' },
      ],
      'Business Insider. (2025, June 6). *Ukraine accuses China*. https://www.businessinsider.com/x',
      { note: 'Note' },
    );
    expect(md).toBe(
      '> China is supplying \\*factories\\*.\n\nNote: Key claim\n\n' +
        '> \\# not a heading\n>\n> second paragraph\n\n' +
        'Business Insider. (2025, June 6). *Ukraine accuses China*. https://www.businessinsider.com/x\n',
    );
  });

  it('Markdown export can start with the article’s title as a heading', () => {
    expect(formatHighlightsMarkdown([{ exact: 'q', note: '' }], 'Cite.', { note: 'Note' }, 'Highlights: Title')).toBe('# Highlights: Title\n\n> q\n\nCite.\n');
  });

  it('CSL-JSON: the original article with outlet, address, dates, archive and the highlights as note', () => {
    let record = addHighlights(emptyRecord(aggregated), [hl('a', 'China is supplying', 'Key claim'), hl('b', 'Russia')]);
    record = setArchiveUrl(record, 'https://web.archive.org/web/2025/https://www.businessinsider.com/ukraine-china-2025-6');
    const item = highlightsCslItem(record, {
      accessedAt: new Date('2026-12-04T23:30:00Z'),
      timeZone: 'UTC',
      publishedTime: '2025-06-06T10:00:00Z',
      labels: { note: 'Note' },
    });
    expect(item).toEqual({
      id: expect.stringMatching(/^highlights-[0-9a-z]+$/),
      type: 'article-newspaper',
      title: 'Ukraine accuses China of supplying Russia',
      'container-title': 'Business Insider',
      URL: 'https://www.businessinsider.com/ukraine-china-2025-6',
      accessed: { 'date-parts': [[2026, 12, 4]] },
      issued: { 'date-parts': [[2025, 6, 6]] },
      archive: 'Internet Archive',
      archive_location: 'https://web.archive.org/web/2025/https://www.businessinsider.com/ukraine-china-2025-6',
      note: '“China is supplying” — Note: Key claim\n\n“Russia”',
    });
  });

  it('gives the access date of the reader’s own time zone', () => {
    expect(cslDay(new Date('2026-12-04T23:30:00Z'), 'Europe/Berlin')).toEqual({ 'date-parts': [[2026, 12, 5]] });
  });
});
