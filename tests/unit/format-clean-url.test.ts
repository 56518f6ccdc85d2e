import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../utils/core/format/index';
import { safeLinkUrl } from '../../utils/core/domain/clean-url';

describe('cleanUrl', () => {
  it('removes the tracking parameters the issue names, in any case', () => {
    const tracking = [
      'utm_source=a',
      'UTM_Medium=b',
      'utm_campaign=c',
      'ocid=d',
      'cvid=e',
      'ei=f',
      'srcref=g',
      'fbclid=h',
      'gclid=i',
      'mc_cid=j',
      'mc_eid=k',
      'cmpid=l',
      'ref_src=m',
      'taid=n',
      'guccounter=1',
      'guce_referrer=o',
      'msclkid=p',
      'smid=q',
    ];
    expect(cleanUrl(`https://example.com/a?${tracking.join('&')}`)).toBe('https://example.com/a');
  });

  it('keeps every other parameter, in order and with its encoding', () => {
    expect(cleanUrl('https://example.com/a?id=1&utm_source=x&q=a%20b+c&p=%E2%82%AC&ref=home#section')).toBe(
      'https://example.com/a?id=1&q=a%20b+c&p=%E2%82%AC&ref=home#section',
    );
  });

  it('drops text-fragment directives but keeps a plain fragment', () => {
    expect(cleanUrl('https://example.com/a#:~:text=hello')).toBe('https://example.com/a');
    expect(cleanUrl('https://example.com/a#part:~:text=hello')).toBe('https://example.com/a#part');
  });

  it('leaves non-http and invalid addresses alone', () => {
    expect(cleanUrl('mailto:a@example.com?utm_source=x')).toBe('mailto:a@example.com?utm_source=x');
    expect(cleanUrl('not a url')).toBe('not a url');
  });
});

describe('safeLinkUrl', () => {
  it('resolves relative links and refuses script and data URLs', () => {
    expect(safeLinkUrl('/b?utm_medium=x&k=1', 'https://example.com/a/')).toBe('https://example.com/b?k=1');
    expect(safeLinkUrl(' javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(safeLinkUrl('data:text/html,hi', 'https://example.com/')).toBeNull();
    expect(safeLinkUrl('#top', null)).toBeNull();
  });
});
