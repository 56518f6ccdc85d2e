/**
 * On-load aggregator detection, for readers who opted in to it on every site.
 *
 * `probePage` runs in the page at load (injected by a tiny content script),
 * so it must be cheap and small: no extraction, a few selector queries and
 * at most a few JSON-LD blocks of bounded size. It only gathers evidence;
 * `judgeProbe` (in the extension) decides with the host hints. The popup's
 * full extraction, when the reader opens it, has the last word on the badge.
 */

/** What the page says about itself, as plain data. Every string is page-controlled. */
export interface PageProbe {
  /** The page presents a single article (og:type, JSON-LD type, or article markup). */
  article: boolean;
  /** The site's own name (og:site_name, JSON-LD publisher of a WebSite). */
  siteName: string | null;
  /** The outlet the page credits with the story, when it names one. */
  outlet: string | null;
  /** The original article's address, when the page gives it. */
  originalUrl: string | null;
}

/**
 * Reads the evidence from `doc` (the page's own document when injected).
 *
 * Self-contained on purpose: it is also passed as a function to
 * `scripting.executeScript` in tests and benchmarks, which serializes its
 * source, so it may not use imports or anything outside its own body.
 */
export function probePage(doc?: Document): PageProbe {
  const d: Document = doc ?? document;
  const MAX_JSON_CHARS = 100_000;
  const MAX_NAME_CHARS = 80;

  const clean = (value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    const text = value.replace(/\s+/g, ' ').trim();
    return text && text.length <= MAX_NAME_CHARS ? text : null;
  };
  const meta = (key: string): string | null => {
    const el = d.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    return el ? clean(el.getAttribute('content')) : null;
  };
  const nameOf = (value: unknown): string | null => {
    if (typeof value === 'string') return /^https?:/i.test(value) ? null : clean(value);
    if (Array.isArray(value)) return nameOf(value[0]);
    if (value && typeof value === 'object') return clean((value as Record<string, unknown>).name);
    return null;
  };
  const urlOf = (value: unknown): string | null => {
    if (typeof value === 'string') return /^https?:\/\//i.test(value) ? value.trim() : null;
    if (Array.isArray(value)) return urlOf(value[0]);
    if (value && typeof value === 'object') return urlOf((value as Record<string, unknown>).url);
    return null;
  };
  const isArticleType = (type: unknown): boolean =>
    (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Article$|^BlogPosting$|^Report$/.test(t));

  let article = /article/i.test(meta('og:type') ?? '');
  let siteName = meta('og:site_name');
  let outlet: string | null = null;
  let originalUrl: string | null = null;
  let publisher: string | null = null;

  // JSON-LD: the article object, top level or in @graph. Bounded in count and size.
  const blocks = d.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < 5; i++) {
    const text = blocks[i].textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const root = data as Record<string, unknown> | unknown[];
    const nodes: unknown[] = Array.isArray(root) ? root : Array.isArray(root['@graph']) ? (root['@graph'] as unknown[]) : [root];
    for (const node of nodes.slice(0, 20)) {
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      if (obj['@type'] === 'WebSite' && !siteName) siteName = nameOf(obj.name);
      if (!isArticleType(obj['@type'])) continue;
      article = true;
      const basedOn = obj.isBasedOn ?? obj.isBasedOnUrl;
      if (basedOn) {
        originalUrl ??= urlOf(basedOn);
        if (basedOn && typeof basedOn === 'object') {
          const b = basedOn as Record<string, unknown>;
          outlet ??= nameOf(b.publisher) ?? nameOf(b.sourceOrganization);
        }
      }
      outlet ??= nameOf(obj.sourceOrganization) ?? nameOf(obj.provider);
      publisher ??= nameOf(obj.publisher);
    }
  }

  // A publisher other than the site itself: the page republishes that outlet's story. A part of
  // the site's name ("magazin" on "Mallorca Magazin") is the site under a shorter name.
  const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!outlet && publisher && siteName && !squash(siteName).includes(squash(publisher)) && !squash(publisher).includes(squash(siteName))) outlet = publisher;

  originalUrl ??= meta('original-source') ?? meta('syndication-source') ?? meta('og:original_url');
  if (originalUrl && !/^https?:\/\//i.test(originalUrl)) originalUrl = null;

  if (!article) article = d.querySelector('[itemprop="articleBody"], article h1, [itemprop="headline"]') !== null;

  // Markup around the headline that names the outlet: a labelled source element, else a link
  // to another site placed above the headline (a provider's name or logo). Only the headline's
  // own region is searched, so the cards of a feed further down cannot lend their outlets, and
  // links after the headline are the story's own citations or share buttons, not its source.
  const headline = d.querySelector('h1');
  const hostOf = (href: string | null): string | null => {
    try {
      return href ? new URL(href, d.baseURI).hostname.replace(/^www\./, '') : null;
    } catch {
      return null;
    }
  };
  const pageHost = hostOf(d.baseURI);
  let region: Element | null = headline?.parentElement ?? null;
  for (let level = 0; region && level < 3 && !outlet; level++, region = region.parentElement) {
    const labels = region.querySelectorAll(
      '[itemprop="sourceOrganization"] [itemprop="name"], [class*="source-name" i], [class*="sourceName"], [class*="provider" i], [class*="publisher-name" i]',
    );
    for (let i = 0; i < labels.length && i < 5 && !outlet; i++) {
      // A share bar's buttons ("e-social-share__provider": X, Facebook) name platforms, not the source.
      if (labels[i].closest('[class*="share" i], [class*="social" i]')) continue;
      outlet = clean(labels[i].textContent) ?? clean(labels[i].querySelector('img[alt]')?.getAttribute('alt'));
    }
    const links = region.querySelectorAll('a[href^="http"]');
    for (let i = 0; i < links.length && i < 10 && !outlet; i++) {
      // DOCUMENT_POSITION_FOLLOWING (4): the headline comes after the link.
      if (!headline || !(links[i].compareDocumentPosition(headline) & 4) || links[i].closest('[class*="share" i], [class*="social" i]')) continue;
      const linkHost = hostOf(links[i].getAttribute('href'));
      if (!linkHost || !pageHost || linkHost === pageHost || linkHost.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${linkHost}`)) continue;
      outlet = clean(links[i].textContent) ?? clean(links[i].querySelector('img[alt]')?.getAttribute('alt'));
      if (outlet) originalUrl ??= links[i].getAttribute('href');
    }
  }

  return { article, siteName, outlet, originalUrl };
}

/** The hint the extension keeps for known hosts (see `utils/extract/sites.ts`). */
export interface HostHint {
  name: string;
  aggregator: boolean;
}

/** The badge's verdict: an aggregator page, and the original outlet when known. */
export interface AggregatorVerdict {
  /** The original outlet's name, or null when the page does not say it (the popup will). */
  outlet: string | null;
}

/**
 * Decides from the page's evidence and the host hint whether the page at
 * `url` is an aggregator's copy of someone else's story. A known aggregator
 * host needs only to show an article (its front page gets no badge); any
 * other host needs to credit an outlet other than itself.
 */
export function judgeProbe(url: string, probe: PageProbe, hint: HostHint | null, nameFromUrl: (url: string) => string | null): AggregatorVerdict | null {
  if (!probe.article) return null;
  const pageHost = hostOf(url);
  const originalHost = probe.originalUrl ? hostOf(probe.originalUrl) : null;
  const originalElsewhere = originalHost !== null && pageHost !== null && !sameSite(originalHost, pageHost);
  const outlet = probe.outlet ?? (originalElsewhere && probe.originalUrl ? nameFromUrl(probe.originalUrl) : null);
  const selfNames = [probe.siteName, hint?.name].filter((n): n is string => !!n).map(normalize);
  const outletIsSelf = outlet !== null && selfNames.includes(normalize(outlet));

  // A known aggregator crediting itself (Yahoo Finance's own reporter) is its own story: no mark, as in the core.
  if (hint?.aggregator) return outletIsSelf ? null : { outlet };
  if (outlet && !outletIsSelf) return { outlet };
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Same site when one host is the other or a subdomain of it (news.example.com and example.com). */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
