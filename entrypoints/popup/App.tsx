import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleView } from '../../components/ArticleView';
import { CopyMenu } from '../../components/CopyMenu';
import { LinkList } from '../../components/LinkList';
import { RelatedList } from '../../components/RelatedList';
import { SourceLine } from '../../components/SourceLine';
import { StatusMessage } from '../../components/StatusMessage';
import type { StatusTone } from '../../components/StatusMessage';
import type { CopyEnvironment } from '../../utils/clipboard';
import type { Article } from '../../utils/extract/types';
import type { ArticleRequestResult } from '../../utils/request-article';

export interface AppProps {
  /** Reads the article of the tab this popup is for. */
  loadArticle: () => Promise<ArticleRequestResult>;
  copyEnv: CopyEnvironment;
  win: Window;
}

type ViewState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'status'; tone: StatusTone; title: string; message: string; code: string };

/** The popup: loading, then the article with its source and copy menu, or a status that says why not. */
export function App({ loadArticle, copyEnv, win }: AppProps) {
  const [state, setState] = useState<ViewState>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    loadArticle()
      .then((result) => setState(viewOf(result)))
      .catch((error: unknown) =>
        setState({
          kind: 'status',
          tone: 'error',
          title: 'Something went wrong',
          message: `The article could not be read (${error instanceof Error ? error.message : String(error)}).`,
          code: 'INTERNAL',
        }),
      );
  }, [loadArticle]);

  useEffect(load, [load]);

  if (state.kind === 'loading') return <LoadingView />;
  if (state.kind === 'status') {
    return (
      <main class="popup popup--status">
        <StatusMessage tone={state.tone} title={state.title} message={state.message} code={state.code}>
          {state.tone === 'error' && (
            <button type="button" class="button" onClick={load}>
              Try again
            </button>
          )}
        </StatusMessage>
      </main>
    );
  }
  const { article } = state;
  return (
    <main class="popup popup--article" aria-busy="false">
      <ArticleView
        article={article}
        win={win}
        meta={
          <>
            <SourceLine article={article} />
            {/* Copying is why people click: the menu sits above the body, not after a long read. */}
            <CopyMenu article={article} env={copyEnv} />
          </>
        }
      />
      <LinkList links={article.links} />
      <RelatedList related={article.related} baseUrl={article.url} />
    </main>
  );
}

/** Placeholder shapes where the headline, source line and paragraphs will be, so nothing jumps when they arrive. */
function LoadingView() {
  return (
    <main class="popup popup--loading" aria-busy="true">
      <p class="visually-hidden" role="status">
        Reading the article…
      </p>
      <div class="skeleton skeleton--title" />
      <div class="skeleton skeleton--title skeleton--short" />
      <div class="skeleton skeleton--line skeleton--meta" />
      <div class="skeleton skeleton--bar" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} class={`skeleton skeleton--line${i % 3 === 2 ? ' skeleton--short' : ''}`} />
      ))}
    </main>
  );
}

function viewOf(result: ArticleRequestResult): ViewState {
  if (result.ok) return { kind: 'article', article: result.article };
  const { code, message } = result;
  switch (code) {
    case 'NO_ARTICLE':
      return {
        kind: 'status',
        tone: 'info',
        title: 'No article on this page',
        message: 'Sourced Reader found no article here. On a front page or a list of stories, open one story and click the button again.',
        code,
      };
    case 'RESTRICTED':
      return { kind: 'status', tone: 'info', title: 'This page can’t be read', message, code };
    case 'NO_ACCESS':
      return { kind: 'status', tone: 'warning', title: 'No access to this page', message, code };
    case 'NO_TAB':
      return { kind: 'status', tone: 'warning', title: 'No tab to read', message, code };
    case 'TOO_LARGE':
      return { kind: 'status', tone: 'warning', title: 'This page is too large', message, code };
    case 'TIMEOUT':
      return { kind: 'status', tone: 'error', title: 'Reading took too long', message, code };
    default:
      return { kind: 'status', tone: 'error', title: 'The article could not be read', message, code };
  }
}
