import { CountedLabel } from '../CountedLabel';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatHighlightsMarkdown, highlightsCslItem } from '../../utils/core/annotate/export';
import { originalArticleUrl } from '../../utils/core/annotate/record';
import type { Article } from '../../utils/core/extract/types';
import { t } from '../../utils/i18n';
import { citationStyleItem, isCitationStyle } from '../../utils/preferences';
import type { CitationStyleName, DisplayPreferences } from '../../utils/preferences';
import { citeForHighlights } from '../../utils/ui/cite-highlights';
import { fileNameFor } from '../../utils/ui/clipboard';
import type { CopyEnvironment } from '../../utils/ui/clipboard';
import { createHighlightStore } from '../../utils/ui/highlight-store';
import type { HighlightStore } from '../../utils/ui/highlight-store';
import { ButtonRow } from '../ButtonRow';
import { ArchiveLink } from './ArchiveLink';
import { HighlightList, orderHighlights } from './HighlightList';
import { isTyping, ReadAloud } from './ReadAloud';
import { ReadingControls, useLineFocus } from './ReadingControls';
import { useHighlights } from './use-highlights';

export interface ReaderToolsProps {
  article: Article;
  body: HTMLElement | null;
  bodyVersion: number;
  env: CopyEnvironment;
  win: Window;
  prefs: DisplayPreferences;
  autoListen?: boolean;
  store?: HighlightStore;
}

/** Highlights are cited in the built-in styles; a style file of one's own gives way to APA here. */
function builtInStyle(choice: unknown): CitationStyleName {
  return isCitationStyle(choice) ? choice : 'apa';
}

/** The reader view's tools over the article: read aloud, highlights and notes, the archive, reading comfort. */
export function ReaderTools({ article, body, bodyVersion, env, win, prefs, autoListen, store }: ReaderToolsProps) {
  const highlightStore = useMemo(() => store ?? createHighlightStore(), [store]);
  const hl = useHighlights(article, body, bodyVersion, highlightStore);
  const [spoken, setSpoken] = useState<HTMLElement | null>(null);
  const [style, setStyle] = useState<CitationStyleName>('apa');
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const lastSelection = useRef<Range | null>(null);
  useLineFocus(body, prefs.lineFocus, spoken, win);

  useEffect(() => {
    citationStyleItem.getValue().then(
      (v) => setStyle(builtInStyle(v)),
      () => {},
    );
    return citationStyleItem.watch((v) => setStyle(builtInStyle(v)));
  }, []);
  useEffect(() => setFeedback(hl.message), [hl.message]);

  // The selection is remembered as it is made: a click on a button may already have collapsed it.
  useEffect(() => {
    const doc = win.document;
    const remember = () => {
      const sel = doc.getSelection();
      if (sel && sel.rangeCount && !sel.isCollapsed) lastSelection.current = sel.getRangeAt(0).cloneRange();
    };
    doc.addEventListener('selectionchange', remember);
    return () => doc.removeEventListener('selectionchange', remember);
  }, [win]);

  const highlight = () => {
    const sel = win.document.getSelection();
    if (sel && (sel.isCollapsed || !sel.rangeCount) && lastSelection.current) {
      sel.removeAllRanges();
      sel.addRange(lastSelection.current);
    }
    lastSelection.current = null;
    hl.addFromSelection(sel);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      highlight();
    };
    win.addEventListener('keydown', onKey);
    return () => win.removeEventListener('keydown', onKey);
  });

  const ordered = orderHighlights(hl.record.highlights, hl.spans);
  const labels = { note: t('highlightNoteLabel') };
  const markdown = async () => {
    const citation = await citeForHighlights(article, style, env.formatContext(), hl.record.archiveUrl);
    return formatHighlightsMarkdown(
      ordered.map((h) => ({ exact: h.selector.exact, note: h.note })),
      citation,
      labels,
    );
  };

  async function run(action: () => Promise<void> | void, done: string) {
    if (!hl.record.highlights.length) return setFeedback({ tone: 'error', text: t('copyHighlightsNone') });
    try {
      await action();
      setFeedback({ tone: 'ok', text: done });
    } catch (error) {
      setFeedback({ tone: 'error', text: t('copyFailed', t('copyWhatHighlights'), error instanceof Error ? error.message : String(error)) });
    }
  }

  const copy = () => run(async () => env.writeText(await markdown()), t('copyHighlightsDone'));
  const exportMarkdown = () =>
    run(async () => env.download(fileNameFor(`${article.title} highlights`, 'md'), await markdown(), 'text/markdown'), t('exportHighlightsDone'));
  const exportCsl = () =>
    run(() => {
      const ctx = env.formatContext();
      const item = highlightsCslItem(hl.record, { accessedAt: ctx.accessedAt, timeZone: ctx.timeZone, publishedTime: article.publishedTime, labels });
      env.download(fileNameFor(`${article.title} highlights`, 'json'), `${JSON.stringify([item], null, 2)}\n`, 'application/vnd.citationstyles.csl+json');
    }, t('exportHighlightsDone'));

  return (
    <section class="reader-tools" aria-label={t('readerToolsLabel')}>
      <div class="reader-tools__row">
        <ReadAloud lang={article.lang} body={body} bodyVersion={bodyVersion} win={win} autoStart={autoListen} onBlock={setSpoken} />
        <button type="button" class="button" data-testid="highlight" aria-keyshortcuts="H" onMouseDown={(e) => e.preventDefault()} onClick={highlight}>
          {t('highlightButton')}
        </button>
      </div>
      <p class="comfort__hint">{t('readerKeysHint')}</p>
      <ReadingControls prefs={prefs} />
      <details class="reader-tools__highlights" data-testid="highlights">
        <summary class="panel__heading">
          <CountedLabel label={t('highlightsHeading')} count={hl.record.highlights.length} />
        </summary>
        <HighlightList highlights={hl.record.highlights} spans={hl.spans} lang={article.lang ?? undefined} onNote={hl.setNote} onRemove={hl.remove} />
      </details>
      <ButtonRow
        class="reader-tools__row"
        actions={[
          { testId: 'copy-highlights', label: t('copyHighlights'), onClick: copy },
          { testId: 'export-highlights-markdown', label: t('exportHighlightsMarkdown'), onClick: exportMarkdown },
          { testId: 'export-highlights-csl', label: t('exportHighlightsCsl'), onClick: exportCsl },
        ]}
      />
      <p class={`reader-tools__feedback reader-tools__feedback--${feedback?.tone ?? 'none'}`} role="status" data-testid="highlight-feedback">
        {feedback?.text ?? ''}
      </p>
      <ArchiveLink originalUrl={originalArticleUrl(article)} archiveUrl={hl.record.archiveUrl} onArchiveUrl={hl.setArchive} />
    </section>
  );
}
