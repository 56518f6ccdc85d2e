import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleView } from '../../components/ArticleView';
import { CopyMenu } from '../../components/CopyMenu';
import { LinkList } from '../../components/LinkList';
import { ReaderTools } from '../../components/reader/ReaderTools';
import { RelatedList } from '../../components/RelatedList';
import { SourceLine } from '../../components/SourceLine';
import { PageLinks } from '../../components/PageLinks';
import { StatusMessage } from '../../components/StatusMessage';
import type { StatusTone } from '../../components/StatusMessage';
import { collectHeadings, TableOfContents, wantsContents } from '../../components/TableOfContents';
import type { TocEntry } from '../../components/TableOfContents';
import { useDisplayPreferences } from '../../components/use-display-preferences';
import type { ReaderNotice } from '../../utils/background/reader-tab';
import type { CopyEnvironment } from '../../utils/ui/clipboard';
import type { Article, ArticleLink } from '../../utils/core/extract/types';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { DisplayPreferences } from '../../utils/preferences';
import type { ArticleRequestResult } from '../../utils/ui/request-article';
import type { RestrictedReason } from '../../utils/core/domain/restricted-pages';

export interface AppProps {
  /** Reads the article of the tab this page is for. */
  loadArticle: () => Promise<ArticleRequestResult>;
  copyEnv: CopyEnvironment;
  win: Window;
  /** `popup`: the 400 px toolbar popup; `reader`: the full-tab view with contents and print styles. */
  layout?: 'popup' | 'reader';
  /** Display preferences read before the first render, so nothing flashes; changes are watched after. */
  initialPreferences?: DisplayPreferences;
  /** Popup only: opens this article in the full-tab reader view. */
  onOpenInTab?: () => void;
  /** Popup only: opens the options page. */
  onOpenOptions?: () => void;
  /** Told each result, e.g. to set the toolbar badge for the tab. */
  onResult?: (result: ArticleRequestResult) => void;
  /** Reader only: why the view opened in place of a copy made from the page. */
  notice?: ReaderNotice | null;
  /** Popup only: opens the reader view and starts reading aloud. */
  onListen?: () => void;
  /** Reader only: start reading aloud as soon as the article is shown (opened by "Listen"). */
  autoListen?: boolean;
}

type ViewState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'status'; tone: StatusTone; title: string; message: string; code: string; pageLinks?: ArticleLink[] };

/** The popup and the reader view: loading, then the article with its source and copy menu, or a status that says why not. */
export function App({
  loadArticle,
  copyEnv,
  win,
  layout = 'popup',
  initialPreferences,
  onOpenInTab,
  onOpenOptions,
  onResult,
  notice,
  onListen,
  autoListen,
}: AppProps) {
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const prefs = useDisplayPreferences(win.document.documentElement, initialPreferences);
  const [contents, setContents] = useState<TocEntry[]>([]);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    loadArticle()
      .then((result) => {
        setState(viewOf(result));
        onResult?.(result);
      })
      .catch((error: unknown) =>
        setState({
          kind: 'status',
          tone: 'error',
          title: t('statusErrorTitle'),
          message: t('statusErrorMessage', error instanceof Error ? error.message : String(error)),
          code: 'INTERNAL',
        }),
      );
  }, [loadArticle, onResult]);

  useEffect(load, [load]);

  // The rendered body and a count of its renders: reader tools re-mark a body whose HTML was replaced.
  const [body, setBody] = useState<{ el: HTMLElement | null; version: number }>({ el: null, version: 0 });
  const onBody = useCallback((el: HTMLElement) => {
    setContents(collectHeadings(el));
    setBody((current) => ({ el, version: current.version + 1 }));
  }, []);

  useEffect(() => {
    if (layout === 'reader' && state.kind === 'article') win.document.title = state.article.title;
  }, [layout, state, win]);

  const noticeText = notice === 'copy-failed-quote' ? t('noticeCopyFailedQuote') : notice ? t('noticeCopyFailedMarkdown') : null;
  const frame = (content: ComponentChildren, toc?: ComponentChildren) =>
    layout === 'reader' ? (
      <ReaderFrame notice={noticeText} toc={toc}>
        {content}
      </ReaderFrame>
    ) : (
      <PopupFrame
        onOpenInTab={state.kind === 'article' ? onOpenInTab : undefined}
        onOpenOptions={onOpenOptions}
        onListen={state.kind === 'article' ? onListen : undefined}
      >
        {content}
      </PopupFrame>
    );

  if (state.kind === 'loading') return frame(<LoadingView />);
  if (state.kind === 'status') {
    return frame(
      <main class="popup popup--status">
        <StatusMessage tone={state.tone} title={state.title} message={state.message} code={state.code}>
          {state.pageLinks && <PageLinks links={state.pageLinks} />}
          {state.tone === 'error' && (
            <button type="button" class="button" onClick={load}>
              {t('tryAgain')}
            </button>
          )}
        </StatusMessage>
      </main>,
    );
  }
  const { article } = state;
  const showContents = layout === 'reader' && wantsContents(contents, article.wordCount);
  return frame(
    <main class="popup popup--article" aria-busy="false">
      <ArticleView
        article={article}
        win={win}
        images={prefs.images}
        onBody={layout === 'reader' ? onBody : undefined}
        meta={
          <>
            <SourceLine article={article} />
            {/* Copying is why people click: the menu sits above the body, not after a long read. */}
            <CopyMenu article={article} env={copyEnv} />
            {layout === 'reader' && (
              <ReaderTools article={article} body={body.el} bodyVersion={body.version} env={copyEnv} win={win} prefs={prefs} autoListen={autoListen} />
            )}
          </>
        }
      />
      <LinkList links={article.links} />
      <RelatedList related={article.related} baseUrl={article.url} />
    </main>,
    showContents ? <TableOfContents entries={contents} lang={article.lang ?? undefined} dir={article.dir ?? 'auto'} /> : undefined,
  );
}

/**
 * The popup around its content: a slim bar with the product's name and the
 * ways out (the full-tab view, the options). It is there from the first
 * frame, so the skeleton and the article start at the same height.
 */
function PopupFrame({
  onOpenInTab,
  onOpenOptions,
  onListen,
  children,
}: {
  onOpenInTab?: () => void;
  onOpenOptions?: () => void;
  onListen?: () => void;
  children: ComponentChildren;
}) {
  return (
    <div class="popup-frame">
      <header class="popup-bar">
        <span class="popup-bar__brand">{t('extName')}</span>
        {/* Kept in the bar while there is nothing to open, only invisible, so nothing moves when it appears. */}
        <button
          type="button"
          class="bar-button"
          data-testid="open-in-tab"
          onClick={onOpenInTab}
          disabled={!onOpenInTab}
          style={onOpenInTab ? undefined : { visibility: 'hidden' }}
        >
          <OpenIcon />
          {t('openInTab')}
        </button>
        {onListen && (
          <button type="button" class="bar-button" data-testid="listen" onClick={onListen}>
            {t('listen')}
          </button>
        )}
        {onOpenOptions && (
          <button type="button" class="bar-button" data-testid="open-options" onClick={onOpenOptions}>
            {t('openOptions')}
          </button>
        )}
      </header>
      {children}
    </div>
  );
}

/** A box with an arrow leaving it: "open elsewhere". Decorative; the button's text names it. */
function OpenIcon() {
  return (
    <svg class="bar-button__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M9 2h5v5M14 2 7.5 8.5M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** The full-tab view around the article: a banner with the product's name, a notice, the contents beside the text. */
function ReaderFrame({ notice, toc, children }: { notice: string | null; toc?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class={`reader${toc ? ' reader--with-toc' : ''}`}>
      <header class="reader__bar">
        <span class="reader__brand">{t('extName')}</span>
        <button type="button" class="button" data-testid="print" onClick={() => window.print()}>
          {t('print')}
        </button>
        {/* Inside the banner, so every piece of the page sits in a landmark. */}
        {notice && (
          <p class="reader__notice" role="status" data-testid="reader-notice">
            {notice}
          </p>
        )}
      </header>
      <div class="reader__layout">
        {toc && <aside class="reader__toc">{toc}</aside>}
        {children}
      </div>
    </div>
  );
}

/** Placeholder shapes where the headline, source line and paragraphs will be, so nothing jumps when they arrive. */
function LoadingView() {
  return (
    <main class="popup popup--loading" aria-busy="true" data-testid="loading">
      <p class="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div class="skeleton skeleton--title" />
      <div class="skeleton skeleton--title skeleton--short" />
      <div class="skeleton skeleton--line skeleton--meta" />
      <div class="skeleton skeleton--bar" />
      <div class="skeleton skeleton--bar" />
      {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
        <div key={i} class={`skeleton skeleton--line${i % 3 === 2 ? ' skeleton--short' : ''}`} />
      ))}
    </main>
  );
}

/** Words per reason; a reason added later without its words gets the general one. */
const RESTRICTED_MESSAGES: Partial<Record<RestrictedReason, MessageKey>> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedExtensionPage',
  generated: 'restrictedGenerated',
  'file-access': 'restrictedFileAccess',
  pdf: 'restrictedPdf',
  scheme: 'restrictedScheme',
  store: 'restrictedStore',
  'no-address': 'restrictedNoAddress',
  'not-a-page': 'restrictedNotAPage',
};

/** Each failure in the interface's own words; the English detail of the result stays out of sight. */
export function viewOf(result: ArticleRequestResult): ViewState {
  if (result.ok) return { kind: 'article', article: result.article };
  const { code } = result;
  switch (code) {
    case 'NO_ARTICLE':
      return { kind: 'status', tone: 'info', title: t('statusNoArticleTitle'), message: t('statusNoArticleMessage'), code, pageLinks: result.pageLinks ?? [] };
    case 'RESTRICTED':
      return {
        kind: 'status',
        tone: 'info',
        title: t('statusRestrictedTitle'),
        message: t((result.reason && RESTRICTED_MESSAGES[result.reason]) || 'restrictedOther'),
        code,
      };
    case 'NO_ACCESS':
      return { kind: 'status', tone: 'warning', title: t('statusNoAccessTitle'), message: t('statusNoAccessMessage'), code };
    case 'NO_TAB':
      return { kind: 'status', tone: 'warning', title: t('statusNoTabTitle'), message: t('statusNoTabMessage'), code };
    case 'TOO_LARGE':
      return { kind: 'status', tone: 'warning', title: t('statusTooLargeTitle'), message: t('statusTooLargeMessage'), code };
    case 'TIMEOUT':
      return { kind: 'status', tone: 'error', title: t('statusTimeoutTitle'), message: t('statusTimeoutMessage'), code };
    case 'NO_RESPONSE':
      return { kind: 'status', tone: 'error', title: t('statusErrorTitle'), message: t('statusNoResponseMessage'), code };
    default:
      return { kind: 'status', tone: 'error', title: t('statusErrorTitle'), message: t('statusErrorMessage', result.message), code };
  }
}
