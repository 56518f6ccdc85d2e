import { t } from '../utils/i18n';

/** One heading of the article body, linked from the contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

/** Fewest sections worth a table of contents. */
const MIN_SECTIONS = 3;
/** Two sections are enough in a long read (about eight minutes at 230 words a minute). */
const LONG_READ_WORDS = 1800;

/**
 * Gives the body's h2 and h3 headings ids and returns them in order. The ids
 * are ours, set on our own page after sanitizing (the sanitizer drops every
 * id the page brought), and prefixed so they cannot meet the interface's.
 */
export function collectHeadings(body: HTMLElement): TocEntry[] {
  const entries: TocEntry[] = [];
  body.querySelectorAll('h2, h3').forEach((heading, index) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    const id = `sr-section-${index + 1}`;
    heading.id = id;
    // Reached from the contents by keyboard: the heading takes the focus, so reading continues from there.
    heading.setAttribute('tabindex', '-1');
    entries.push({ id, text, level: heading.tagName === 'H2' ? 2 : 3 });
  });
  return entries;
}

/** Whether an article is long enough, and sectioned enough, for a table of contents. */
export function wantsContents(entries: TocEntry[], wordCount: number): boolean {
  return entries.length >= MIN_SECTIONS || (entries.length >= 2 && wordCount >= LONG_READ_WORDS);
}

export interface TableOfContentsProps {
  entries: TocEntry[];
  /** The article's language and direction: the headings are the article's text. */
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/** The article's sections as links; a click moves the focus to the section, so keyboard reading goes on from there. */
export function TableOfContents({ entries, lang, dir }: TableOfContentsProps) {
  function go(event: MouseEvent, id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    history.replaceState(null, '', `#${id}`);
  }
  return (
    <nav class="toc" aria-labelledby="toc-heading" data-testid="toc">
      <h2 class="toc__heading" id="toc-heading">
        {t('tocHeading')}
      </h2>
      <ol class="toc__list" lang={lang} dir={dir}>
        {entries.map((entry) => (
          <li key={entry.id} class={`toc__item toc__item--h${entry.level}`}>
            <a href={`#${entry.id}`} onClick={(event) => go(event, entry.id)}>
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
