/**
 * The shapes the extraction core hands out. They are plain JSON so that they
 * cross extension messaging and the CLI unchanged. CONTRACT.md section 2 and
 * `article.schema.json` are the outside view of `Article`; keep them in step.
 */

/** An outlet: a site or the publication that wrote the story. */
export interface Outlet {
  name: string;
  /** Home page for a site; the original article's address for a source, when known. */
  url: string | null;
}

/** How sure the attribution is: how many independent signals agreed (see attribute/tuning.ts). */
export type SourceConfidence = 'high' | 'medium' | 'low';

/**
 * The outlet that originally published the story, with why we think so. The
 * core always sets all three reasons; they are optional in the type so that
 * articles made by hand (tests, a stored reading list from an older version)
 * stay valid.
 */
export interface Source extends Outlet {
  confidence?: SourceConfidence;
  /** The signals that agreed, e.g. `jsonld-isBasedOn`, `provider-logo`, `og:site_name`, `registry`. */
  evidence?: string[];
  /** The outlet's kind when the registry knows it (`newspaper`, `wire`, `broadcaster`, `magazine`, `press-release`, ...). */
  kind?: string | null;
}

/** Set when the page republishes or collects other outlets' stories. */
export interface Aggregator {
  name: string;
  url: string;
  /** Why we think so, e.g. `related-feed`, `isBasedOn`, `provider-logo`, `known-host`. */
  signals: string[];
}

export interface ArticleLink {
  text: string;
  href: string;
}

/** One card of the related-article feed that was cut from the page. */
export interface RelatedItem {
  title: string;
  href: string | null;
  source: string | null;
}

export interface Article {
  title: string;
  byline: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601, never a relative time. */
  publishedTime: string | null;
  url: string;
  canonicalUrl: string | null;
  site: Outlet;
  /** Who originally published the story; null when no outlet can be established (never a guess). */
  source: Source | null;
  /**
   * The original article's address when a signal gives it but no outlet name survives
   * validation (shown as "Outlet not stated" with this link); else null.
   */
  originalUrl?: string | null;
  /** Set on a teaser page: the page shows an excerpt and links to the full story at `href`. */
  teaser?: { href: string } | null;
  aggregator: Aggregator | null;
  /** Cleaned by the core's structural pass; run `sanitizeArticleHtml` before display. */
  contentHtml: string;
  text: string;
  links: ArticleLink[];
  related: RelatedItem[];
  wordCount: number;
  readingMinutes: number;
}

export type ExtractErrorCode = 'NO_ARTICLE' | 'PARSE_ERROR' | 'TOO_LARGE' | 'TIMEOUT' | 'IO_ERROR' | 'INTERNAL';

export interface ExtractFailure {
  ok: false;
  code: ExtractErrorCode;
  message: string;
  /** On NO_ARTICLE: the page's story links (headline, absolute address), so the popup can list them. */
  pageLinks?: ArticleLink[];
}

export type ExtractResult = { ok: true; article: Article } | ExtractFailure;

export interface ExtractOptions {
  /** Give up (TIMEOUT) after this many milliseconds of work. */
  timeBudgetMs?: number;
  /**
   * No longer a refusal: pages are never refused for their element count.
   * Kept so old callers type-check; it has no effect.
   * @deprecated
   */
  maxElements?: number;
  /** Clock used for the time budget; injectable for tests. */
  now?: () => number;
  /**
   * The caller hands the document over (the CLI parsed it for this call only):
   * the core works on it directly instead of on a clone. Default `false`: the
   * page is never changed.
   */
  ownsDocument?: boolean;
  /**
   * Writes `contentHtml` from the finished body element. Default: its
   * `innerHTML`. The CLI passes the allow-list tree sanitizer here, so the
   * body is sanitized from the DOM it was extracted on, with no second DOM.
   */
  serializeContent?: (content: Element) => string;
  /**
   * Time already spent on this page before the core was called (the CLI's
   * HTML parse), counted against the degrade budget (optional stages are
   * skipped sooner): the user waits for both. TIMEOUT counts the core's own time.
   */
  spentBeforeMs?: number;
  /** Receives per-stage time and what was degraded, once the result is known (kept out of the result's shape). */
  onDiagnostics?: (diagnostics: ExtractDiagnostics) => void;
}

/** How one extraction went: per-stage time, and what was skipped or simplified to stay in budget. */
export interface ExtractDiagnostics {
  /** One line per stage that was skipped or replaced by a simpler rule, saying why. */
  degraded: string[];
  /** Milliseconds per stage, in the order the stages ran. */
  stageMs: Record<string, number>;
  /** Elements in the working copy when it was scanned. */
  elements: number;
}
