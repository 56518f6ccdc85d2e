import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createAnchorer, describeQuote } from '../../utils/core/annotate/quote-selector';
import type { TextSpan } from '../../utils/core/annotate/quote-selector';
import { addHighlights, emptyRecord, originalArticleUrl, removeHighlight, setArchiveUrl, setNote } from '../../utils/core/annotate/record';
import type { Highlight, HighlightRecord } from '../../utils/core/annotate/record';
import type { Article } from '../../utils/core/extract/types';
import { t } from '../../utils/i18n';
import { isQuotaError } from '../../utils/ui/highlight-store';
import type { HighlightStore } from '../../utils/ui/highlight-store';
import { readingBlocks } from '../../utils/ui/reading-blocks';
import { offsetsOf, unwrap, wrapOffsets } from '../../utils/ui/text-ranges';

export interface HighlightsState {
  record: HighlightRecord;
  /** Where each highlight sits in the body's text now; null when its words are gone (detached). */
  spans: Map<string, TextSpan | null>;
  /** The last problem or confirmation, for the live region. */
  message: { tone: 'ok' | 'error'; text: string } | null;
  /** Set when the latest changes could not be stored. */
  unsaved: boolean;
  addFromSelection(selection: Selection | null): void;
  setNote(id: string, note: string): void;
  remove(id: string): void;
  setArchive(url: string | null): void;
}

const MARK_ATTR = 'data-highlight-id';

/**
 * The highlights of the article in view: read from storage, anchored in the
 * rendered body (marks), changed by the reader and saved after each change.
 * A failed save keeps everything on the page and says so.
 */
export function useHighlights(article: Article, body: HTMLElement | null, bodyVersion: number, store: HighlightStore): HighlightsState {
  const [record, setRecord] = useState<HighlightRecord>(() => emptyRecord(article));
  const [message, setMessage] = useState<HighlightsState['message']>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [spans, setSpans] = useState<Map<string, TextSpan | null>>(new Map());
  const loaded = useRef(false);
  const saving = useRef(Promise.resolve());
  /** Whether the last save failed: the next one that works says so, since the message above it no longer holds. */
  const failed = useRef(false);

  useEffect(() => {
    let live = true;
    loaded.current = false;
    store
      .load(originalArticleUrl(article))
      .then((stored) => {
        if (!live) return;
        // Changes made before storage answered are kept on top of what it had.
        setRecord((current) => (stored ? addHighlights({ ...stored, title: article.title }, current.highlights) : current));
      })
      .catch((error: unknown) => live && setMessage({ tone: 'error', text: t('highlightLoadFailed', String(error)) }))
      .finally(() => {
        loaded.current = true;
      });
    return () => {
      live = false;
    };
  }, [article, store]);

  // Marks follow the record: all removed, then every highlight anchored again in the current text.
  useEffect(() => {
    if (!body) return;
    body.querySelectorAll(`mark[${MARK_ATTR}]`).forEach(unwrap);
    const anchor = createAnchorer(body.textContent ?? '');
    const next = new Map<string, TextSpan | null>();
    for (const h of record.highlights) next.set(h.id, anchor(h.selector));
    for (const h of record.highlights) {
      const span = next.get(h.id);
      if (!span) continue;
      wrapOffsets(body, span.start, span.end, () => {
        const mark = body.ownerDocument.createElement('mark');
        mark.className = 'highlight-mark';
        mark.setAttribute('data-testid', 'highlight-mark');
        mark.setAttribute(MARK_ATTR, h.id);
        return mark;
      });
    }
    setSpans(next);
    // Keyed by the highlights' ids, not the record: typing a note must not re-mark a thousand highlights.
  }, [body, bodyVersion, record.highlights.map((h) => h.id).join('|')]);

  const commit = useCallback(
    (next: HighlightRecord) => {
      setRecord(next);
      saving.current = saving.current.then(() =>
        store.save(next).then(
          () => {
            setUnsaved(false);
            if (failed.current) setMessage({ tone: 'ok', text: t('highlightSavedAgain') });
            failed.current = false;
          },
          (error: unknown) => {
            failed.current = true;
            setUnsaved(true);
            setMessage({ tone: 'error', text: isQuotaError(error) ? t('highlightStorageFull') : t('highlightSaveFailed', String(error)) });
          },
        ),
      );
    },
    [store],
  );

  const addFromSelection = useCallback(
    (selection: Selection | null) => {
      if (!body) return;
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      if (!range || !range.toString().trim()) {
        setMessage({ tone: 'error', text: t('highlightNoSelection') });
        return;
      }
      const inBody = (node: Node) => body.contains(node);
      if (!inBody(range.startContainer) || !inBody(range.endContainer)) {
        // The headline, the source line or the controls: not the article's text, never anchored.
        setMessage({ tone: 'error', text: t('highlightOutside') });
        return;
      }
      const text = body.textContent ?? '';
      const { start, end } = offsetsOf(body, range);
      // One highlight per paragraph the selection crosses: a quote never runs across two paragraphs.
      const pieces: Highlight[] = [];
      for (const block of readingBlocks(body)) {
        if (!range.intersectsNode(block)) continue;
        const blockStart = offsetsOf(body, spanRange(block)).start;
        const blockEnd = blockStart + (block.textContent ?? '').length;
        const selector = describeQuote(text, Math.max(start, blockStart), Math.min(end, blockEnd));
        if (selector) pieces.push({ id: newId(), selector, note: '', createdAt: new Date().toISOString() });
      }
      if (!pieces.length) {
        const selector = describeQuote(text, start, end);
        if (selector) pieces.push({ id: newId(), selector, note: '', createdAt: new Date().toISOString() });
      }
      if (!pieces.length) {
        setMessage({ tone: 'error', text: t('highlightNoSelection') });
        return;
      }
      selection?.removeAllRanges();
      commit(addHighlights(record, pieces));
      setMessage({ tone: 'ok', text: pieces.length > 1 ? t('highlightSplit', pieces.length) : t('highlightAdded') });
    },
    [body, record, commit],
  );

  return {
    record,
    spans,
    message,
    unsaved,
    addFromSelection,
    setNote: (id, note) => commit(setNote(record, id, note)),
    remove: (id) => commit(removeHighlight(record, id)),
    setArchive: (url) => commit(setArchiveUrl(record, url)),
  };
}

function spanRange(block: HTMLElement): Range {
  const range = block.ownerDocument.createRange();
  range.selectNodeContents(block);
  return range;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `h${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}
