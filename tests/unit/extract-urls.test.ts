import { describe, expect, it } from 'vitest';
import { findSiteHint, nameFromHost } from '../../utils/core/extract/sites';
import { hostnameOf, isHttpUrl, isOtherPage, isSameSite, registrableDomain, resolveUrl, stripTrackingParams } from '../../utils/core/extract/urls';

const BASE = 'https://www.example.com/news/2025/story.html';

describe('resolveUrl', () => {
  it.each([
    ['relative path', 'other.html', 'https://www.example.com/news/2025/other.html'],
    ['root-relative', '/about', 'https://www.example.com/about'],
    ['parent', '../index.html', 'https://www.example.com/news/index.html'],
    ['protocol-relative', '//cdn.example.net/a.jpg', 'https://cdn.example.net/a.jpg'],
    ['absolute', 'http://other.example/x', 'http://other.example/x'],
    ['fragment only', '#top', 'https://www.example.com/news/2025/story.html#top'],
    ['query only', '?page=2', 'https://www.example.com/news/2025/story.html?page=2'],
    ['surrounding spaces', '  /about  ', 'https://www.example.com/about'],
    // Browsers strip tabs and newlines inside a URL, so the scheme is visible once resolved.
    ['a tab hiding a scheme', 'java\tscript:alert(1)', 'javascript:alert(1)'],
    ['a newline inside a path', '/ab\nout', 'https://www.example.com/about'],
  ])('%s: %j', (_name, href, expected) => {
    expect(resolveUrl(href, BASE)).toBe(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['only spaces', '   '],
    ['an invalid host', 'http://[::1'],
  ])('%s gives null', (_name, href) => {
    expect(resolveUrl(href, BASE)).toBeNull();
  });
});

describe('isHttpUrl and hostnameOf', () => {
  it.each([
    ['https://a.example/', true],
    ['HTTP://A.EXAMPLE/', true],
    ['//a.example/', false],
    ['/relative', false],
    ['mailto:a@example.com', false],
    ['javascript:alert(1)', false],
    ['', false],
    [null, false],
  ])('isHttpUrl(%j) is %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });

  it.each([
    ['https://News.Example.COM/a', 'news.example.com'],
    ['http://example.com:8080/x', 'example.com'],
    ['not a url', null],
    [null, null],
  ])('hostnameOf(%j) is %j', (url, expected) => {
    expect(hostnameOf(url)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['a.b.c.example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['www.example.com.', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www.amazon.co.jp', 'amazon.co.jp'],
    ['www.gub.gob.mx', 'gub.gob.mx'],
    // "co" under a three-letter top-level domain is an ordinary name, not a registry suffix.
    // co.com is a private registry's suffix in the Public Suffix List: each name under it is a site.
    ['shop.co.com', 'shop.co.com'],
    ['localhost', 'localhost'],
    ['', null],
    [null, null],
  ])('%j -> %j', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('isSameSite', () => {
  it.each([
    ['subdomains of one site', 'https://www.bbc.co.uk/news/1', 'https://news.bbc.co.uk/2', true],
    ['http and https', 'http://example.com/a', 'https://www.example.com/b', true],
    ['two sites under co.uk', 'https://bbc.co.uk/', 'https://itv.co.uk/', false],
    ['a look-alike host', 'https://example.com/', 'https://example.com.evil.net/', false],
    ['a name that contains the other', 'https://msn.com/', 'https://notmsn.com/', false],
    ['an invalid URL', 'not a url', 'https://example.com/', false],
    ['two invalid URLs', 'nope', 'nope', false],
    ['null', null, 'https://example.com/', false],
  ])('%s', (_name, a, b, expected) => {
    expect(isSameSite(a, b)).toBe(expected);
    expect(isSameSite(b, a)).toBe(expected);
  });
});

describe('stripTrackingParams', () => {
  it.each([
    ['utm_* only: the empty query goes', 'https://a.example/story?utm_source=tw&utm_medium=social', 'https://a.example/story'],
    ['upper-case names', 'https://a.example/story?UTM_Source=x&FBCLID=y', 'https://a.example/story'],
    ['click ids', 'https://a.example/s?gclid=1&msclkid=2&dclid=3&yclid=4', 'https://a.example/s'],
    ['msn ocid and cvid', 'https://www.msn.com/en-us/news/ar-AA1?ocid=msedgntp&cvid=abc', 'https://www.msn.com/en-us/news/ar-AA1'],
    ['a kept parameter', 'https://a.example/s?id=7&utm_campaign=x', 'https://a.example/s?id=7'],
    ['the fragment is kept', 'https://a.example/s?utm_source=x#part-2', 'https://a.example/s#part-2'],
    ['no parameters at all', 'https://a.example/s', 'https://a.example/s'],
    ['a name that only starts like a tracker', 'https://a.example/s?eid=1&ocids=2', 'https://a.example/s?eid=1&ocids=2'],
  ])('%s', (_name, url, expected) => {
    expect(stripTrackingParams(url)).toBe(expected);
  });

  it('returns an unparseable input unchanged', () => {
    expect(stripTrackingParams('not a url ?utm_source=x')).toBe('not a url ?utm_source=x');
  });

  it('keeps the other parameters byte for byte when a tracker is removed', () => {
    expect(stripTrackingParams('https://a.example/s?q=harbour%20plan&utm_source=x&ids=1,2')).toBe('https://a.example/s?q=harbour%20plan&ids=1,2');
  });

  it('removes an empty hash, as its comment says', () => {
    expect(stripTrackingParams('https://a.example/s?utm_source=x#')).toBe('https://a.example/s');
  });
});

describe('isOtherPage', () => {
  it.each([
    ['another path', '/news/other', true],
    ['another site', 'https://other.example/x', true],
    ['the same page with a query', '?page=2', true],
    ['a fragment', '#comments', false],
    ['the same page with a fragment', 'https://www.example.com/news/2025/story.html#top', false],
    ['the same page itself', 'story.html', false],
    ['javascript', 'javascript:void(0)', false],
    ['JavaScript with spaces', '  JavaScript:void(0)', false],
    ['mailto', 'mailto:desk@example.com', false],
    ['tel', 'tel:+441234', false],
    ['empty', '', false],
    ['null', null, false],
  ])('%s: %j -> %s', (_name, href, expected) => {
    expect(isOtherPage(href, BASE)).toBe(expected);
  });
});

describe('findSiteHint and nameFromHost', () => {
  it.each([
    ['https://www.msn.com/en-us/news/world/ar-AA1', { name: 'MSN', aggregator: true }],
    ['https://news.yahoo.com/story-1.html', { name: 'Yahoo News', aggregator: true }],
    // The most specific known host wins over the registrable domain.
    ['https://uk.news.yahoo.com/story-1.html', { name: 'Yahoo News', aggregator: true }],
    ['https://finance.yahoo.com/news/x', { name: 'Yahoo Finance', aggregator: true }],
    ['https://www.yahoo.com/news/x', { name: 'Yahoo', aggregator: true }],
    ['https://www.newsnow.co.uk/h/', { name: 'NewsNow', aggregator: true }],
    ['https://ground.news/article/x', { name: 'Ground News', aggregator: true }],
    // Publishers are known too, and are not aggregators.
    ['https://www.reuters.com/world/x', { name: 'Reuters', aggregator: false }],
    ['https://www.example.com/a', null],
    ['https://notmsn.com/a', null],
    ['https://msn.com.evil.example/a', null],
    ['not a url', null],
  ])('%s', (url, expected) => {
    expect(findSiteHint(url)).toEqual(expected);
  });

  it.each([
    ['https://www.example-news.com/a', 'example-news.com'],
    // Known hosts get the registry's proper name, a subdomain its parent's.
    ['https://news.bbc.co.uk/a', 'BBC'],
    ['https://www.msn.com/en-us/news', 'MSN'],
    ['https://edition.cnn.com/2025/x', 'CNN'],
    ['https://www.nytimes.com/2025/01/01/x.html', 'The New York Times'],
    ['https://unknown-gazette.example/a', 'unknown-gazette.example'],
    ['nope', null],
    [null, null],
  ])('nameFromHost(%j) is %j', (url, expected) => {
    expect(nameFromHost(url)).toBe(expected);
  });
});
