import { storage } from 'wxt/utils/storage';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { fingerprint } from './core/domain/fingerprint';
import type { CitationStyle } from './core/format/index';

/**
 * The reader's choices that outlive a popup. Display and copy choices are
 * synced, so they follow the reader to another computer; the options page
 * edits them and every open popup or reader view watches them.
 *
 * Values read back are checked against the known choices: synced storage is
 * written by other copies of the extension (older or newer versions), so an
 * unknown value falls back instead of reaching the CSS or the formatter.
 */

/**
 * The choices of "Copy citation", in menu order: the five bundled CSL styles,
 * BibTeX and the Markdown link line. CSL-JSON and RIS have buttons of their own.
 */
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago', 'harvard', 'ieee', 'bibtex', 'markdown'];

export type CitationStyleName = CitationStyle;

export function isCitationStyle(value: unknown): value is CitationStyleName {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

/** A style the reader added on the options page: `custom:<id>` in the menu. */
export type CustomStyleChoice = `custom:${string}`;
/** What "Copy citation" may be set to: a built-in choice or one of the reader's own styles. */
export type CitationChoice = CitationStyleName | CustomStyleChoice;

export const CUSTOM_STYLE_PREFIX = 'custom:';

export function isCitationChoice(value: unknown): value is CitationChoice {
  return isCitationStyle(value) || isCustomStyleChoice(value);
}

export function isCustomStyleChoice(value: unknown): value is CustomStyleChoice {
  return typeof value === 'string' && value.startsWith(CUSTOM_STYLE_PREFIX) && value.length > CUSTOM_STYLE_PREFIX.length;
}

/**
 * The style "Copy citation" uses; `apa` until the reader picks another. It may
 * name a style file of the reader's own, which is kept in `local` storage on
 * this computer only: where that file is missing, APA is used instead.
 */
export const citationStyleItem = storage.defineItem<CitationChoice>('sync:citationStyle', { fallback: 'apa' });

/** The menu value of a style of one's own. */
export function customChoiceOf(style: Pick<CustomStyle, 'id'>): CustomStyleChoice {
  return `${CUSTOM_STYLE_PREFIX}${style.id}`;
}

/** The style file a choice names, or null for a built-in choice or a file no longer kept. */
export function customStyleFor(choice: CitationChoice, styles: readonly CustomStyle[]): CustomStyle | null {
  if (!isCustomStyleChoice(choice)) return null;
  return styles.find((s) => customChoiceOf(s) === choice) ?? null;
}

/** A CSL style file the reader added. */
export interface CustomStyle {
  id: string;
  /** The style's own `<title>`. */
  title: string;
  xml: string;
}

/** A style file larger than this is refused before it is read (the largest official style is about 240 kB). */
export const MAX_STYLE_FILE_BYTES = 1024 * 1024;

/** At most this many styles of one's own: each is up to ~250 kB of local storage. */
export const MAX_CUSTOM_STYLES = 10;

/**
 * Kept in `local`, not `sync`: a style file is tens of kilobytes and sync
 * storage allows 8 kB per item.
 */
export const customStylesItem = storage.defineItem<CustomStyle[]>('local:customCslStyles', { fallback: [] });

/** Keeps only well-formed entries (storage may hold another version's data). */
export function checkCustomStyles(raw: unknown): CustomStyle[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((s: unknown): s is CustomStyle => {
      if (!s || typeof s !== 'object') return false;
      const r = s as Record<string, unknown>;
      return typeof r.id === 'string' && !!r.id && typeof r.title === 'string' && typeof r.xml === 'string';
    })
    .slice(0, MAX_CUSTOM_STYLES);
}

/**
 * An id that is the same for the same file, so adding a file twice keeps one
 * copy and a choice synced from another computer finds the file when it is
 * added there too.
 */
export function styleIdOf(xml: string): string {
  return `${fingerprint(xml).toString(16).padStart(8, '0')}-${xml.length.toString(36)}`;
}

/** The list with one style added (replacing the same file), or `too-many` when the list is full. */
export function withCustomStyle(styles: readonly CustomStyle[], added: { title: string; xml: string }): CustomStyle[] | 'too-many' {
  const id = styleIdOf(added.xml);
  const others = styles.filter((s) => s.id !== id);
  if (others.length >= MAX_CUSTOM_STYLES) return 'too-many';
  return [...others, { id, title: added.title, xml: added.xml }];
}

export async function readCustomStyles(): Promise<CustomStyle[]> {
  try {
    return checkCustomStyles(await customStylesItem.getValue());
  } catch {
    return [];
  }
}

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

/** `hyperlegible`: the bundled Atkinson Hyperlegible (public/fonts, SIL OFL), drawn so letters are hard to confuse. */
export const FONTS = ['serif', 'sans', 'hyperlegible'] as const;
export type ReadingFont = (typeof FONTS)[number];

/** Steps rather than a free number, so every step is one the layout was checked with. */
export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Column width of the full-tab view (the popup is always 400 px wide). */
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];

/** Reading comfort (issue 14): named steps, each mapped to one CSS value in base.css. */
export const LETTER_SPACINGS = ['normal', 'wide', 'wider'] as const;
export type LetterSpacing = (typeof LETTER_SPACINGS)[number];
export const WORD_SPACINGS = ['normal', 'wide', 'wider'] as const;
export type WordSpacing = (typeof WORD_SPACINGS)[number];
export const LINE_HEIGHTS = ['compact', 'normal', 'loose', 'looser'] as const;
export type LineHeight = (typeof LINE_HEIGHTS)[number];

/**
 * The CSS value each reading step sets on the page's root. Steps, not free numbers: each was
 * checked at every text size (WCAG 1.4.12 asks for letters up to 0.12em, words up to 0.16em).
 */
export const READING_STEPS = {
  textSize: { property: '--text-scale', values: { small: '0.9', medium: '1', large: '1.15', xlarge: '1.3' } satisfies Record<TextSize, string> },
  lineWidth: { property: '--measure', values: { narrow: '36rem', medium: '44rem', wide: '56rem' } satisfies Record<LineWidth, string> },
  letterSpacing: { property: '--letter-spacing', values: { normal: 'normal', wide: '0.06em', wider: '0.12em' } satisfies Record<LetterSpacing, string> },
  wordSpacing: { property: '--word-spacing', values: { normal: 'normal', wide: '0.16em', wider: '0.32em' } satisfies Record<WordSpacing, string> },
  lineHeight: { property: '--line-height', values: { compact: '1.4', normal: '1.62', loose: '1.9', looser: '2.2' } satisfies Record<LineHeight, string> },
} as const;

export const themeItem = storage.defineItem<Theme>('sync:theme', { fallback: 'system' });
export const fontItem = storage.defineItem<ReadingFont>('sync:font', { fallback: 'serif' });
export const textSizeItem = storage.defineItem<TextSize>('sync:textSize', { fallback: 'medium' });
export const lineWidthItem = storage.defineItem<LineWidth>('sync:lineWidth', { fallback: 'medium' });
export const letterSpacingItem = storage.defineItem<LetterSpacing>('sync:letterSpacing', { fallback: 'normal' });
export const wordSpacingItem = storage.defineItem<WordSpacing>('sync:wordSpacing', { fallback: 'normal' });
export const lineHeightItem = storage.defineItem<LineHeight>('sync:lineHeight', { fallback: 'normal' });
/** Line focus: every paragraph but the current one is dimmed (reader view). */
export const lineFocusItem = storage.defineItem<boolean>('sync:lineFocus', { fallback: false });
/** Show the article's images; off also means no image request at all (SECURITY.md, privacy). */
export const imagesItem = storage.defineItem<boolean>('sync:images', { fallback: true });

/**
 * The reader asked for aggregator detection on every site. Kept in `local`,
 * not `sync`: the host permission it goes with is granted per browser, so a
 * synced "on" would claim a permission this browser never gave. Detection
 * runs only when this is on and the permission is present.
 */
export const aggregatorDetectionItem = storage.defineItem<boolean>('local:aggregatorDetection', { fallback: false });

/** Everything that changes how an article looks. */
export interface DisplayPreferences {
  theme: Theme;
  font: ReadingFont;
  textSize: TextSize;
  lineWidth: LineWidth;
  images: boolean;
  letterSpacing: LetterSpacing;
  wordSpacing: WordSpacing;
  lineHeight: LineHeight;
  lineFocus: boolean;
}

export const DEFAULT_DISPLAY: DisplayPreferences = {
  theme: themeItem.fallback,
  font: fontItem.fallback,
  textSize: textSizeItem.fallback,
  lineWidth: lineWidthItem.fallback,
  images: imagesItem.fallback,
  letterSpacing: letterSpacingItem.fallback,
  wordSpacing: wordSpacingItem.fallback,
  lineHeight: lineHeightItem.fallback,
  lineFocus: lineFocusItem.fallback,
};

function oneOf<T extends string>(choices: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (choices as readonly string[]).includes(value);
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

type Field<K extends keyof DisplayPreferences> = {
  item: WxtStorageItem<DisplayPreferences[K], Record<string, never>>;
  valid: (value: unknown) => value is DisplayPreferences[K];
};

const DISPLAY_FIELDS: { [K in keyof DisplayPreferences]: Field<K> } = {
  theme: { item: themeItem, valid: oneOf(THEMES) },
  font: { item: fontItem, valid: oneOf(FONTS) },
  textSize: { item: textSizeItem, valid: oneOf(TEXT_SIZES) },
  lineWidth: { item: lineWidthItem, valid: oneOf(LINE_WIDTHS) },
  images: { item: imagesItem, valid: isBoolean },
  letterSpacing: { item: letterSpacingItem, valid: oneOf(LETTER_SPACINGS) },
  wordSpacing: { item: wordSpacingItem, valid: oneOf(WORD_SPACINGS) },
  lineHeight: { item: lineHeightItem, valid: oneOf(LINE_HEIGHTS) },
  lineFocus: { item: lineFocusItem, valid: isBoolean },
};

const DISPLAY_KEYS = Object.keys(DISPLAY_FIELDS) as Array<keyof DisplayPreferences>;

/** Keeps only known values; anything else becomes the default. */
export function checkDisplayPreferences(raw: Partial<Record<keyof DisplayPreferences, unknown>>): DisplayPreferences {
  const out = { ...DEFAULT_DISPLAY } as Record<keyof DisplayPreferences, unknown>;
  for (const key of DISPLAY_KEYS) {
    const value = raw[key];
    if ((DISPLAY_FIELDS[key].valid as (v: unknown) => boolean)(value)) out[key] = value;
  }
  return out as unknown as DisplayPreferences;
}

/** Reads every display preference at once; the defaults when storage is unavailable. */
export async function readDisplayPreferences(): Promise<DisplayPreferences> {
  try {
    const values = await storage.getItems(DISPLAY_KEYS.map((key) => DISPLAY_FIELDS[key].item));
    const raw: Partial<Record<keyof DisplayPreferences, unknown>> = {};
    DISPLAY_KEYS.forEach((key, index) => {
      raw[key] = values[index]?.value;
    });
    return checkDisplayPreferences(raw);
  } catch {
    return { ...DEFAULT_DISPLAY };
  }
}

/** Calls `onChange` with one checked field whenever another page (the options page) changes it. Returns the unwatch. */
export function watchDisplayPreferences(onChange: (change: Partial<DisplayPreferences>) => void): () => void {
  const unwatchers = DISPLAY_KEYS.map((key) =>
    (DISPLAY_FIELDS[key].item as WxtStorageItem<unknown, Record<string, never>>).watch((value) => {
      const checked = checkDisplayPreferences({ [key]: value });
      onChange({ [key]: checked[key] });
    }),
  );
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/** Stores one display preference (the options page). */
export async function saveDisplayPreference<K extends keyof DisplayPreferences>(key: K, value: DisplayPreferences[K]): Promise<void> {
  if (!(DISPLAY_FIELDS[key].valid as (v: unknown) => boolean)(value)) throw new Error(`Not a valid ${key}: ${String(value)}`);
  await (DISPLAY_FIELDS[key].item as WxtStorageItem<unknown, Record<string, never>>).setValue(value);
}

/**
 * Puts the preferences on a document: the reading steps as CSS variables on the root
 * (`READING_STEPS`), and every choice as an attribute (`data-theme`, `data-font`,
 * `data-text-size`, ..., `data-line-focus`) that the shared CSS and the tests read, so a
 * change restyles the page without re-rendering the article.
 */
export function applyDisplayPreferences(root: HTMLElement, prefs: DisplayPreferences): void {
  for (const [key, step] of Object.entries(READING_STEPS) as [keyof typeof READING_STEPS, (typeof READING_STEPS)[keyof typeof READING_STEPS]][]) {
    root.style.setProperty(step.property, (step.values as Record<string, string>)[prefs[key]]);
  }
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.dataset.textSize = prefs.textSize;
  root.dataset.lineWidth = prefs.lineWidth;
  root.dataset.letterSpacing = prefs.letterSpacing;
  root.dataset.wordSpacing = prefs.wordSpacing;
  root.dataset.lineHeight = prefs.lineHeight;
  root.dataset.lineFocus = prefs.lineFocus ? 'on' : 'off';
}
