import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTICLE_PARAGRAPHS } from '../helpers/article-page';
import { loadCorpusVectors, loadSubsetVectors } from '../helpers/xss-corpus';
import type { XssVector } from '../helpers/xss-corpus';
import type { Harness, RecordedRequest } from './harness';

/**
 * Hostile and odd pages for the security suite (tests/e2e/security-*.test.ts),
 * and what the suite watches while the popup reads them: dialogs, console
 * errors, uncaught exceptions, Content-Security-Policy violations, requests,
 * and script that runs where it must not.
 */

// ---------------------------------------------------------------------------
// Watching a page

export interface PageWatch {
  /** `type: message` of every dialog the page opened (each is dismissed at once). */
  dialogs: string[];
  /** Console errors, except failed resource loads (requests are checked on their own). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
}

/**
 * Records what `page` does that a test may forbid. Listening to `dialog`
 * makes Playwright leave dialogs open, so each is dismissed here, or the page
 * would block.
 */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // A 404 for an article image is the server's answer, not the popup's error.
    if (/^Failed to load resource/.test(text)) return;
    watch.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watch.pageErrors.push(`${error.name}: ${error.message}`));
  return watch;
}

/**
 * Makes every page of the browser record its Content-Security-Policy
 * violations in `window.__cspViolations`. The popup's policy (`script-src
 * 'self'`) stops an inline handler or a `javascript:` URL that got past the
 * sanitizer, silently but for this event: a violation in the popup means
 * markup that wanted to run reached it. Also used to check the page's own
 * policy in the tab. Test instrumentation only: nothing in the extension
 * reads it.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations?: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim());
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(recorder missing)']);
}

/** The sentinel the armed payloads set: undefined unless a payload's script ran in that page. */
export async function sentinel(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

// ---------------------------------------------------------------------------
// What the popup shows

export type PopupOutcome =
  { kind: 'article'; title: string; bodyText: string; refused: boolean } | { kind: 'status'; code: string; title: string; message: string };

/**
 * Waits until the popup shows an article or a status (whichever comes), and
 * returns it. The wait is generous on purpose: a slow machine must not fail a
 * test, and no test here asserts how long anything took.
 */
export async function popupOutcome(popup: Page, timeoutMs = 90_000): Promise<PopupOutcome> {
  await popup.waitForSelector('[data-testid=article-body], [data-testid=status]', { state: 'visible', timeout: timeoutMs });
  const status = popup.locator('[data-testid=status]');
  if (await status.count()) {
    return {
      kind: 'status',
      code: (await status.getAttribute('data-code')) ?? '',
      title: (await status.locator('.status__title').innerText()).trim(),
      message: (await status.locator('.status__message').innerText()).trim(),
    };
  }
  const body = popup.locator('[data-testid=article-body]');
  return {
    kind: 'article',
    title: (await popup.locator('[data-testid=article-title]').innerText()).trim(),
    bodyText: await body.innerText(),
    refused: (await popup.locator('.article__refused').count()) > 0,
  };
}

/** Opens `url` in a new tab however it ends (an error page, a download, a page still loading) and returns its tab id. */
export async function openAnyTab(harness: Harness, url: string, waitUntil: 'load' | 'commit' = 'load'): Promise<{ page: Page; tabId: number }> {
  const page = await harness.context.newPage();
  await page.goto(url, { waitUntil, timeout: 30_000 }).catch(() => {
    // Aborted navigations (unknown schemes) leave the tab where it was: still a tab to test.
  });
  await page.bringToFront();
  // Without host access the browser hides the address, so the tab in front is the one.
  const tabId = await harness.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (typeof tabId !== 'number') throw new Error(`No tab id for ${url}`);
  return { page, tabId };
}

/** Requests of the extension's pages and worker to anything but its own files, from index `from` of the log. */
export function extensionRequestsSince(harness: Harness, from: number): RecordedRequest[] {
  const origin = `${harness.extensionOrigin}/`;
  return harness.requests.slice(from).filter((r) => r.initiator.startsWith(origin) && !r.url.startsWith(origin));
}

/**
 * Every image address the sanitized article body holds (src, srcset, and
 * picture sources), resolved as the popup resolves them: the only requests
 * the popup may make.
 */
export async function articleImageUrls(popup: Page): Promise<Set<string>> {
  const urls = await popup.evaluate(() => {
    // The HTML standard's srcset reading: a URL runs to white space; commas inside it belong to it.
    const srcsetUrls = (value: string): string[] => {
      const found: string[] = [];
      let rest = value;
      for (;;) {
        rest = rest.replace(/^[\s,]+/, '');
        if (!rest) return found;
        const url = /^\S+/.exec(rest)![0];
        rest = rest.slice(url.length);
        if (/,+$/.test(url)) {
          found.push(url.replace(/,+$/, ''));
          continue;
        }
        found.push(url);
        // Skip the descriptors, up to the comma that ends the candidate (none inside parentheses).
        let depth = 0;
        let i = 0;
        for (; i < rest.length; i++) {
          if (rest[i] === '(') depth++;
          else if (rest[i] === ')') depth--;
          else if (rest[i] === ',' && depth <= 0) break;
        }
        rest = rest.slice(i);
      }
    };
    const out: string[] = [];
    const body = document.querySelector('[data-testid=article-body]');
    if (!body) return out;
    const add = (value: string | null) => {
      if (!value) return;
      try {
        out.push(new URL(value, document.baseURI).href);
      } catch {
        // Not an address: nothing can load from it.
      }
    };
    for (const el of Array.from(body.querySelectorAll('img, source'))) {
      add(el.getAttribute('src'));
      if (el instanceof HTMLImageElement && el.currentSrc) add(el.currentSrc);
      for (const candidate of srcsetUrls(el.getAttribute('srcset') ?? '')) add(candidate);
    }
    return out;
  });
  return new Set(urls);
}

/**
 * Constructs in the popup's live article body (as Chromium parsed it, after
 * the sanitizer) that could run, navigate or load: script-capable elements,
 * event handlers, non-http(s)/mailto links and sources, style attributes.
 * The unit tests check the CLI's output under jsdom; this checks the browser's
 * own parse, where mutation XSS would show.
 */
export async function unsafeConstructsInPopup(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    // As in articleImageUrls: the HTML standard's srcset reading.
    const srcsetUrls = (value: string): string[] => {
      const urls: string[] = [];
      let rest = value;
      for (;;) {
        rest = rest.replace(/^[\s,]+/, '');
        if (!rest) return urls;
        const url = /^\S+/.exec(rest)![0];
        rest = rest.slice(url.length);
        if (/,+$/.test(url)) {
          urls.push(url.replace(/,+$/, ''));
          continue;
        }
        urls.push(url);
        let depth = 0;
        let i = 0;
        for (; i < rest.length; i++) {
          if (rest[i] === '(') depth++;
          else if (rest[i] === ')') depth--;
          else if (rest[i] === ',' && depth <= 0) break;
        }
        rest = rest.slice(i);
      }
    };
    const found: string[] = [];
    const body = document.querySelector('[data-testid=article-body]');
    if (!body) return found;
    const forbidden = new Set([
      'script',
      'style',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'base',
      'meta',
      'link',
      'template',
      'noscript',
      'video',
      'audio',
      'animate',
      'set',
      'animatemotion',
      'animatetransform',
      'foreignobject',
      'use',
      'image',
      'handler',
      'listener',
      'maction',
      'annotation-xml',
      'portal',
    ]);
    const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'xlink:href', 'ping']);
    const safeScheme = (value: string) => {
      try {
        return ['http:', 'https:', 'mailto:'].includes(new URL(value, document.baseURI).protocol);
      } catch {
        return false;
      }
    };
    for (const el of Array.from(body.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (forbidden.has(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        else if (name === 'style') found.push(`${tag}[style]`);
        else if (urlAttributes.has(name)) {
          const values = name === 'srcset' ? srcsetUrls(attr.value) : [attr.value];
          for (const value of values) if (value && !safeScheme(value)) found.push(`${tag}[${name}=${value.slice(0, 60)}]`);
        }
      }
    }
    return found;
  });
}

// ---------------------------------------------------------------------------
// XSS vectors planted in article pages

export const SENTINEL = '__pwned';

/** Payloads written for this suite: each sets the sentinel (or phones home) if it runs. */
export const SENTINEL_VECTORS: XssVector[] = [
  `<img src=x onerror="window.${SENTINEL}='img onerror'">`,
  `<svg onload="window.${SENTINEL}='svg onload'"><circle r="4"/></svg>`,
  `<script>window.${SENTINEL}='inline script'</script>`,
  `<details open ontoggle="window.${SENTINEL}='ontoggle'"><summary>More</summary>Details</details>`,
  `<iframe srcdoc="<script>parent.${SENTINEL}='srcdoc'</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.${SENTINEL}='object'</script>"></object>`,
  `<embed src="data:text/html,<script>parent.${SENTINEL}='embed'</script>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.${SENTINEL}='mxss math'">`,
  `<svg></p><style><a id="</style><img src=1 onerror=window.${SENTINEL}='mxss svg'>">`,
  `<noscript><p title="</noscript><img src=x onerror=window.${SENTINEL}='noscript'>"></noscript>`,
  `<input autofocus onfocus="window.${SENTINEL}='autofocus'">`,
  `<video><source onerror="window.${SENTINEL}='video source'"></video>`,
  `<a href="javascript:window.${SENTINEL}='js link'" id="x">link</a>`,
  `<form action="javascript:window.${SENTINEL}='form'"><button>go</button></form>`,
  `<img src="https://tracker.example/pixel.gif" width="1" height="1" alt="">`,
  `<p style="background:url(https://tracker.example/style.png)">styled</p>`,
  `<link rel="stylesheet" href="https://tracker.example/x.css">`,
  // A day's delay: the tab must stay on the page while the popup reads it; the element is what matters.
  `<meta http-equiv="refresh" content="86400; url=https://tracker.example/refresh">`,
  `<base href="https://tracker.example/">`,
  `<img srcset="https://images.example/a.png 1x, javascript:window.${SENTINEL}=1 2x" alt="">`,
  `<svg><a xlink:href="javascript:window.${SENTINEL}=1"><text y="10">svg link</text></a></svg>`,
  `<svg><animate attributeName="href" to="javascript:window.${SENTINEL}=1"/></svg>`,
].map((payload, i) => ({ name: `sentinel#${i}`, title: 'suite sentinel vector', payload }));

/** The corpus's vectors when present (DOMPurify's and html5sec's), else the copy kept in the repo. */
export function xssVectorsForE2e(): { vectors: XssVector[]; source: string } {
  const corpus = loadCorpusVectors();
  if (corpus) return { vectors: [...corpus.dompurify, ...corpus.h5sc], source: 'shared corpus' };
  return { vectors: loadSubsetVectors(), source: 'tests/fixtures-xss subset' };
}

/**
 * Makes a corpus payload report itself: `alert(` becomes
 * `(window.__pwned=1,alert)(`, so a payload that runs both sets the sentinel
 * and still opens its dialog. Disguised calls (`alert&#40;`, `\u0061lert`) are
 * left as they are; they would still show as a dialog.
 */
export function armPayload(payload: string): string {
  return payload.replace(/\balert\(/g, `(window.${SENTINEL}=1,alert)(`);
}

/**
 * Closes whatever a payload may leave open (a comment, raw-text elements, a
 * select, foreign content, a form, a button, a link), so that the next vector
 * and its checkpoint are parsed as the story's own paragraphs rather than
 * as a form or link the core would cut. Appended after the payload, it does
 * not change how the payload itself parses; an end tag with nothing of its
 * kind open is ignored.
 */
const CLOSE_EVERYTHING =
  '--></script></style></textarea></title></xmp></noembed></noframes></noscript></iframe></select></template></svg></math>' +
  '</option></optgroup></button></label></a></form></details></dialog></marquee></object></map>';

/** A paragraph after each vector: if it is missing from the tab's DOM, the vector before it swallowed the rest. */
export function checkpointText(index: number): string {
  return `Checkpoint ${index} of the council record: the harbour committee filed objection number ${index} from residents of the lower town with the survey of the channel, to be answered before the second winter of work.`;
}

export const VECTOR_PAGE_TITLE = 'Council approves Carrow Harbour dredging plan';

/**
 * A news article with `payloads` planted between its paragraphs, each
 * followed by a checkpoint paragraph. The page's own policy forbids all
 * script and loads (`default-src 'none'`): the tab must not run the payloads
 * itself (they would fire dialogs, rewrite or navigate the page before the
 * extension reads it), so every payload reaches the extension as parsed
 * markup, and a dialog or sentinel in the tab could only come from the
 * extension's side.
 */
export function vectorArticlePage(url: string, payloads: string[]): string {
  const planted = payloads.map((payload, i) => `${payload}${CLOSE_EVERYTHING}\n<p>${checkpointText(i)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${VECTOR_PAGE_TITLE} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:type" content="article">
<meta property="og:url" content="${url}">
<meta name="author" content="Tomas Reyes">
<link rel="canonical" href="${url}">
</head>
<body>
<header class="site-header"><a href="/" class="logo">The Harbour Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article class="story">
<h1>${VECTOR_PAGE_TITLE}</h1>
<div class="story-meta"><span class="byline">By Tomas Reyes</span> <time datetime="2025-06-06T08:30:00Z">6 June 2025</time></div>
<figure><img src="https://cdn.harbour-gazette.example/img/carrow-harbour.jpg" width="1200" height="800" alt="Boats moored at Carrow Harbour"><figcaption>Boats moored at Carrow Harbour at low tide.</figcaption></figure>
<div class="story-body">
<p>${ARTICLE_PARAGRAPHS[0]}</p>
<p>${ARTICLE_PARAGRAPHS[1]}</p>
${planted}
<p>${ARTICLE_PARAGRAPHS[6]}</p>
<p>${ARTICLE_PARAGRAPHS[7]}</p>
</div>
</article></main>
<footer class="site-footer"><p>&copy; 2025 The Harbour Gazette</p></footer>
</body>
</html>`;
}

/** Indices of the checkpoints the tab parsed as paragraphs, in order. */
export async function checkpointsInTab(tab: Page): Promise<number[]> {
  return tab.evaluate(() =>
    Array.from(document.querySelectorAll('p'))
      .map((p) => /^Checkpoint (\d+) of the council record/.exec((p.textContent ?? '').trim())?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number),
  );
}

// ---------------------------------------------------------------------------
// Odd documents

/** A one-page PDF (empty page), enough for Chromium's viewer to open. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A 1x1 PNG. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** An RSS feed with a long item: as a document, an XML tree with plenty of text. */
export const RSS_FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Harbour Gazette</title><link>https://www.harbour-gazette.example/</link>
<item><title>Council approves Carrow Harbour dredging plan</title><link>https://www.harbour-gazette.example/news/1</link>
<description>${ARTICLE_PARAGRAPHS.join(' ')}</description></item></channel></rss>`;

/**
 * A server whose page never finishes: it sends the head and the start of an
 * article, then holds the connection open, so the tab stays "loading". Served
 * on localhost, which the harness's host mapping leaves alone.
 */
export async function startEndlessServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${VECTOR_PAGE_TITLE}</title></head><body><main><article><h1>${VECTOR_PAGE_TITLE}</h1>` +
        ARTICLE_PARAGRAPHS.slice(0, 4)
          .map((p) => `<p>${p}</p>`)
          .join(''),
    );
    // Never `res.end()`: the rest of the page is still on its way when the reader clicks.
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/news/still-loading`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
