import { t } from '../../utils/i18n';
import type { CustomStyle } from '../../utils/preferences';

export interface StyleFileStatus {
  tone: 'ok' | 'error';
  text: string;
}

export interface CustomStylesProps {
  /** The styles kept; null while they are read. */
  styles: CustomStyle[] | null;
  status: StyleFileStatus | null;
  onAdd: (file: File) => void;
  onRemove: (style: CustomStyle) => void;
}

/**
 * The reader's own CSL style files: add one from disk, see what it makes of a
 * sample article (or why it cannot be used), remove one. Each added style
 * appears in the copy menu under "Your styles".
 */
export function CustomStyles({ styles, status, onAdd, onRemove }: CustomStylesProps) {
  return (
    <div class="options__field" data-testid="custom-styles">
      <p class="options__label" id="custom-styles-heading">
        {t('customStylesHeading')}
      </p>
      <p class="options__hint" id="custom-styles-hint">
        {t('customStylesHint')}
      </p>
      {styles && styles.length > 0 ? (
        <ul class="options__styles" aria-labelledby="custom-styles-heading">
          {styles.map((style) => (
            <li key={style.id} data-testid="custom-style-item">
              <span>{style.title}</span>{' '}
              <button type="button" class="button" data-testid="custom-style-remove" onClick={() => onRemove(style)}>
                {t('customStylesRemove', style.title)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="options__muted" data-testid="custom-styles-none">
          {styles ? t('customStylesNone') : ''}
        </p>
      )}
      <label class="options__file">
        {t('customStylesAdd')}
        <input
          type="file"
          accept=".csl,.xml,application/xml,text/xml,application/vnd.citationstyles.style+xml"
          data-testid="custom-style-file"
          aria-describedby="custom-styles-hint custom-style-status"
          disabled={styles === null}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires a change.
            input.value = '';
            if (file) onAdd(file);
          }}
        />
      </label>
      <p
        id="custom-style-status"
        class={`options__note options__note--${status?.tone ?? 'none'}`}
        role={status?.tone === 'error' ? 'alert' : 'status'}
        data-testid="custom-style-status"
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
