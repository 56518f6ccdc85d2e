import { describe, expect, it } from 'vitest';
import { formatCitation, formatQuoteWithCitation, type CitationStyle } from '../../utils/core/format/index';
import { parseByline } from '../../utils/core/format/authors';
import { asciiSlug, escapeBibtex } from '../../utils/core/format/citation';
import { makeArticle, publisherPage } from './citation-cases/make-article';
import { linkedomContext } from './citation-cases/format-helpers';

const ctx = linkedomContext();
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

describe('author lists', () => {
  // Letters, not digits, tell the names apart: a byline part with a digit is not a name.
  const L = (k: number) => String.fromCharCode(64 + k);
  const names = (n: number) => Array.from({ length: n }, (_, k) => `Given${L(k + 1)} Family${L(k + 1)}`).join(', ');

  it('APA 7 lists up to 20 authors, the last after "&"', () => {
    const expected = `${Array.from({ length: 19 }, (_, k) => `Family${L(k + 1)}, G.`).join(', ')}, & FamilyT, G. (2025, June 6).`;
    expect(cite('apa', { byline: names(20) }).startsWith(expected)).toBe(true);
  });

  it('APA 7 with 21 or more: the first 19, an ellipsis, then the last', () => {
    const expected = `${Array.from({ length: 19 }, (_, k) => `Family${L(k + 1)}, G.`).join(', ')}, . . . FamilyU, G. (2025, June 6).`;
    expect(cite('apa', { byline: names(21) }).startsWith(expected)).toBe(true);
  });

  it('MLA 9 three or more authors: first author and "et al."', () => {
    expect(cite('mla', { byline: 'Ana Ruiz, Tom Lee, Kim Park' })).toBe(
      `Ruiz, Ana, et al. “Council Approves New Budget.” *Example News*, 6 June 2025, ${URL_}.`.replace(/\*/g, ''),
    );
  });

  it('Chicago 17 three authors: all listed, "and" before the last', () => {
    expect(cite('chicago', { byline: 'Ana Ruiz; Tom Lee; Kim Park' })).toBe(
      `Ruiz, Ana, Tom Lee, and Kim Park. “Council Approves New Budget.” Example News, June 6, 2025. ${URL_}.`,
    );
  });

  it('Chicago 17 ten authors all listed; eleven: first seven and "et al."', () => {
    const ten = ['FamilyA, GivenA', ...Array.from({ length: 8 }, (_, k) => `Given${L(k + 2)} Family${L(k + 2)}`), 'and GivenJ FamilyJ'].join(', ');
    expect(cite('chicago', { byline: names(10) }).startsWith(`${ten}. “Council`)).toBe(true);
    const seven = ['FamilyA, GivenA', ...Array.from({ length: 6 }, (_, k) => `Given${L(k + 2)} Family${L(k + 2)}`)].join(', ');
    expect(cite('chicago', { byline: names(11) }).startsWith(`${seven}, et al. “Council`)).toBe(true);
  });

  it('keeps "Jr." with its name and particles with the family name', () => {
    const byline = 'By Martin Luther King, Jr. and Ursula von der Leyen';
    expect(cite('apa', { byline }).startsWith('King, M. L., Jr., & von der Leyen, U. (2025, June 6).')).toBe(true);
    expect(cite('mla', { byline }).startsWith('King, Martin Luther, Jr., and Ursula von der Leyen. “Council')).toBe(true);
    expect(cite('chicago', { byline }).startsWith('King, Martin Luther, Jr., and Ursula von der Leyen. “Council')).toBe(true);
  });

  it('writes APA initials for hyphenated and already-initialed given names', () => {
    expect(cite('apa', { byline: 'Mary-Jane Watson and J.K. Rowling' }).startsWith('Watson, M.-J., & Rowling, J. K. (2025')).toBe(true);
  });

  it('drops the outlet crediting itself, keeps a person next to it', () => {
    expect(parseByline('Example News Staff', ['Example News'])).toEqual([]);
    expect(parseByline('The Example News', ['Example News'])).toEqual([]);
    expect(parseByline('Ana Ruiz, Example News', ['Example News'])).toEqual([{ kind: 'person', given: 'Ana', family: 'Ruiz', suffix: null }]);
    expect(cite('apa', { byline: 'Example News' })).toBe(`Example News. (2025, June 6). Council approves new budget. ${URL_}`);
  });
});

describe('titles', () => {
  it('no period after a title ending in "?", in every style', () => {
    const fields = { title: 'Is the recession over?', byline: 'Ana Ruiz' };
    expect(cite('apa', fields)).toBe(`Ruiz, A. (2025, June 6). Is the recession over? Example News. ${URL_}`);
    expect(cite('mla', fields)).toBe(`Ruiz, Ana. “Is the Recession Over?” Example News, 6 June 2025, ${URL_}.`);
    expect(cite('chicago', fields)).toBe(`Ruiz, Ana. “Is the Recession Over?” Example News, June 6, 2025. ${URL_}.`);
  });

  it('turns quotation marks inside a quoted title into single ones', () => {
    expect(cite('mla', { title: 'Minister says "no deal" yet' })).toBe(
      `“Minister Says ‘No Deal’ Yet.” Example News, 6 June 2025, ${URL_}.`,
    );
  });

  it('italicizes only the APA title in HTML and the MLA container', () => {
    expect(formatCitation(article({ byline: 'Ana Ruiz' }), 'apa', ctx).html).toBe(
      `Ruiz, A. (2025, June 6). <i>Council approves new budget</i>. Example News. <a href="${URL_}">${URL_}</a>`,
    );
    expect(formatCitation(article(), 'mla', ctx).html).toBe(
      `“Council Approves New Budget.” <i>Example News</i>, 6 June 2025, <a href="${URL_}">${URL_}</a>.`,
    );
  });
});

describe('dates', () => {
  it('a relative or impossible date counts as no date', () => {
    expect(cite('apa', { publishedTime: '3 minutes ago' })).toContain('(n.d.)');
    expect(cite('apa', { publishedTime: '2025-02-30' })).toContain('(n.d.)');
  });

  it('a year and month only', () => {
    expect(cite('apa', { publishedTime: '2025-09' })).toContain('(2025, September)');
    expect(cite('mla', { publishedTime: '2025-09' })).toContain(', Sept. 2025, ');
    expect(cite('chicago', { publishedTime: '2025-09' })).toContain(', September 2025. ');
    expect(cite('bibtex', { publishedTime: '2025-09' })).toContain('  date = {2025-09},');
  });

  it('urldate is the access date', () => {
    expect(formatCitation(article(), 'bibtex', linkedomContext(new Date('2027-01-02T03:04:05Z'))).text).toContain('urldate = {2027-01-02}');
  });
});

describe('URLs', () => {
  it('cites the original article URL with tracking removed and other parameters kept', () => {
    const fields = {
      url: 'https://agg.example/a/1',
      site: { name: 'Agg', url: 'https://agg.example/' },
      source: { name: 'Example News', url: 'https://news.example.com/story?id=42&utm_source=agg&fbclid=x&page=2#:~:text=hi' },
      aggregator: { name: 'Agg', url: 'https://agg.example/', signals: ['known-host'] },
    };
    expect(cite('chicago', fields)).toBe('“Council Approves New Budget.” Example News, June 6, 2025. https://news.example.com/story?id=42&page=2.');
  });
});

describe('BibTeX', () => {
  it('escapes LaTeX specials and protects capitals', () => {
    const text = cite('bibtex', { title: 'Profits up 50% at AT&T: $5 #1 deal_x {big} ~ ^ \\ path' });
    expect(text).toContain(
      '  title = {Profits up 50\\% at {AT\\&T}: \\$5 \\#1 deal\\_x \\{big\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} path},',
    );
  });

  it('keeps the entry balanced when a title has a lone brace', () => {
    expect(escapeBibtex('a { b')).toBe('a \\textbraceleft{} b');
  });

  it('protects only acronyms in an English Title Case headline', () => {
    expect(cite('bibtex', { title: 'NASA Delays Artemis Launch Again' })).toContain('  title = {{NASA} Delays Artemis Launch Again},');
  });

  it('keys are ASCII and stable, with diacritics folded', () => {
    expect(asciiSlug('Øresund Łódź Straße Ça')).toBe('oresundlodzstrasseca');
    const key = (fields: Partial<Parameters<typeof makeArticle>[0]>) => /^@online\{([^,]*),/.exec(cite('bibtex', fields))![1];
    expect(key({ byline: 'Łukasz Żuk', title: 'Ściśle tajne' })).toBe('zuk2025scisle');
    const cyrillic = key({ byline: 'Олег Іващенко', title: 'Україна звинуватила Китай', ...publisherPage('Українська правда', 'https://www.pravda.com.ua/') });
    expect(cyrillic).toMatch(/^[a-z0-9]+$/);
    expect(cyrillic).toBe(key({ byline: 'Олег Іващенко', title: 'Україна звинуватила Китай', ...publisherPage('Українська правда', 'https://www.pravda.com.ua/') }));
  });

  it('renders the entry in <pre> for HTML and a fenced block for Markdown', () => {
    const c = formatCitation(article({ title: 'A & B' }), 'bibtex', ctx);
    expect(c.html.startsWith('<pre>@online{examplenews2025b,\n  title = {A \\&amp; {B}},')).toBe(true);
    expect(c.markdown.startsWith('```bibtex\n@online{')).toBe(true);
  });
});

describe('Markdown link line', () => {
  it('escapes the title and gives an HTML link', () => {
    const c = formatCitation(article({ title: 'The [secret] *plan*' }), 'markdown', ctx);
    expect(c.text).toBe(`[The \\[secret\\] \\*plan\\*](${URL_}) — Example News, 6 June 2025`);
    expect(c.html).toBe(`<a href="${URL_}">The [secret] *plan*</a> — Example News, 6 June 2025`);
  });
});

describe('bylines with job titles', () => {
  it('drops roles, e-mail addresses and the aggregator from the author list', () => {
    expect(cite('apa', { byline: 'Ana Ruiz, Senior Reporter; ana@example.com' }).startsWith('Ruiz, A. (2025, June 6).')).toBe(true);
  });
});

describe('formatQuoteWithCitation', () => {
  it('puts the selection in quotation marks, then the citation', () => {
    const q = formatQuoteWithCitation('  The council  said "yes"\n today ', article({ byline: 'Ana Ruiz' }), 'apa', ctx);
    expect(q.text).toBe(`“The council said ‘yes’ today”\n\nRuiz, A. (2025, June 6). Council approves new budget. Example News. ${URL_}`);
    expect(q.html).toBe(
      `<blockquote>“The council said ‘yes’ today”</blockquote>\n<p>Ruiz, A. (2025, June 6). <i>Council approves new budget</i>. Example News. <a href="${URL_}">${URL_}</a></p>`,
    );
    expect(q.markdown).toBe(`> “The council said ‘yes’ today”\n\nRuiz, A. (2025, June 6). *Council approves new budget*. Example News. ${URL_}`);
  });
});
