import { useEffect, useRef, useState } from 'preact/hooks';
import { Choice, Preview } from '../../components/options/Choice';
import { CitationStyleOptions } from '../../components/CitationStyleOptions';
import { CustomStyles, type StyleFileStatus } from '../../components/options/CustomStyles';
import { ReadingComfort } from '../../components/options/ReadingComfort';
import { useDisplayPreferences } from '../../components/use-display-preferences';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import {
  customChoiceOf,
  FONTS,
  isCitationChoice,
  LINE_WIDTHS,
  MAX_CUSTOM_STYLES,
  MAX_STYLE_FILE_BYTES,
  saveDisplayPreference,
  TEXT_SIZES,
  THEMES,
  withCustomStyle,
} from '../../utils/preferences';
import type { CitationChoice, CustomStyle, DisplayPreferences } from '../../utils/preferences';

/** A keyboard command as the browser lists it (`commands.getAll()`). */
export interface ShortcutInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** What the options page needs from the browser, so tests can run it on fakes. */
export interface OptionsServices {
  /** The citation style item: read, write, watch. */
  citationStyle: {
    get(): Promise<CitationChoice>;
    set(style: CitationChoice): Promise<void>;
    watch(cb: (style: CitationChoice) => void): () => void;
  };
  /** The reader's own CSL style files (local storage), and the check a new file must pass. */
  customStyles: {
    get(): Promise<CustomStyle[]>;
    set(styles: CustomStyle[]): Promise<void>;
    watch(cb: (styles: CustomStyle[]) => void): () => void;
    /** Resolves to the style's title and a sample entry, or rejects with a message a reader can act on. */
    validate(xml: string): Promise<{ title: string; sample: string }>;
  };
  /** Whether detection on every site is on now: the reader's switch and the browser's permission. */
  detection: {
    get(): Promise<boolean>;
    /**
     * Switches detection. Turning it on asks the browser for the all-sites
     * permission, so it must run inside the click (a user gesture). Answers
     * what the reader should read, or null when all went as asked.
     */
    set(on: boolean): Promise<{ on: boolean; note: MessageKey | null }>;
    watch(cb: () => void): () => void;
  };
  /** The browser's keyboard commands for this extension. */
  shortcuts(): Promise<ShortcutInfo[]>;
  /** Where the reader changes shortcuts, in words for this browser. */
  shortcutsHint: MessageKey;
}

export interface OptionsProps {
  services: OptionsServices;
  initialPreferences: DisplayPreferences;
  root: HTMLElement;
}

const THEME_LABELS: Record<DisplayPreferences['theme'], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};
const FONT_LABELS: Record<DisplayPreferences['font'], MessageKey> = { serif: 'fontSerif', sans: 'fontSans', hyperlegible: 'fontHyperlegible' };
const SIZE_LABELS: Record<DisplayPreferences['textSize'], MessageKey> = {
  small: 'sizeSmall',
  medium: 'sizeMedium',
  large: 'sizeLarge',
  xlarge: 'sizeXlarge',
};
const WIDTH_LABELS: Record<DisplayPreferences['lineWidth'], MessageKey> = {
  narrow: 'widthNarrow',
  medium: 'widthMedium',
  wide: 'widthWide',
};

type SavePreference = <K extends keyof DisplayPreferences>(key: K, value: DisplayPreferences[K]) => void;
type ChoicePreference = 'theme' | 'font' | 'textSize' | 'lineWidth';

/** One radio group for one display preference; the closure keeps the choice's type tied to its key. */
function appearanceChoice<K extends ChoicePreference>(
  pref: K,
  legend: MessageKey,
  choices: readonly DisplayPreferences[K][],
  labels: Record<DisplayPreferences[K], MessageKey>,
  hint?: MessageKey,
) {
  return (prefs: DisplayPreferences, save: SavePreference) => (
    <Choice
      key={pref}
      name={pref}
      legend={t(legend)}
      hint={hint && t(hint)}
      choices={choices}
      labels={labels}
      value={prefs[pref]}
      onChange={(value) => save(pref, value)}
    />
  );
}

const APPEARANCE_CHOICES = [
  appearanceChoice('theme', 'optionTheme', THEMES, THEME_LABELS),
  appearanceChoice('font', 'optionFont', FONTS, FONT_LABELS),
  appearanceChoice('textSize', 'optionTextSize', TEXT_SIZES, SIZE_LABELS),
  appearanceChoice('lineWidth', 'optionLineWidth', LINE_WIDTHS, WIDTH_LABELS, 'optionLineWidthHint'),
];

/** Our commands by name, in the interface's words (the browser's description may be missing or untranslated). */
const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  'copy-markdown': 'commandCopyMarkdown',
};

/**
 * The options page: how articles look, which citation style is the default,
 * on-load aggregator detection, and the keyboard shortcuts. Every change is
 * saved at once (synced storage) and reaches open popups through their
 * storage watch; there is no Save button to forget.
 */
export function Options({ services, initialPreferences, root }: OptionsProps) {
  const prefs = useDisplayPreferences(root, initialPreferences);
  const [style, setStyle] = useState<CitationChoice | null>(null);
  const [customStyles, setCustomStyles] = useState<CustomStyle[] | null>(null);
  const [styleFileStatus, setStyleFileStatus] = useState<StyleFileStatus | null>(null);
  const [detection, setDetection] = useState<boolean | null>(null);
  const [detectionNote, setDetectionNote] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [shortcuts, setShortcuts] = useState<ShortcutInfo[] | null>(null);
  const [saved, setSaved] = useState<string>('');
  const savedTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    services.citationStyle.get().then(setStyle, () => setStyle('apa'));
    const unwatchStyle = services.citationStyle.watch(setStyle);
    services.customStyles.get().then(setCustomStyles, () => setCustomStyles([]));
    const unwatchCustom = services.customStyles.watch(setCustomStyles);
    const refreshDetection = () => {
      services.detection.get().then(setDetection, () => setDetection(false));
    };
    refreshDetection();
    const unwatchDetection = services.detection.watch(refreshDetection);
    services.shortcuts().then(setShortcuts, () => setShortcuts([]));
    return () => {
      unwatchStyle();
      unwatchCustom();
      unwatchDetection();
      if (savedTimer.current) clearTimeout(savedTimer.current);
    };
  }, [services]);

  function confirm(ok: boolean) {
    setSaved(ok ? t('optionsSaved') : t('optionsNotSaved'));
    if (savedTimer.current) clearTimeout(savedTimer.current);
    savedTimer.current = setTimeout(() => setSaved(''), 3000);
  }

  function save<K extends keyof DisplayPreferences>(key: K, value: DisplayPreferences[K]) {
    saveDisplayPreference(key, value).then(
      () => confirm(true),
      () => confirm(false),
    );
  }

  async function addStyleFile(file: File) {
    setStyleFileStatus(null);
    try {
      // Checked before reading: a wrong file picked by mistake may be huge.
      if (file.size > MAX_STYLE_FILE_BYTES) throw new Error(t('customStylesTooLarge', Math.round(MAX_STYLE_FILE_BYTES / 1024)));
      const xml = await file.text();
      const { title, sample } = await services.customStyles.validate(xml);
      const next = withCustomStyle(customStyles ?? (await services.customStyles.get()), { title, xml });
      if (next === 'too-many') {
        setStyleFileStatus({ tone: 'error', text: t('customStylesTooMany', MAX_CUSTOM_STYLES) });
        return;
      }
      try {
        await services.customStyles.set(next);
      } catch {
        setStyleFileStatus({ tone: 'error', text: t('optionsNotSaved') });
        return;
      }
      setCustomStyles(next);
      setStyleFileStatus({ tone: 'ok', text: t('customStylesAdded', title, sample) });
    } catch (error) {
      const detail = error instanceof Error && error.message ? error.message : String(error);
      setStyleFileStatus({ tone: 'error', text: t('customStylesInvalid', file.name, detail) });
    }
  }

  function removeStyle(removed: CustomStyle) {
    const next = (customStyles ?? []).filter((s) => s.id !== removed.id);
    setCustomStyles(next);
    setStyleFileStatus(null);
    services.customStyles.set(next).then(
      () => confirm(true),
      () => confirm(false),
    );
    // The default cannot stay on a style that is gone.
    if (style === customChoiceOf(removed)) chooseStyle('apa');
  }

  function chooseStyle(value: string) {
    if (!isCitationChoice(value)) return;
    setStyle(value);
    services.citationStyle.set(value).then(
      () => confirm(true),
      () => confirm(false),
    );
  }

  function switchDetection(on: boolean) {
    setBusy(true);
    setDetectionNote(null);
    // Called straight from the change event: the permission prompt needs the click's user gesture.
    services.detection
      .set(on)
      .then(
        (result) => {
          setDetection(result.on);
          setDetectionNote(result.note);
        },
        () => setDetectionNote('detectFailed'),
      )
      .finally(() => setBusy(false));
  }

  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title" class="options__title">
        {t('optionsTitle')}
      </h1>

      <form class="options__form" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="options__group">
          <legend>{t('optionsAppearance')}</legend>

          {APPEARANCE_CHOICES.map((renderChoice) => renderChoice(prefs, save))}
          <ReadingComfort prefs={prefs} onSave={save} idPrefix="option-comfort" />

          <div class="options__field">
            <label class="options__check">
              <input
                type="checkbox"
                data-testid="option-images"
                checked={prefs.images}
                aria-describedby="images-hint"
                onChange={(event) => save('images', event.currentTarget.checked)}
              />
              {t('optionImages')}
            </label>
            <p class="options__hint" id="images-hint">
              {t('optionImagesHint')}
            </p>
          </div>

          <Preview />
        </fieldset>

        <fieldset class="options__group">
          <legend>{t('optionsCopying')}</legend>
          <div class="options__field">
            <label for="citation-style">{t('optionCitationStyle')}</label>
            <select
              id="citation-style"
              data-testid="option-citation-style"
              value={style ?? undefined}
              disabled={style === null}
              onChange={(event) => chooseStyle(event.currentTarget.value)}
            >
              <CitationStyleOptions customStyles={customStyles} />
            </select>
          </div>
          <CustomStyles styles={customStyles} status={styleFileStatus} onAdd={(file) => void addStyleFile(file)} onRemove={removeStyle} />
        </fieldset>

        <fieldset class="options__group">
          <legend>{t('optionsAggregators')}</legend>
          <div class="options__field">
            <label class="options__check">
              <input
                type="checkbox"
                data-testid="option-detect-everywhere"
                checked={detection === true}
                disabled={detection === null || busy}
                aria-describedby="detect-hint detect-note"
                onChange={(event) => switchDetection(event.currentTarget.checked)}
              />
              {t('optionDetect')}
            </label>
            <p class="options__hint" id="detect-hint">
              {t('optionDetectHint')}
            </p>
            <p class="options__note" id="detect-note" role="status" data-testid="detect-note">
              {detectionNote ? t(detectionNote) : ''}
            </p>
          </div>
        </fieldset>
      </form>

      <section class="options__group" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading" class="options__subtitle">
          {t('optionsShortcuts')}
        </h2>
        <table class="shortcuts" data-testid="shortcuts">
          <caption class="visually-hidden">{t('optionsShortcuts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shortcutAction')}</th>
              <th scope="col">{t('shortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {(shortcuts ?? []).map((command) => (
              <tr key={command.name} data-command={command.name}>
                <td>{command.name && COMMAND_LABELS[command.name] ? t(COMMAND_LABELS[command.name]) : command.description}</td>
                <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="options__muted">{t('shortcutNotSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="options__hint">{t(services.shortcutsHint)}</p>
      </section>

      <p class="options__saved" role="status" data-testid="options-saved">
        {saved}
      </p>
    </main>
  );
}
