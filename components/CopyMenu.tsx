import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import { formatCitation, formatMarkdown, formatRichHtml, formatText } from '../utils/format/index';
import { fileNameFor } from '../utils/clipboard';
import type { CopyEnvironment } from '../utils/clipboard';
import { CITATION_STYLES, CITATION_STYLE_LABELS, citationStyleItem, isCitationStyle } from '../utils/preferences';
import type { CitationStyleName } from '../utils/preferences';

export interface CopyMenuProps {
  article: Article;
  env: CopyEnvironment;
}

type Feedback = { tone: 'ok' | 'error'; text: string } | null;

const CONFIRMATION_MS = 2500;

/** The copy actions: text, Markdown, citation in a remembered style, rich text, and a .md download, each confirmed in words. */
export function CopyMenu({ article, env }: CopyMenuProps) {
  const [style, setStyle] = useState<CitationStyleName>(citationStyleItem.fallback);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Set once the reader picks a style here, so the stored value arriving late cannot undo the pick.
  const picked = useRef(false);

  useEffect(() => {
    let live = true;
    citationStyleItem
      .getValue()
      .then((value) => live && !picked.current && isCitationStyle(value) && setStyle(value))
      .catch(() => {
        // Storage unavailable: the fallback style stays.
      });
    const unwatch = citationStyleItem.watch((value) => isCitationStyle(value) && setStyle(value));
    return () => {
      live = false;
      unwatch();
      if (clearTimer.current) clearTimeout(clearTimer.current);
    };
  }, []);

  function show(next: Feedback) {
    if (clearTimer.current) clearTimeout(clearTimer.current);
    setFeedback(next);
    // Confirmations fade; refusals stay until the next action, so they can be read.
    if (next?.tone === 'ok') clearTimer.current = setTimeout(() => setFeedback(null), CONFIRMATION_MS);
  }

  async function run(label: string, action: () => Promise<void> | void, done: string) {
    try {
      // Formatting runs inside the try too: a formatter's failure is reported like a refusal.
      await action();
      show({ tone: 'ok', text: done });
    } catch (error) {
      show({ tone: 'error', text: refusalText(label, error) });
    }
  }

  const copyText = () =>
    run('text', () => env.writeText(formatText(article, env.formatContext())), 'Text copied, with its source line.');
  const copyMarkdown = () =>
    run('Markdown', () => env.writeText(formatMarkdown(article, env.formatContext())), 'Markdown copied.');
  const copyCitation = () =>
    run(
      'citation',
      async () => {
        const citation = formatCitation(article, style, env.formatContext());
        // APA, MLA and Chicago italicize titles: editors get the HTML, plain fields the text.
        if (style === 'bibtex' || style === 'markdown') return env.writeText(citation.text);
        try {
          await env.writeRich(citation.html, citation.text);
        } catch {
          await env.writeText(citation.text);
        }
      },
      `${CITATION_STYLE_LABELS[style]} citation copied.`,
    );
  const copyRich = () =>
    run(
      'rich text',
      () => {
        const ctx = env.formatContext();
        return env.writeRich(formatRichHtml(article, ctx), formatText(article, ctx));
      },
      'Rich text copied: paste it into a document.',
    );
  const download = () =>
    run(
      'Markdown file',
      () => env.download(fileNameFor(article.title, 'md'), formatMarkdown(article, env.formatContext()), 'text/markdown'),
      'Markdown file saved.',
    );

  function chooseStyle(value: string) {
    if (!isCitationStyle(value)) return;
    picked.current = true;
    setStyle(value);
    citationStyleItem.setValue(value).catch(() => {
      show({ tone: 'error', text: 'This style is used now, but could not be remembered.' });
    });
  }

  return (
    <section class="copy-menu" aria-label="Copy">
      <div class="copy-menu__row">
        <button type="button" class="button button--primary" data-testid="copy-text" onClick={copyText}>
          Copy text
        </button>
        <button type="button" class="button" data-testid="copy-markdown" onClick={copyMarkdown}>
          Copy Markdown
        </button>
        <button type="button" class="button" data-testid="copy-rich" onClick={copyRich}>
          Copy rich text
        </button>
      </div>
      <div class="copy-menu__row">
        <span class="split">
          <button type="button" class="button split__action" data-testid="copy-citation" onClick={copyCitation}>
            Copy citation
          </button>
          <select
            class="split__menu"
            aria-label="Citation style"
            data-testid="citation-style"
            value={style}
            onChange={(event) => chooseStyle((event.currentTarget as HTMLSelectElement).value)}
          >
            {CITATION_STYLES.map((name) => (
              <option key={name} value={name}>
                {CITATION_STYLE_LABELS[name]}
              </option>
            ))}
          </select>
        </span>
        <button type="button" class="button" data-testid="download-markdown" onClick={download}>
          Download .md
        </button>
      </div>
      <p class={`copy-menu__feedback copy-menu__feedback--${feedback?.tone ?? 'none'}`} data-testid="copy-feedback" aria-live="polite">
        {feedback?.text ?? ''}
      </p>
    </section>
  );
}

function refusalText(what: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/clipboard|NotAllowed|denied|permission|focus/i.test(`${detail} ${(error as { name?: string })?.name ?? ''}`)) {
    return `The browser refused the clipboard, so the ${what} was not copied. Click into this window and try again, or use Download .md.`;
  }
  return `The ${what} could not be copied (${detail}).`;
}
