import { describe, expect, it } from 'vitest';
import { findInJson, jsonLdString, readPageMetadata, typesOf } from '../../utils/core/extract/page-metadata';
import { scanPage } from '../../utils/core/extract/page-scan';
import { parse } from '../helpers/extract-stages';

function metadataOf(head: string, body = '<p>Body</p>', htmlAttrs = '', bodyAttrs = '') {
  const doc = parse(`<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body${bodyAttrs}>${body}</body></html>`);
  return readPageMetadata(doc, scanPage(doc.documentElement));
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('meta tags', () => {
  it.each([
    ['property', '<meta property="og:title" content="Harbour plan">', 'og:title', 'Harbour plan'],
    ['name', '<meta name="description" content="A plan.">', 'description', 'A plan.'],
    ['itemprop', '<meta itemprop="datePublished" content="2025-06-06">', 'datepublished', '2025-06-06'],
    ['an upper-case key', '<meta name="Author" content="Jane Roe">', 'author', 'Jane Roe'],
    ['collapsed content', '<meta name="author" content="  Jane \n Roe ">', 'author', 'Jane Roe'],
    ['the first one wins', '<meta name="author" content="Jane Roe"><meta name="author" content="Tom Lee">', 'author', 'Jane Roe'],
    ['an empty one is passed over', '<meta name="author" content=""><meta name="author" content="Tom Lee">', 'author', 'Tom Lee'],
    ['property before name on one tag', '<meta property="og:site_name" name="x" content="Gazette">', 'og:site_name', 'Gazette'],
    // Mercury's preprocessing, which saved many public fixture pages, renames `content` to `value`.
    ['a page saved with `value` for `content`', '<meta value="Gazette" name="og:site_name">', 'og:site_name', 'Gazette'],
    ['`content` over `value` on one tag', '<meta name="author" content="Jane Roe" value="Tom Lee">', 'author', 'Jane Roe'],
  ])('%s', (_name, head, key, expected) => {
    expect(metadataOf(head).meta.get(key)).toBe(expected);
  });

  it('ignores a meta tag with no key', () => {
    expect(Array.from(metadataOf('<meta charset="utf-8"><meta content="orphan">').meta.keys())).toEqual([]);
  });
});

describe('JSON-LD', () => {
  const article = { '@type': 'NewsArticle', headline: 'Harbour plan approved' };

  it.each([
    ['a single object', ld(article), 'Harbour plan approved'],
    ['an array', ld([{ '@type': 'WebSite', name: 'Gazette' }, article]), 'Harbour plan approved'],
    ['a @graph', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization' }, article] }), 'Harbour plan approved'],
    ['a later script', ld({ '@type': 'BreadcrumbList' }) + ld(article), 'Harbour plan approved'],
    ['several @types', ld({ '@type': ['Thing', 'ReportageNewsArticle'], headline: 'Typed twice' }), 'Typed twice'],
    ['a prefixed @type', ld({ '@type': 'schema:BlogPosting', headline: 'Prefixed' }), 'Prefixed'],
    ['JSON wrapped in an HTML comment', `<script type="application/ld+json"><!--${JSON.stringify(article)}--></script>`, 'Harbour plan approved'],
    ['a broken script before a good one', '<script type="application/ld+json">{"@type": "NewsArticle",</script>' + ld(article), 'Harbour plan approved'],
  ])('finds the article in %s', (_name, head, headline) => {
    expect(metadataOf(head).jsonLdArticle?.headline).toBe(headline);
  });

  it.each([
    ['only a WebPage', ld({ '@type': 'WebPage', name: 'Page' })],
    ['a type that only contains "Article"', ld({ '@type': 'ArticleSeries' })],
    ['a script of another type', `<script type="application/json">${JSON.stringify(article)}</script>`],
    ['nothing', ''],
  ])('finds no article in %s', (_name, head) => {
    expect(metadataOf(head).jsonLdArticle).toBeNull();
  });

  it('flattens every object, @graph members included, in order', () => {
    const meta = metadataOf(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Person' }] }) + ld({ '@type': 'Organization' }));
    expect(meta.jsonLd.map((o) => o['@type'] ?? '(graph)')).toEqual(['(graph)', 'WebSite', 'Person', 'Organization']);
  });
});

describe('canonical, next data, page JSON, title, lang and dir', () => {
  it.each([
    ['a plain canonical', '<link rel="canonical" href="https://a.example/story">', 'https://a.example/story'],
    ['href is trimmed', '<link rel="canonical" href="  https://a.example/story ">', 'https://a.example/story'],
    ['one of several rel words', '<link rel="alternate canonical" href="https://a.example/c">', 'https://a.example/c'],
    ['a relative href stays as written', '<link rel="canonical" href="/story">', '/story'],
    ['the first one with an href', '<link rel="canonical"><link rel="canonical" href="https://a.example/2">', 'https://a.example/2'],
    ['not a canonical', '<link rel="canonical-ish" href="https://a.example/x"><link rel="amphtml" href="https://a.example/amp">', null],
  ])('canonical: %s', (_name, head, expected) => {
    expect(metadataOf(head).canonical).toBe(expected);
  });

  it.each([
    ['a tagged script', '<script id="__NEXT_DATA__" type="application/json">{"props":{"id":1}}</script>', { props: { id: 1 } }],
    ['an inline assignment', '<script>window.__NEXT_DATA__ = {"props":{"id":2}};</script>', { props: { id: 2 } }],
    ['broken JSON', '<script id="__NEXT_DATA__" type="application/json">{"props":</script>', undefined],
    ['none', '<script>var x = 1;</script>', undefined],
  ])('__NEXT_DATA__: %s', (_name, body, expected) => {
    expect(metadataOf('', body).nextData).toEqual(expected);
  });

  it('page JSON: application/json scripts other than __NEXT_DATA__, broken ones dropped', () => {
    const body =
      '<script id="__NEXT_DATA__" type="application/json">{"n":0}</script>' +
      '<script type="application/json">{"a":1}</script>' +
      '<script type="application/json">not json</script>' +
      '<script type="application/json">[2]</script>' +
      '<script type="text/javascript">{"c":3}</script>';
    expect(metadataOf('', body).pageJson).toEqual([{ a: 1 }, [2]]);
  });

  it.each([
    ['a plain title', '<title>Harbour plan | Gazette</title>', 'Harbour plan | Gazette'],
    ['white space collapsed', '<title>\n  Harbour \n plan </title>', 'Harbour plan'],
    ['no title', '', ''],
  ])('document title: %s', (_name, head, expected) => {
    expect(metadataOf(head).documentTitle).toBe(expected);
  });

  it.each([
    ['html lang', '', ' lang=" de-DE "', 'de-DE'],
    ['a content-language meta name', '<meta name="content-language" content="fr">', '', 'fr'],
    ['html lang wins over the meta', '<meta name="content-language" content="fr">', ' lang="es"', 'es'],
    ['none', '', '', null],
  ])('lang: %s', (_name, head, htmlAttrs, expected) => {
    expect(metadataOf(head, '<p>x</p>', htmlAttrs).lang).toBe(expected);
  });

  it('lang: an http-equiv Content-Language meta', () => {
    expect(metadataOf('<meta http-equiv="Content-Language" content="de">').lang).toBe('de');
  });

  it.each([
    ['html dir', ' dir="RTL"', '', 'rtl'],
    ['body dir when html has none', '', ' dir="rtl"', 'rtl'],
    ['html dir wins', ' dir="ltr"', ' dir="rtl"', 'ltr'],
    ['none', '', '', null],
  ])('dir: %s', (_name, htmlAttrs, bodyAttrs, expected) => {
    expect(metadataOf('', '<p>x</p>', htmlAttrs, bodyAttrs).dir).toBe(expected);
  });
});

describe('jsonLdString, typesOf and findInJson', () => {
  it.each([
    ['a string', '  The  Courier ', 'name', 'The Courier'],
    ['an object name', { '@type': 'Organization', name: 'The Courier' }, 'name', 'The Courier'],
    ['an object url', { name: 'The Courier', url: 'https://courier.example/' }, 'url', 'https://courier.example/'],
    ['@id stands in for url', { '@id': 'https://courier.example/#org' }, 'url', 'https://courier.example/#org'],
    ['@id does not stand in for name', { '@id': 'https://courier.example/#org' }, 'name', null],
    ['the first usable array item', [{ url: 'x' }, { name: 'Jane Roe' }, { name: 'Tom Lee' }], 'name', 'Jane Roe'],
    ['an empty string', '  ', 'name', null],
    ['a number', 42, 'name', null],
    ['null', null, 'name', null],
  ] as const)('jsonLdString: %s', (_name, value, key, expected) => {
    expect(jsonLdString(value, key)).toBe(expected);
  });

  it.each([
    [{ '@type': 'NewsArticle' }, ['NewsArticle']],
    [{ '@type': ['Article', 42, 'Thing'] }, ['Article', 'Thing']],
    [{}, []],
  ])('typesOf(%j)', (obj, expected) => {
    expect(typesOf(obj)).toEqual(expected);
  });

  it('findInJson walks breadth first: a shallow match beats a deep one', () => {
    const json = { a: { b: { c: { source: 'deep' } } }, list: [{ source: 'shallow' }] };
    expect(findInJson(json, (o) => (typeof o.source === 'string' ? o.source : null))).toBe('shallow');
  });

  it('findInJson returns null when nothing matches, and gives up after maxNodes', () => {
    expect(findInJson({ a: [{ b: 1 }] }, (o) => (o.c ? 1 : null))).toBeNull();
    const deep = { x: { x: { x: { x: { hit: true } } } } };
    expect(findInJson(deep, (o) => (o.hit ? 'found' : null))).toBe('found');
    expect(findInJson(deep, (o) => (o.hit ? 'found' : null), 3)).toBeNull();
  });
});
