// @vitest-environment jsdom
import { render } from 'preact';
import '../helpers/preact-effects';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectHeadings, wantsContents } from '../../components/TableOfContents';
import { Options } from '../../entrypoints/options/Options';
import type { OptionsServices } from '../../entrypoints/options/Options';
import { App } from '../../entrypoints/popup/App';
import type { CopyEnvironment } from '../../utils/ui/clipboard';
import type { Article } from '../../utils/core/extract/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLocale } from '../../cli/csl-assets';
import { validateStyle } from '../../utils/core/format/csl-engine';
import { DEFAULT_DISPLAY, MAX_CUSTOM_STYLES } from '../../utils/preferences';
import type { CitationChoice, CustomStyle } from '../../utils/preferences';
import type { ArticleRequestResult } from '../../utils/ui/request-article';

/**
 * The options page and the reader view's own parts (contents, notice,
 * loading skeleton), rendered with Preact in jsdom over WXT's fake browser.
 */

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete document.documentElement.dataset.theme;
});

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function optionsServices(over: Partial<OptionsServices> = {}) {
  let style: CitationChoice = 'apa';
  let kept: CustomStyle[] = [];
  const s: OptionsServices = {
    citationStyle: {
      get: async () => style,
      set: vi.fn(async (value: CitationChoice) => {
        style = value;
      }),
      watch: () => () => {},
    },
    customStyles: {
      get: async () => kept,
      set: vi.fn(async (styles: CustomStyle[]) => {
        kept = styles;
      }),
      watch: () => () => {},
      // The real check, with the bundled locale read from disk as the CLI reads it.
      validate: async (xml: string) => validateStyle(xml, readLocale),
    },
    detection: {
      get: async () => false,
      set: vi.fn(async (on: boolean) => ({ on, note: null })),
      watch: () => () => {},
    },
    shortcuts: async () => [
      { name: '_execute_action', description: '', shortcut: '' },
      { name: 'copy-markdown', description: 'Copy the clean article as Markdown', shortcut: 'Alt+Shift+M' },
    ],
    shortcutsHint: 'shortcutsHintChrome',
    ...over,
  };
  return s;
}

async function showOptions(services: OptionsServices) {
  await act(async () => {
    render(<Options services={services} initialPreferences={DEFAULT_DISPLAY} root={document.documentElement} />, container);
  });
  await settle();
}

describe('the options page', () => {
  it('saves a theme as soon as it is picked, and shows it on its own page', async () => {
    await showOptions(optionsServices());
    await act(async () => {
      (byTestId('option-theme-dark') as HTMLInputElement).click();
    });
    await settle();
    expect(await fakeBrowser.storage.sync.get('theme')).toEqual({ theme: 'dark' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(byTestId('options-saved')!.textContent).toBe('Saved.');
  });

  it('lists the browser’s shortcuts in its own words, and says when one is not set', async () => {
    await showOptions(optionsServices());
    const rows = Array.from(container.querySelectorAll('[data-testid=shortcuts] tbody tr')).map((tr) => tr.textContent);
    expect(rows).toEqual(['Open Sourced Reader for this pageNot set', 'Copy the clean article as MarkdownAlt+Shift+M']);
    expect(container.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('sets the default citation style', async () => {
    const services = optionsServices();
    await showOptions(services);
    const select = byTestId('option-citation-style') as HTMLSelectElement;
    expect(select.value).toBe('apa');
    await act(async () => {
      select.value = 'chicago';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(services.citationStyle.set).toHaveBeenCalledWith('chicago');
  });

  it('asks for detection when its switch is turned on, and says why it stays off when the browser refuses', async () => {
    const services = optionsServices({
      detection: { get: async () => false, set: vi.fn(async () => ({ on: false, note: 'detectDenied' as const })), watch: () => () => {} },
    });
    await showOptions(services);
    const toggle = byTestId('option-detect-everywhere') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await act(async () => {
      toggle.click();
    });
    await settle();
    expect(services.detection.set).toHaveBeenCalledWith(true);
    expect(toggle.checked).toBe(false);
    expect(byTestId('detect-note')!.textContent).toMatch(/did not grant access/);
  });

  it('labels every control (radio groups by their legend)', async () => {
    await showOptions(optionsServices());
    for (const input of Array.from(container.querySelectorAll('input, select'))) {
      const labelled = input.closest('label') !== null || container.querySelector(`label[for="${input.id}"]`) !== null;
      expect(labelled, input.outerHTML).toBe(true);
    }
    const groups = Array.from(container.querySelectorAll('fieldset')).map((f) => f.querySelector('legend')?.textContent);
    expect(groups).toEqual(['Appearance', 'Theme', 'Font', 'Text size', 'Line width', 'Reading comfort', 'Copying', 'Aggregator pages']);
  });
});

describe('the reader view', () => {
  const copyEnv: CopyEnvironment = {
    writeText: async () => {},
    writeRich: async () => {},
    download: () => {},
    formatContext: () => ({ accessedAt: new Date(), parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html').body }),
  };
  const sections = ['Background', 'The vote', 'Costs', 'What happens next'];
  const article: Article = {
    title: 'A long read',
    byline: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    publishedTime: null,
    url: 'https://paper.example/long',
    canonicalUrl: null,
    site: { name: 'Paper', url: 'https://paper.example/' },
    source: { name: 'Paper', url: 'https://paper.example/long' },
    aggregator: null,
    contentHtml: sections.map((s, i) => `<h${i === 2 ? 3 : 2} id="page-id">${s}</h${i === 2 ? 3 : 2}><p>Text ${i}.</p>`).join(''),
    text: '',
    links: [],
    related: [],
    wordCount: 2400,
    readingMinutes: 11,
  };

  async function showReader(result: Promise<ArticleRequestResult>, notice: 'copy-failed-markdown' | null = null) {
    await act(async () => {
      render(<App loadArticle={() => result} copyEnv={copyEnv} win={window} layout="reader" notice={notice} />, container);
    });
    await settle();
  }

  it('lists the h2 and h3 sections as contents linking to them, with ids of its own', async () => {
    await showReader(Promise.resolve({ ok: true, article }));
    const links = Array.from(container.querySelectorAll<HTMLAnchorElement>('[data-testid=toc] a'));
    expect(links.map((a) => a.textContent)).toEqual(sections);
    const headings = Array.from(container.querySelectorAll('[data-testid=article-body] h2, [data-testid=article-body] h3'));
    expect(headings.map((h) => h.id)).toEqual(['sr-section-1', 'sr-section-2', 'sr-section-3', 'sr-section-4']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
    expect(container.querySelector('.toc__item--h3')!.textContent).toBe('Costs');
    expect(document.title).toBe('A long read');
  });

  it('shows the notice that explains why it opened instead of a direct copy', async () => {
    await showReader(Promise.resolve({ ok: true, article }), 'copy-failed-markdown');
    expect(byTestId('reader-notice')!.textContent).toMatch(/could not copy from the page/);
    expect(byTestId('reader-notice')!.getAttribute('role')).toBe('status');
  });

  it('shows the skeleton, marked busy, until the article arrives', async () => {
    await showReader(new Promise(() => {}));
    const loading = byTestId('loading')!;
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.querySelectorAll('.skeleton').length).toBeGreaterThan(5);
    expect(loading.textContent).toBe('Reading the article…');
  });
});

describe('when an article wants contents', () => {
  it('three sections, or two in a long read', () => {
    const entry = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: `S${i}`, level: 2 as const }));
    expect(wantsContents(entry(3), 300)).toBe(true);
    expect(wantsContents(entry(2), 300)).toBe(false);
    expect(wantsContents(entry(2), 2000)).toBe(true);
    expect(wantsContents(entry(1), 9000)).toBe(false);
  });

  it('skips empty headings', () => {
    const body = document.createElement('div');
    body.innerHTML = '<h2> </h2><h2>One</h2><h3>Two</h3>';
    expect(collectHeadings(body).map((e) => e.text)).toEqual(['One', 'Two']);
  });
});

const OUTLET_FIRST = readFileSync(join(__dirname, '../fixtures/csl/outlet-first.csl'), 'utf8');

async function chooseStyleFile(name: string, text: string) {
  const input = byTestId('custom-style-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/xml' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(byTestId('custom-style-status')!.textContent).not.toBe(''));
}

describe('citation styles of one’s own on the options page', () => {
  it('adds a CSL file, shows what it makes of a sample article, and offers it as the default style', async () => {
    const services = optionsServices();
    await showOptions(services);
    expect(byTestId('custom-styles-none')!.textContent).toBe('No styles of your own yet.');
    await chooseStyleFile('outlet-first.csl', OUTLET_FIRST);
    // The sample entry follows the file's own layout (outlet in capitals, " | " between parts), written out by hand.
    expect(byTestId('custom-style-status')!.textContent).toBe(
      'Added “Outlet First (test style)”. Example: THE SAMPLE TIMES | Sample headline of a news story | 2025 | https://news.example/2025/06/06/sample.',
    );
    expect(services.customStyles.set).toHaveBeenCalledTimes(1);
    const stored = vi.mocked(services.customStyles.set).mock.calls[0][0];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'Outlet First (test style)', xml: OUTLET_FIRST });
    expect(Array.from(container.querySelectorAll('[data-testid=custom-style-item] span')).map((el) => el.textContent)).toEqual(['Outlet First (test style)']);
    const select = byTestId('option-citation-style') as HTMLSelectElement;
    const option = select.querySelector<HTMLOptionElement>('optgroup[label="Your styles"] option');
    expect(option?.textContent).toBe('Outlet First (test style)');
    await act(async () => {
      select.value = option!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(services.citationStyle.set).toHaveBeenCalledWith(`custom:${stored[0].id}`);
  });

  it('keeps one copy when the same file is added twice', async () => {
    const services = optionsServices();
    await showOptions(services);
    await chooseStyleFile('outlet-first.csl', OUTLET_FIRST);
    await chooseStyleFile('copy of outlet-first.csl', OUTLET_FIRST);
    expect(vi.mocked(services.customStyles.set).mock.calls[1][0]).toHaveLength(1);
    expect(container.querySelectorAll('[data-testid=custom-style-item]')).toHaveLength(1);
  });

  it.each([
    [
      'a file that is not CSL',
      'notes.xml',
      '<notes><note>hi</note></notes>',
      /^“notes\.xml” cannot be used: This is not a CSL style: there is no <style> element\.$/,
    ],
    [
      'a style cut short',
      'cut.csl',
      OUTLET_FIRST.slice(0, OUTLET_FIRST.indexOf('<bibliography>')),
      /^“cut\.csl” cannot be used: The style file is cut short: it does not end with <\/style>\.$/,
    ],
    [
      'a style with no bibliography',
      'no-bib.csl',
      OUTLET_FIRST.replace(/<bibliography>[\s\S]*<\/bibliography>/, ''),
      /cannot be used: The style has no <bibliography> section/,
    ],
  ])('says why %s cannot be used, and keeps nothing', async (_what, name, text, message) => {
    const services = optionsServices();
    await showOptions(services);
    await chooseStyleFile(name, text);
    const status = byTestId('custom-style-status')!;
    expect(status.textContent).toMatch(message);
    expect(status.getAttribute('role')).toBe('alert');
    expect(services.customStyles.set).not.toHaveBeenCalled();
  });

  it('refuses a file larger than 1 MB without reading it', async () => {
    const services = optionsServices();
    await showOptions(services);
    const huge = 'x'.repeat(1024 * 1024 + 1);
    await chooseStyleFile('huge.csl', huge);
    expect(byTestId('custom-style-status')!.textContent).toBe('“huge.csl” cannot be used: The file is larger than 1024 kB; CSL styles are far smaller.');
    expect(services.customStyles.set).not.toHaveBeenCalled();
  });

  it('says the list is full at ten styles', async () => {
    const full = Array.from({ length: MAX_CUSTOM_STYLES }, (_, i) => ({ id: `s${i}`, title: `Style ${i}`, xml: `<style>${i}</style>` }));
    const services = optionsServices();
    services.customStyles.get = async () => full;
    await showOptions(services);
    await chooseStyleFile('outlet-first.csl', OUTLET_FIRST);
    expect(byTestId('custom-style-status')!.textContent).toBe('You can keep at most 10 styles of your own; remove one first.');
    expect(services.customStyles.set).not.toHaveBeenCalled();
  });

  it('removes a style, and a default that named it goes back to APA', async () => {
    const mine = { id: 'abc', title: 'Outlet First (test style)', xml: OUTLET_FIRST };
    const services = optionsServices();
    services.customStyles.get = async () => [mine];
    services.citationStyle.get = async () => 'custom:abc';
    await showOptions(services);
    expect((byTestId('option-citation-style') as HTMLSelectElement).value).toBe('custom:abc');
    await act(async () => {
      byTestId('custom-style-remove')!.click();
    });
    await settle();
    expect(services.customStyles.set).toHaveBeenCalledWith([]);
    expect(services.citationStyle.set).toHaveBeenCalledWith('apa');
    expect(byTestId('custom-styles-none')!.textContent).toBe('No styles of your own yet.');
  });
});
