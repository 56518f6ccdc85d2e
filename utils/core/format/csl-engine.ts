import CSL from 'citeproc';
import type { CslItem } from './csl-item';

/**
 * citeproc-js, the reference CSL processor, behind two calls: render one item
 * with one style, and check a style file a user brings. It needs no DOM (it
 * parses CSL XML given as a string with its own parser), so it runs in the
 * popup, in vitest and in the CLI alike. Styles and locales come in as XML
 * strings: where they are read from is the caller's business.
 */

/** Where the engine finds locale files: an XML string for a tag such as `en-US`, else undefined. */
export type LocaleSource = (tag: string) => string | undefined;

export type CslOutput = 'text' | 'html';

export interface RenderedEntry {
  /** Plain text, exactly as citeproc renders it (`text` output format). */
  text: string;
  /** citeproc's HTML output, entry wrappers removed: `<i>` etc. for the style's formatting. */
  html: string;
}

export class CslStyleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CslStyleError';
  }
}

/** User style files larger than this are refused: the biggest official style (Chicago 18) is about 240 kB. */
export const MAX_STYLE_BYTES = 1024 * 1024;

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/**
 * Checks the shape of a CSL file before citeproc sees it: citeproc's own
 * parser accepts nearly anything and then fails deep inside with messages no
 * user could act on (or renders nothing).
 */
export function checkStyleShape(xml: string): { title: string } {
  if (typeof xml !== 'string' || !xml.trim()) throw new CslStyleError('The style file is empty.');
  if (xml.length > MAX_STYLE_BYTES) throw new CslStyleError(`The style file is larger than ${MAX_STYLE_BYTES / 1024} kB; CSL styles are far smaller.`);
  const root = /<style\b[^>]*>/.exec(xml);
  if (!root) throw new CslStyleError('This is not a CSL style: there is no <style> element.');
  if (!root[0].includes(CSL_NAMESPACE)) throw new CslStyleError(`This is not a CSL style: <style> lacks the CSL namespace (${CSL_NAMESPACE}).`);
  if (!/<\/style>\s*$/.test(xml.trim())) throw new CslStyleError('The style file is cut short: it does not end with </style>.');
  const title = /<info>[\s\S]*?<title>([^<]*)<\/title>/.exec(xml)?.[1]?.trim() ?? '';
  const parent = /<link\b[^>]*rel="independent-parent"[^>]*>/.exec(xml);
  if (parent && !/<bibliography\b/.test(xml)) {
    const href = /href="([^"]+)"/.exec(parent[0])?.[1] ?? 'its parent style';
    throw new CslStyleError(`"${title || 'This style'}" is a dependent style with no rules of its own; add its parent instead: ${href}`);
  }
  if (!/<citation\b/.test(xml)) throw new CslStyleError('The style has no <citation> element, which every CSL style needs.');
  if (!/<bibliography\b/.test(xml)) throw new CslStyleError('The style has no <bibliography> section, so it cannot make a reference-list entry.');
  return { title: decodeXmlText(title) || 'Untitled style' };
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** citeproc's HTML wraps each entry in divs (IEEE adds a label column); an inline citation wants none. */
function unwrapEntry(html: string): string {
  return html
    .replace(/<div class="csl-left-margin">([\s\S]*?)<\/div>/g, '$1 ')
    .replace(/<\/?div\b[^>]*>/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

type Engine = InstanceType<typeof CSL.Engine>;

/** A built engine with the item it renders: building one parses the style (about a second for Chicago). */
interface CachedEngine {
  engine: Engine;
  current: { item: CslItem | null };
}

/** Engines kept per style and locale; a few styles are in use at a time (menu choices, a user's own). */
const MAX_CACHED_ENGINES = 8;
const engines = new Map<string, CachedEngine>();
const localeIds = new WeakMap<LocaleSource, number>();
let nextLocaleId = 0;

function engineFor(styleXml: string, locale: string, locales: LocaleSource): CachedEngine {
  let sourceId = localeIds.get(locales);
  if (sourceId === undefined) localeIds.set(locales, (sourceId = nextLocaleId++));
  const key = `${locale}\u0000${sourceId}\u0000${styleXml}`;
  const cached = engines.get(key);
  if (cached) return cached;
  const current: CachedEngine['current'] = { item: null };
  const sys = {
    retrieveLocale: (tag: string) => locales(tag),
    retrieveItem: (id: string) => (current.item && id === current.item.id ? current.item : undefined),
  };
  // forceLang: the reader's --locale wins over a style's default-locale, as the contract says.
  const made = { engine: new CSL.Engine(sys, styleXml, locale, true), current };
  if (engines.size >= MAX_CACHED_ENGINES) engines.delete(engines.keys().next().value!);
  engines.set(key, made);
  return made;
}

function bibliographyOf({ engine, current }: CachedEngine, item: CslItem, format: CslOutput): string {
  // A fresh copy each time: citeproc caches items by id, and this id is reused for every article.
  current.item = { ...item };
  engine.setOutputFormat(format);
  engine.updateItems([]);
  engine.updateItems([item.id]);
  const result = engine.makeBibliography();
  if (!result) throw new CslStyleError('The style made no bibliography entry.');
  const entry = result[1].join('').trim();
  if (!entry) throw new CslStyleError('The style made an empty entry for this article.');
  return entry;
}

/**
 * Renders the bibliography entry of `item`. Throws `CslStyleError` with a
 * message for the user when the style is broken; never returns "undefined".
 */
export function renderEntry(styleXml: string, item: CslItem, options: { locale?: string; locales: LocaleSource }): RenderedEntry {
  checkStyleShape(styleXml);
  const locale = options.locale ?? 'en-US';
  let text: string;
  let html: string;
  try {
    const engine = engineFor(styleXml, locale, options.locales);
    text = bibliographyOf(engine, item, 'text');
    html = unwrapEntry(bibliographyOf(engine, item, 'html'));
  } catch (error) {
    if (error instanceof CslStyleError) throw error;
    throw new CslStyleError(`The CSL processor could not use this style: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (/\bundefined\b|\[object Object\]/.test(text) && !/\bundefined\b/.test(JSON.stringify(item))) {
    throw new CslStyleError('The style produced a broken entry ("undefined").');
  }
  return { text, html };
}

/** A sample item for checking a user's style: every field an article can give. */
export const SAMPLE_ITEM: CslItem = {
  id: 'sample',
  type: 'article-newspaper',
  title: 'Sample headline of a news story',
  'container-title': 'The Sample Times',
  URL: 'https://news.example/2025/06/06/sample',
  author: [{ family: 'Doe', given: 'Jane' }],
  issued: { 'date-parts': [[2025, 6, 6]] },
  accessed: { 'date-parts': [[2025, 6, 7]] },
  source: 'Sample Aggregator',
  language: 'en',
};

/**
 * Checks a style a user brings: its shape, then a trial rendering of a
 * sample article. Returns the style's title, or throws `CslStyleError`.
 */
export function validateStyle(styleXml: string, locales: LocaleSource): { title: string; sample: string } {
  const { title } = checkStyleShape(styleXml);
  const sample = renderEntry(styleXml, SAMPLE_ITEM, { locales }).text;
  return { title, sample };
}
