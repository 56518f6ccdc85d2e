import { describe, expect, it } from 'vitest';
import { describeDocumentType, describeRestrictedPage, documentTypeReason } from '../../utils/core/domain/restricted-pages';

describe('describeRestrictedPage', () => {
  it.each([
    ['chrome://version', /browser’s own pages/],
    ['chrome://newtab/', /browser’s own pages/],
    ['edge://settings', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['about:newtab', /browser’s own pages/],
    ['view-source:https://www.daily8.com/en/article/1', /browser’s own pages/],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', /belongs to an extension/],
    ['moz-extension://0a1b2c3d-1111-2222-3333-444455556666/reader.html', /belongs to an extension/],
    ['https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop', /extension store/],
    ['https://chrome.google.com/webstore/detail/abcdefghijklmnop', /extension store/],
    ['https://chrome.google.com/webstore', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/addon/some-addon/', /extension store/],
    ['https://microsoftedge.microsoft.com/addons/detail/x', /extension store/],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /PDF/],
    ['https://example.org/reports/annual-2024.pdf', /PDF/],
    ['https://example.org/reports/ANNUAL.PDF?download=1', /PDF/],
    ['file:///home/reader/Downloads/paper.pdf', /PDF/],
    ['file:///home/reader/saved-article.html', /Access to file URLs/],
    ['data:text/html,<p>hello</p>', /generated page/],
    ['javascript:void(0)', /generated page/],
    ['blob:https://example.org/0f3c3f7e-4b5c-4c3e-9a1d-0f3c3f7e4b5c', /generated page/],
    ['ftp://ftp.example.org/pub/readme.txt', /ftp: addresses/],
    ['not a url', /no web address/],
  ])('refuses %s', (url, reason) => {
    const message = describeRestrictedPage(url);
    expect(message).not.toBeNull();
    expect(message).toMatch(reason);
  });

  it.each([
    'https://www.daily8.com/en/article/16d61a97e62f53a9a19887d3e2bf43a1',
    'http://localhost:8080/story.html',
    'https://www.msn.com/en-us/news/world/some-story/ar-AA1',
    // Only the store's own path is refused, not everything on chrome.google.com.
    'https://chrome.google.com/webstorefront-news',
    // A PDF word in the path is not a PDF file.
    'https://example.org/pdf/how-to-read-pdfs',
    'https://news.example.org/2025/06/06/story.pdf.html',
  ])('allows %s', (url) => {
    expect(describeRestrictedPage(url)).toBeNull();
  });

  it('does not claim a page is restricted when the browser did not share its address', () => {
    expect(describeRestrictedPage(undefined)).toBeNull();
    expect(describeRestrictedPage('')).toBeNull();
  });

  it('allows file pages once the user granted file access, but still not PDFs', () => {
    expect(describeRestrictedPage('file:///home/reader/saved-article.html', { fileAccess: true })).toBeNull();
    expect(describeRestrictedPage('file:///home/reader/paper.pdf', { fileAccess: true })).toMatch(/PDF/);
  });

  it('reads schemes case-insensitively', () => {
    expect(describeRestrictedPage('CHROME://settings')).toMatch(/browser’s own pages/);
    expect(describeRestrictedPage('  about:blank  ')).toMatch(/browser’s own pages/);
  });
});

describe('documentTypeReason (what the page itself says it is)', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['APPLICATION/PDF', 'pdf'],
    ['image/png', 'not-a-page'],
    ['image/svg+xml', 'not-a-page'],
    ['application/xml', 'not-a-page'],
    ['text/xml; charset=utf-8', 'not-a-page'],
    ['application/rss+xml', 'not-a-page'],
    ['application/atom+xml', 'not-a-page'],
    ['application/json', 'not-a-page'],
    ['video/mp4', 'not-a-page'],
    // Chromium's view of a feed served as application/rss+xml, of JSON and of other data.
    ['text/plain', 'not-a-page'],
  ])('refuses %s as %s', (contentType, reason) => {
    expect(documentTypeReason(contentType)).toBe(reason);
    expect(describeDocumentType(contentType)).toMatch(reason === 'pdf' ? /PDF/ : /not a web page/);
  });

  it.each(['text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', '', undefined, null])('lets %s through', (contentType) => {
    expect(documentTypeReason(contentType)).toBeNull();
    expect(describeDocumentType(contentType)).toBeNull();
  });
});
