import { useEffect, useState } from 'preact/hooks';
import type { TextSpan } from '../../utils/core/annotate/quote-selector';
import type { Highlight } from '../../utils/core/annotate/record';
import { t } from '../../utils/i18n';

export interface HighlightListProps {
  highlights: Highlight[];
  spans: Map<string, TextSpan | null>;
  lang?: string;
  onNote(id: string, note: string): void;
  onRemove(id: string): void;
}

/** Highlights in reading order; those whose words are gone come last, marked detached, never dropped. */
export function orderHighlights(highlights: Highlight[], spans: Map<string, TextSpan | null>): Highlight[] {
  const at = (h: Highlight) => spans.get(h.id)?.start ?? Number.POSITIVE_INFINITY;
  return highlights.slice().sort((a, b) => at(a) - at(b));
}

/** The list of highlights with a note field each. */
export function HighlightList({ highlights, spans, lang, onNote, onRemove }: HighlightListProps) {
  if (!highlights.length) return <p class="highlights__empty">{t('highlightsEmpty')}</p>;
  return (
    <ol class="highlights__list" data-testid="highlight-list">
      {orderHighlights(highlights, spans).map((h) => (
        <HighlightItem key={h.id} highlight={h} detached={spans.get(h.id) === null} lang={lang} onNote={onNote} onRemove={onRemove} />
      ))}
    </ol>
  );
}

function HighlightItem({
  highlight,
  detached,
  lang,
  onNote,
  onRemove,
}: {
  highlight: Highlight;
  detached: boolean;
  lang?: string;
  onNote(id: string, note: string): void;
  onRemove(id: string): void;
}) {
  const [note, setNote] = useState(highlight.note);
  useEffect(() => setNote(highlight.note), [highlight.note]);
  const noteId = `note-${highlight.id}`;
  const show = () => {
    const mark = document.querySelector<HTMLElement>(`mark[data-highlight-id="${CSS.escape(highlight.id)}"]`);
    mark?.scrollIntoView({ block: 'center' });
  };
  return (
    <li class={`highlights__item${detached ? ' highlights__item--detached' : ''}`} data-testid="highlight-item" data-detached={detached ? 'true' : undefined}>
      <blockquote class="highlights__quote" lang={lang}>
        {highlight.selector.exact}
      </blockquote>
      {detached && <p class="highlights__detached">{t('highlightDetached')}</p>}
      <label class="highlights__note-label" for={noteId}>
        {t('highlightNoteLabel')}
      </label>
      <textarea
        id={noteId}
        class="highlights__note"
        data-testid="highlight-note"
        rows={2}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        // Saved when the field is left, not at every key.
        onChange={(event) => onNote(highlight.id, event.currentTarget.value)}
      />
      <div class="highlights__actions">
        {!detached && (
          <button type="button" class="button" onClick={show}>
            {t('highlightShow')}
          </button>
        )}
        <button type="button" class="button" data-testid="highlight-remove" onClick={() => onRemove(highlight.id)}>
          {t('highlightRemove')}
        </button>
      </div>
    </li>
  );
}
