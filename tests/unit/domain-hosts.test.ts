import { describe, expect, it } from 'vitest';
import { bareHost, bareHostOf, hostOf, isSameBrandSite, isSameSite, siteOf } from '../../utils/core/domain/hosts';

describe('hosts and sites (public suffix list)', () => {
  it.each([
    ['https://news.bbc.co.uk/2/hi', 'bbc.co.uk'],
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ['https://alice.blogspot.com/post', 'alice.blogspot.com'],
    ['https://www.abc.net.au/news', 'abc.net.au'],
    ['https://finance.yahoo.co.jp/x', 'yahoo.co.jp'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['news.ycombinator.com', 'ycombinator.com'],
  ])('siteOf(%s) = %s', (input, site) => expect(siteOf(input)).toBe(site));

  it('treats subdomains of one registrable domain as one site, and private suffixes as separate sites', () => {
    expect(isSameSite('https://news.bbc.co.uk/a', 'https://www.bbc.co.uk/b')).toBe(true);
    expect(isSameSite('https://alice.blogspot.com/', 'https://bob.blogspot.com/')).toBe(false);
    expect(isSameSite('https://example.co.uk/', 'https://other.co.uk/')).toBe(false);
    expect(isSameSite(null, 'https://a.com')).toBe(false);
    expect(isSameSite('not a url', 'not a url')).toBe(false);
  });

  it('writes hosts as people do', () => {
    expect(bareHost('WWW.Reuters.com.')).toBe('reuters.com');
    expect(bareHost('m.example.org')).toBe('example.org');
    expect(bareHostOf('https://www2.example.org/x')).toBe('example.org');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(hostOf('')).toBeNull();
  });

  it.each([
    ['http://jaraguadosul.com.br/news/a', 'https://www.jaraguadosul.sc.gov.br/news/a', true],
    ['https://www.businessinsider.com/a', 'https://www.businessinsider.de/a', true],
    ['https://www.nj.com/a', 'https://www.nj.org/a', false], // too short a name to say
    ['https://www.cnn.com/a', 'https://www.msn.com/a', false],
    ['https://www.theguardian.com/a', 'https://guardian.ng/a', false],
    ['https://alice.blogspot.com/', 'https://alice.wordpress.com/', false], // a platform's users, not one brand
    [null, 'https://www.cnn.com/', false],
  ])('isSameBrandSite(%s, %s) is %s', (a, b, want) => expect(isSameBrandSite(a, b)).toBe(want));
});
