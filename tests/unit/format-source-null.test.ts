import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatCitation } from '../../utils/core/format/citation';
import { formatMarkdown } from '../../utils/core/format/markdown';
import { formatText } from '../../utils/core/format/text';
import type { FormatContext } from '../../utils/core/format/context';
import { makeArticle } from './citation-cases/make-article';
import { cslContext } from './citation-cases/csl-context';

/**
 * `source: null` (no outlet established) everywhere an article is written
 * out: never "null"/"undefined", never the aggregator in the outlet's or an
 * author's place.
 */
const ctx: FormatContext = cslContext(new Date('2026-12-04T12:00:00Z'));
const article = makeArticle({
  title: 'Doctors offer free flu shots to detained migrants',
  url: 'https://www.msn.com/en-us/news/us/doctors-offer/ar-BBWZedJ',
  site: { name: 'MSN', url: 'https://www.msn.com/' },
  source: null,
  aggregator: { name: 'MSN', url: 'https://www.msn.com/', signals: ['known-host'] },
  byline: 'Suzanne Gamboa',
});

describe('an article whose outlet is not established', () => {
  it.each(CITATION_STYLES)('the %s citation prints no "null", and no aggregator as author', (style) => {
    const citation = formatCitation(article, style, ctx);
    const text = `${citation.text}\n${citation.html}\n${citation.markdown}`;
    expect(text).not.toMatch(/\bnull\b|\bundefined\b/);
    expect(citation.text).not.toMatch(/^MSN\b/);
    // The Markdown link style names title, outlet and date only.
    if (style !== 'markdown') expect(text).toContain('Gamboa');
  });

  it('text and Markdown say nothing false about the outlet', () => {
    for (const out of [formatText(article, ctx), formatMarkdown(article, ctx)]) {
      expect(out).not.toMatch(/\bnull\b|\bundefined\b/);
    }
  });
});
