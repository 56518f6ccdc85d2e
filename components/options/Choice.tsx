import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';

export interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
}

/** A group of radio buttons: every choice visible at once, arrow keys move between them. */
export function Choice<T extends string>({ name, legend, hint, choices, labels, value, onChange }: ChoiceProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="options__choice" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div class="options__radios">
        {choices.map((choice) => (
          <label key={choice} class="options__radio">
            <input
              type="radio"
              name={name}
              value={choice}
              data-testid={`option-${name}-${choice}`}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {t(labels[choice])}
          </label>
        ))}
      </div>
      {hint && (
        <p class="options__hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}

/** A few lines set like an article, so a change of theme, font or size shows here too. */
export function Preview({ children }: { children?: ComponentChildren }) {
  return (
    // A figure takes its accessible name from its figcaption; no id to keep in step.
    <figure class="options__preview">
      <figcaption class="options__hint">{t('optionPreview')}</figcaption>
      <div class="article">
        <p class="article__title">{t('previewTitle')}</p>
        <p class="source-line">{t('previewSource')}</p>
        <div class="article__body">
          <p>{t('previewBody')}</p>
        </div>
      </div>
      {children}
    </figure>
  );
}
