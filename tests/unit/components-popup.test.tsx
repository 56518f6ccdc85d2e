// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import '../helpers/preact-effects';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleView } from '../../components/ArticleView';
import { CopyMenu } from '../../components/CopyMenu';
import { LinkList } from '../../components/LinkList';
import { RelatedList } from '../../components/RelatedList';
import { SourceLine } from '../../components/SourceLine';
import { App } from '../../entrypoints/popup/App';
import type { CopyEnvironment } from '../../utils/ui/clipboard';
import type { Article } from '../../utils/core/extract/types';
import type { ArticleRequestResult } from '../../utils/ui/request-article';

/** A seed-like article written out by hand, so these tests do not depend on the extraction core. */
function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Ukraine has accused China of supplying key equipment',
    byline: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2025-06-06T09:12:00Z',
    url: 'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1',
    canonicalUrl: null,
    site: { name: 'Daily8', url: 'https://www.daily8.com/' },
    source: {
      name: 'Business Insider',
      url: 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    },
    aggregator: { name: 'Daily8', url: 'https://www.daily8.com/', signals: ['isBasedOn'] },
    contentHtml: '<p>A Ukrainian intelligence official has accused China.</p><p>Second paragraph.</p>',
    text: 'A Ukrainian intelligence official has accused China.\n\nSecond paragraph.',
    links: [],
    related: [],
    wordCount: 690,
    readingMinutes: 3,
    ...overrides,
  };
}

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(node: preact.ComponentChild): void {
  void act(() => render(node, container));
}

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

describe('SourceLine', () => {
  it('reads “Business Insider, via Daily8, 6 June 2025, 3 min read” and links the outlet to the original', () => {
    show(<SourceLine article={makeArticle()} />);
    expect(byTestId('source-line')!.textContent).toBe('Business Insider, via Daily8, 6 June 2025, 3 min read');
    expect(byTestId('source-name')!.textContent).toBe('Business Insider');
    const link = byTestId('source-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(makeArticle().source!.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(byTestId('aggregator-name')!.textContent).toBe('Daily8');
  });

  it('on a publisher’s own page names the outlet once and does not say “via”', () => {
    show(
      <SourceLine
        article={makeArticle({
          site: { name: 'Reuters', url: 'https://www.reuters.com/' },
          source: { name: 'Reuters', url: 'https://www.reuters.com/world/story' },
          aggregator: null,
          publishedTime: null,
          readingMinutes: 1,
        })}
      />,
    );
    expect(byTestId('source-line')!.textContent).toBe('Reuters, 1 min read');
    expect(byTestId('aggregator-name')).toBeNull();
  });

  it('does not link an unknown or unsafe original address, and shows names as text', () => {
    show(<SourceLine article={makeArticle({ source: { name: '<b>Herald</b>', url: 'javascript:alert(1)' } })} />);
    expect(byTestId('source-link')).toBeNull();
    expect(byTestId('source-name')!.textContent).toBe('<b>Herald</b>');
    expect(container.querySelector('b')).toBeNull();
  });

  it('says the outlet is not stated when no source is established, with the original link and the "via"', () => {
    show(<SourceLine article={makeArticle({ source: null, originalUrl: 'https://www.cnn.com/2019/11/18/health/duvet/index.html' })} />);
    expect(byTestId('source-name')).toBeNull();
    expect(byTestId('source-unknown')!.textContent).toMatch(/not stated/i);
    expect(byTestId('source-link')!.getAttribute('href')).toBe('https://www.cnn.com/2019/11/18/health/duvet/index.html');
    expect(byTestId('aggregator-name')!.textContent).toBe('Daily8');
    expect(container.textContent).not.toMatch(/null|undefined/);
  });

  it('says "outlet not stated" without a link when none is known', () => {
    show(<SourceLine article={makeArticle({ source: null, aggregator: null })} />);
    expect(byTestId('source-unknown')).not.toBeNull();
    expect(byTestId('source-link')).toBeNull();
  });

  it('flags a teaser page with the link to the full story', () => {
    show(<SourceLine article={makeArticle({ teaser: { href: 'https://www.courier.example/full-story' } })} />);
    expect(byTestId('teaser-link')!.getAttribute('href')).toBe('https://www.courier.example/full-story');
  });
});

describe('ArticleView', () => {
  it('sanitizes the body right before display and keeps the article’s language and direction', () => {
    const article = makeArticle({
      title: 'عنوان <i>المقال</i>',
      lang: 'ar',
      dir: 'rtl',
      contentHtml:
        '<p>نص <a href="https://example.org/a" onclick="steal()">رابط</a></p><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">',
    });
    show(<ArticleView article={article} win={window} />);
    const body = byTestId('article-body')!;
    expect(body.getAttribute('lang')).toBe('ar');
    expect(body.getAttribute('dir')).toBe('rtl');
    expect(body.innerHTML).not.toMatch(/script|onerror|onclick/i);
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(byTestId('article-title')!.textContent).toBe('عنوان <i>المقال</i>');
    expect(byTestId('article-title')!.querySelector('i')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('lets the browser pick the direction when the article does not say', () => {
    show(<ArticleView article={makeArticle({ dir: null, lang: null })} win={window} />);
    expect(byTestId('article-body')!.getAttribute('dir')).toBe('auto');
    expect(byTestId('article-body')!.hasAttribute('lang')).toBe(false);
  });
});

describe('LinkList and RelatedList', () => {
  it('lists only safe outbound links, in order, and nothing at all when there are none', () => {
    show(
      <LinkList
        links={[
          { text: 'the report', href: 'https://example.org/report' },
          { text: 'bad', href: 'javascript:alert(1)' },
          { text: '', href: 'https://www.example.com/data' },
        ]}
      />,
    );
    const anchors = Array.from(container.querySelectorAll('[data-testid=outbound-links] a'));
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/report', 'https://www.example.com/data']);
    expect(anchors[1].textContent).toBe('https://www.example.com/data');
    show(<LinkList links={[]} />);
    expect(byTestId('outbound-links')).toBeNull();
  });

  it('folds the related feed away, resolves relative links and never links unsafe ones', () => {
    show(
      <RelatedList
        baseUrl="https://www.daily8.com/en/article/1"
        related={[
          { title: 'Russia’s ruble rockets', href: '/en/article/9c1f', source: 'CNBC' },
          { title: 'Unsafe card', href: 'javascript:alert(1)', source: null },
          { title: 'No link card', href: null, source: 'Bloomberg' },
        ]}
      />,
    );
    const details = byTestId('related') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Related on this page (3)');
    const anchors = Array.from(details.querySelectorAll('a'));
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://www.daily8.com/en/article/9c1f']);
    expect(details.textContent).toContain('Unsafe card');
    expect(details.textContent).toContain('No link card');
  });
});

describe('CopyMenu', () => {
  function fakeEnv(overrides: Partial<CopyEnvironment> = {}): CopyEnvironment & { written: string[] } {
    const written: string[] = [];
    return {
      written,
      writeText: vi.fn(async (text: string) => {
        written.push(text);
      }),
      writeRich: vi.fn(async (_html: string, text: string) => {
        written.push(text);
      }),
      download: vi.fn(),
      formatContext: () => ({
        accessedAt: new Date('2025-06-07T10:00:00Z'),
        parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html').body,
      }),
      ...overrides,
    };
  }

  async function click(testId: string): Promise<void> {
    await act(async () => {
      (byTestId(testId) as HTMLElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }

  it('copies the clean text with its source line at the end, and confirms', async () => {
    const env = fakeEnv();
    show(<CopyMenu article={makeArticle()} env={env} />);
    await click('copy-text');
    expect(env.written).toHaveLength(1);
    const text = env.written[0];
    expect(text).toContain('A Ukrainian intelligence official has accused China.');
    expect(text.trim().split('\n').pop()).toMatch(/^Source: Business Insider/);
    expect(byTestId('copy-feedback')!.textContent).toMatch(/copied/i);
  });

  it('says clearly when the browser refuses the clipboard', async () => {
    const refusal = Object.assign(new Error('Document is not focused.'), { name: 'NotAllowedError' });
    const env = fakeEnv({ writeText: vi.fn(async () => Promise.reject(refusal)) });
    show(<CopyMenu article={makeArticle()} env={env} />);
    await click('copy-markdown');
    expect(byTestId('copy-feedback')!.textContent).toMatch(/refused the clipboard/);
    expect(byTestId('copy-feedback')!.className).toContain('error');
  });

  it('remembers the citation style in synced storage and copies in that style', async () => {
    const env = fakeEnv();
    show(<CopyMenu article={makeArticle()} env={env} />);
    const select = byTestId('citation-style') as HTMLSelectElement;
    await act(async () => {
      select.value = 'bibtex';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await fakeBrowser.storage.sync.get('citationStyle')).toEqual({ citationStyle: 'bibtex' });
    await click('copy-citation');
    // The citation engine is a dynamic import: wait for the write rather than for one tick.
    await vi.waitFor(() => expect(env.written.at(-1)).toMatch(/^@(?:online|article)\{/), { timeout: 5000 });
  });

  const OUTLET_FIRST = readFileSync(join(__dirname, '../fixtures/csl/outlet-first.csl'), 'utf8');

  it('lists a style file of the reader’s own under “Your styles” and copies in it', async () => {
    await fakeBrowser.storage.local.set({ customCslStyles: [{ id: 'mine', title: 'Outlet First (test style)', xml: OUTLET_FIRST }] });
    await fakeBrowser.storage.sync.set({ citationStyle: 'custom:mine' });
    const env = fakeEnv();
    show(<CopyMenu article={makeArticle()} env={env} />);
    const select = byTestId('citation-style') as HTMLSelectElement;
    await vi.waitFor(() => expect(select.querySelector('optgroup[label="Your styles"] option')?.textContent).toBe('Outlet First (test style)'));
    await vi.waitFor(() => expect(select.value).toBe('custom:mine'));
    await click('copy-citation');
    // The test style's layout applied by hand to this article: outlet in capitals, title, year, original URL.
    await vi.waitFor(
      () =>
        expect(env.written.at(-1)).toBe(
          'BUSINESS INSIDER | Ukraine has accused China of supplying key equipment | 2025 | https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6.',
        ),
      { timeout: 5000 },
    );
    expect(byTestId('copy-feedback')!.textContent).toBe('Outlet First (test style) citation copied.');
  });

  it('copies in APA, and says so, when the chosen style file is not kept on this computer', async () => {
    await fakeBrowser.storage.sync.set({ citationStyle: 'custom:elsewhere' });
    const env = fakeEnv();
    show(<CopyMenu article={makeArticle()} env={env} />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    await click('copy-citation');
    // APA 7 with no author: the title moves to the author position, then the date, then the outlet.
    await vi.waitFor(
      () => expect(env.written.at(-1)).toMatch(/^Ukraine has accused China of supplying key equipment\. \(2025, June 6\)\. Business Insider\. https:/),
      {
        timeout: 5000,
      },
    );
    expect(byTestId('copy-feedback')!.textContent).toBe('Your style file is not on this computer: APA 7 citation copied instead.');
  });

  it('offers the Markdown as a .md file named after the title', async () => {
    const env = fakeEnv();
    show(<CopyMenu article={makeArticle()} env={env} />);
    await click('download-markdown');
    expect(env.download).toHaveBeenCalledWith(
      'ukraine-has-accused-china-of-supplying-key-equipment.md',
      expect.stringContaining('A Ukrainian intelligence official'),
      'text/markdown',
    );
  });
});

describe('App', () => {
  async function showApp(result: ArticleRequestResult): Promise<void> {
    const env: CopyEnvironment = {
      writeText: async () => {},
      writeRich: async () => {},
      download: () => {},
      formatContext: () => ({ accessedAt: new Date(), parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html').body }),
    };
    await act(async () => {
      render(<App loadArticle={async () => result} copyEnv={env} win={window} />, container);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }

  it('shows the article with its hooks', async () => {
    await showApp({ ok: true, article: makeArticle() });
    expect(byTestId('article-title')!.textContent).toBe(makeArticle().title);
    expect(byTestId('article-body')).not.toBeNull();
    expect(byTestId('status')).toBeNull();
    for (const id of ['copy-text', 'copy-markdown', 'copy-citation']) expect(byTestId(id)).not.toBeNull();
  });

  it.each([
    ['NO_ARTICLE', /no article/i],
    ['RESTRICTED', /can’t be read/],
    ['TIMEOUT', /took too long/],
    ['INTERNAL', /could not be read/],
  ] as const)('shows a status for %s, not an article', async (code, title) => {
    await showApp({ ok: false, code, message: 'details' });
    const status = byTestId('status')!;
    expect(status.getAttribute('data-code')).toBe(code);
    expect(status.textContent).toMatch(title);
    expect(byTestId('article-body')).toBeNull();
  });

  it("lists the page's story links with the no-article status, safe links only", async () => {
    await showApp({
      ok: false,
      code: 'NO_ARTICLE',
      message: 'front page',
      pageLinks: [
        { text: 'Russia: Space ship malfunctions, breaks up over Siberia', href: 'https://news.yahoo.com/russia-space-ship-123.html' },
        { text: 'A script link that must not show', href: 'javascript:alert(1)' },
      ],
    });
    expect(byTestId('status')!.getAttribute('data-code')).toBe('NO_ARTICLE');
    const links = Array.from(container.querySelectorAll('[data-testid=page-links] a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.yahoo.com/russia-space-ship-123.html']);
    expect(links[0].textContent).toBe('Russia: Space ship malfunctions, breaks up over Siberia');
  });
});
