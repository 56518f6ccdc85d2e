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

type SelectKey = Exclude<ComfortKey, 'lineFocus'>;

/** One drop-down: which preference it sets, its test hook, its label and the label of each choice. */
interface SelectField<K extends SelectKey> {
  key: K;
  testId: string;
  label: MessageKey;
  choices: readonly DisplayPreferences[K][];
  labels: Record<DisplayPreferences[K], MessageKey>;
}

// A helper so each row keeps its own key's types inside one list.
const field = <K extends SelectKey>(f: SelectField<K>) => f;

/** The drop-downs, in the order they are shown. */
const SELECT_FIELDS = [
  field({ key: 'font', testId: 'reading-font', label: 'optionReadingFont', choices: FONTS, labels: FONT_LABELS }),
  field({ key: 'letterSpacing', testId: 'letter-spacing', label: 'optionLetterSpacing', choices: LETTER_SPACINGS, labels: SPACING_LABELS }),
  field({ key: 'wordSpacing', testId: 'word-spacing', label: 'optionWordSpacing', choices: WORD_SPACINGS, labels: SPACING_LABELS }),
  field({ key: 'lineHeight', testId: 'line-height', label: 'optionLineHeight', choices: LINE_HEIGHTS, labels: LINE_HEIGHT_LABELS }),
];

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
        {SELECT_FIELDS.map((f) => (
          <Select
            key={f.key}
            id={id(f.testId)}
            testId={f.testId}
            label={t(f.label)}
            choices={f.choices as readonly string[]}
            labels={f.labels as Record<string, MessageKey>}
            value={prefs[f.key]}
            onChange={(value) => onSave(f.key, value as DisplayPreferences[typeof f.key])}
          />
        ))}
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
