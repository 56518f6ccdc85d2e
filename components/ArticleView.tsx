import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Article } from '../utils/core/extract/types';
import { t } from '../utils/i18n';
import { createArticleSanitizer } from '../utils/core/sanitize/sanitize';

export interface ArticleViewProps {
  article: Article;
  /** The window whose DOMPurify cleans the body (the popup's own). */
  win: Window;
  /** Shown between the headline and the body, in the interface's language (the source line). */
  meta?: ComponentChildren;
  images?: boolean;
  /** Called with the rendered body after each render of new HTML (the reader view builds its contents from it). */
  onBody?: (body: HTMLElement) => void;
}

/** The headline and the article body, sanitized right before display, in the article's own language and direction. */
export function ArticleView({ article, win, meta, images = true, onBody }: ArticleViewProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const body = useMemo(() => {
    try {
      const sanitize = createArticleSanitizer(win, { images, baseUrl: article.url });
      return { ok: true as const, html: sanitize(article.contentHtml) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [article, win, images]);

  useLayoutEffect(() => {
    if (bodyRef.current && onBody) onBody(bodyRef.current);
  }, [body, onBody]);

  const lang = article.lang ?? undefined;
  const dir = article.dir ?? 'auto';
  return (
    <article class="article" aria-labelledby="article-title">
      <h1 class="article__title" id="article-title" data-testid="article-title" lang={lang} dir={dir}>
        {article.title}
      </h1>
      {meta}
      {body.ok ? (
        <div
          ref={bodyRef}
          class="article__body"
          data-testid="article-body"
          lang={lang}
          dir={dir}
          // The only HTML we render; DOMPurify cleaned it on the line above.
          dangerouslySetInnerHTML={{ __html: body.html }}
        />
      ) : (
        <p class="article__refused" data-testid="article-body" role="alert">
          {t('bodyRefused', body.message)}
        </p>
      )}
    </article>
  );
}
