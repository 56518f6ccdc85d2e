import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { FONTS, LETTER_SPACINGS, LINE_HEIGHTS, WORD_SPACINGS } from '../../utils/preferences';
import type { DisplayPreferences } from '../../utils/preferences';

/** The preferences this component edits. */
export type ComfortKey = 'font' | 'letterSpacing' | 'wordSpacing' | 'lineHeight' | 'lineFocus';

export interface ReadingComfortProps {
  prefs: DisplayPreferences;
  /** Saves one preference; open pages follow through their storage watch. */
  onSave: <K extends ComfortKey>(key: K, value: DisplayPreferences[K]) => void;
  /** Prefixes the ids, so the reader view and the options page can both hold one. */
  idPrefix?: string;
}

const FONT_LABELS: Record<DisplayPreferences['font'], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  hyperlegible: 'fontHyperlegible',
};
const SPACING_LABELS: Record<DisplayPreferences['letterSpacing'], MessageKey> = {
  normal: 'spacingNormal',
  wide: 'spacingWide',
  wider: 'spacingWider',
};
const LINE_HEIGHT_LABELS: Record<DisplayPreferences['lineHeight'], MessageKey> = {
  compact: 'lineHeightCompact',
  normal: 'lineHeightNormal',
  loose: 'lineHeightLoose',
  looser: 'lineHeightLooser',
};

/**
 * Reading comfort: the reading font (with the bundled Atkinson Hyperlegible),
 * letter and word spacing, line height and line focus. The same controls on
 * the options page and in the reader view; both edit the synced preferences.
 */
export function ReadingComfort({ prefs, onSave, idPrefix = 'comfort' }: ReadingComfortProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset class="comfort" data-testid="reading-comfort">
      <legend>{t('readingComfortLegend')}</legend>
      <div class="comfort__grid">
        <Select
          id={id('font')}
          testId="reading-font"
          label={t('optionReadingFont')}
          choices={FONTS}
          labels={FONT_LABELS}
          value={prefs.font}
          onChange={(value) => onSave('font', value)}
        />
        <Select
          id={id('letter-spacing')}
          testId="letter-spacing"
          label={t('optionLetterSpacing')}
          choices={LETTER_SPACINGS}
          labels={SPACING_LABELS}
          value={prefs.letterSpacing}
          onChange={(value) => onSave('letterSpacing', value)}
        />
        <Select
          id={id('word-spacing')}
          testId="word-spacing"
          label={t('optionWordSpacing')}
          choices={WORD_SPACINGS}
          labels={SPACING_LABELS}
          value={prefs.wordSpacing}
          onChange={(value) => onSave('wordSpacing', value)}
        />
        <Select
          id={id('line-height')}
          testId="line-height"
          label={t('optionLineHeight')}
          choices={LINE_HEIGHTS}
          labels={LINE_HEIGHT_LABELS}
          value={prefs.lineHeight}
          onChange={(value) => onSave('lineHeight', value)}
        />
      </div>
      <label class="comfort__check">
        <input
          type="checkbox"
          data-testid="line-focus"
          checked={prefs.lineFocus}
          aria-describedby={id('line-focus-hint')}
          onChange={(event) => onSave('lineFocus', event.currentTarget.checked)}
        />
        {t('optionLineFocus')}
      </label>
      <p class="comfort__hint" id={id('line-focus-hint')}>
        {t('optionLineFocusHint')}
      </p>
    </fieldset>
  );
}

interface SelectProps<T extends string> {
  id: string;
  testId: string;
  label: string;
  choices: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
}

function Select<T extends string>({ id, testId, label, choices, labels, value, onChange }: SelectProps<T>) {
  return (
    <div class="comfort__field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          if ((choices as readonly string[]).includes(picked)) onChange(picked as T);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(labels[choice])}
          </option>
        ))}
      </select>
    </div>
  );
}
