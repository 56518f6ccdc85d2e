import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/core/extract/types';
import { formatMarkdown, formatRichHtml, formatText, isPlainOutput } from '../utils/core/format/index';
import type { ExportFormat } from '../utils/core/format/index';
import { renderCitation, renderChoice } from '../utils/ui/citation-loader';
import { fileNameFor } from '../utils/ui/clipboard';
import type { CopyEnvironment } from '../utils/ui/clipboard';
import { t } from '../utils/i18n';
import {
  checkCustomStyles,
  citationStyleItem,
  customStyleFor,
  customStylesItem,
  isCitationChoice,
  isCustomStyleChoice,
  readCustomStyles,
} from '../utils/preferences';
import type { CitationChoice, CustomStyle } from '../utils/preferences';
import { ButtonRow } from './ButtonRow';
import { CitationStyleOptions } from './CitationStyleOptions';
import { citationStyleLabel } from './labels';

export interface CopyMenuProps {
  article: Article;
  env: CopyEnvironment;
}

type Feedback = { tone: 'ok' | 'error'; text: string } | null;

const CONFIRMATION_MS = 2500;

/** The copy actions: text, Markdown, citation in a remembered style, rich text, and a .md download, each confirmed in words. */
export function CopyMenu({ article, env }: CopyMenuProps) {
  const [style, setStyle] = useState<CitationChoice>(citationStyleItem.fallback);
  const [customStyles, setCustomStyles] = useState<CustomStyle[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Set once the reader picks a style here, so the stored value arriving late cannot undo the pick.
  const picked = useRef(false);

  useEffect(() => {
    let live = true;
    citationStyleItem
      .getValue()
      .then((value) => live && !picked.current && isCitationChoice(value) && setStyle(value))
      .catch(() => {
        // Storage unavailable: the fallback style stays.
      });
    void readCustomStyles().then((styles) => live && setCustomStyles(styles));
    const unwatch = citationStyleItem.watch((value) => isCitationChoice(value) && setStyle(value));
    const unwatchCustom = customStylesItem.watch((value) => setCustomStyles(checkCustomStyles(value)));
    return () => {
      live = false;
      unwatch();
      unwatchCustom();
      if (clearTimer.current) clearTimeout(clearTimer.current);
    };
  }, []);

  function show(next: Feedback) {
    if (clearTimer.current) clearTimeout(clearTimer.current);
    setFeedback(next);
    // Confirmations fade; refusals stay until the next action, so they can be read.
    if (next?.tone === 'ok') clearTimer.current = setTimeout(() => setFeedback(null), CONFIRMATION_MS);
  }

  /** `done` may be a function: the words of a confirmation known only once the action has run. */
  async function run(label: string, action: () => Promise<void> | void, done: string | (() => string)) {
    // Announced by the live region below; a refusal stays until the next action.
    try {
      // Formatting runs inside the try too: a formatter's failure is reported like a refusal.
      await action();
      show({ tone: 'ok', text: typeof done === 'function' ? done() : done });
    } catch (error) {
      show({ tone: 'error', text: refusalText(label, error) });
    }
  }

  const copyText = () => run(t('copyWhatText'), () => env.writeText(formatText(article, env.formatContext())), t('copyDoneText'));
  const copyMarkdown = () => run(t('copyWhatMarkdown'), () => env.writeText(formatMarkdown(article, env.formatContext())), t('copyDoneMarkdown'));
  const copyCitation = async () => {
    // Read again when the chosen file is not in the list yet: it may still be loading when the reader clicks at once.
    const styles = isCustomStyleChoice(style) && !customStyleFor(style, customStyles) ? await readCustomStyles() : customStyles;
    let done = '';
    await run(
      t('copyWhatCitation'),
      async () => {
        const { citation, style: used } = await renderChoice(article, style, styles, env.formatContext());
        if (typeof used !== 'string') done = t('copyDoneCitation', used.title);
        else if (isCustomStyleChoice(style)) done = t('copyDoneStyleMissing', citationStyleLabel(used));
        else done = t('copyDoneCitation', citationStyleLabel(used));
        // The CSL styles italicize: editors get citeproc's HTML, plain fields its text.
        if (typeof used === 'string' && isPlainOutput(used)) return env.writeText(citation.text);
        try {
          await env.writeRich(citation.html, citation.text);
        } catch {
          await env.writeText(citation.text);
        }
      },
      () => done,
    );
  };
  const copyRich = () =>
    run(
      t('copyWhatRich'),
      () => {
        const ctx = env.formatContext();
        return env.writeRich(formatRichHtml(article, ctx), formatText(article, ctx));
      },
      t('copyDoneRich'),
    );
  const download = () =>
    run(
      t('copyWhatFile'),
      () => env.download(fileNameFor(article.title, 'md'), formatMarkdown(article, env.formatContext()), 'text/markdown'),
      t('copyDoneFile'),
    );

  const copyRecord = (format: ExportFormat) =>
    run(
      t('copyWhatRecord', citationStyleLabel(format)),
      async () => env.writeText((await renderCitation(article, format, env.formatContext())).text),
      t('copyDoneRecord', citationStyleLabel(format)),
    );
  const downloadRis = () =>
    run(
      t('copyWhatFile'),
      async () =>
        env.download(
          fileNameFor(article.title, 'ris'),
          (await renderCitation(article, 'ris', env.formatContext())).text + '\n',
          'application/x-research-info-systems',
        ),
      t('copyDoneRisFile'),
    );

  function chooseStyle(value: string) {
    if (!isCitationChoice(value)) return;
    picked.current = true;
    setStyle(value);
    citationStyleItem.setValue(value).catch(() => {
      show({ tone: 'error', text: t('copyStyleNotSaved') });
    });
  }

  return (
    <section class="copy-menu" aria-label={t('copyMenuLabel')}>
      <ButtonRow
        class="copy-menu__row"
        actions={[
          { testId: 'copy-text', label: t('copyText'), onClick: copyText, primary: true },
          { testId: 'copy-markdown', label: t('copyMarkdown'), onClick: copyMarkdown },
          { testId: 'copy-rich', label: t('copyRich'), onClick: copyRich },
        ]}
      />
      <div class="copy-menu__row">
        <span class="split">
          <button type="button" class="button split__action" data-testid="copy-citation" onClick={copyCitation}>
            {t('copyCitation')}
          </button>
          <select
            class="split__menu"
            aria-label={t('citationStyleLabel')}
            data-testid="citation-style"
            value={style}
            onChange={(event) => chooseStyle(event.currentTarget.value)}
          >
            <CitationStyleOptions customStyles={customStyles} />
          </select>
        </span>
        <button type="button" class="button" data-testid="download-markdown" onClick={download}>
          {t('downloadMarkdown')}
        </button>
      </div>
      <div class="copy-menu__row" role="group" aria-label={t('copyExportsLabel')}>
        <button type="button" class="button" data-testid="copy-csl-json" onClick={() => copyRecord('csl-json')}>
          {t('copyCslJson')}
        </button>
        <button type="button" class="button" data-testid="copy-ris" onClick={() => copyRecord('ris')}>
          {t('copyRis')}
        </button>
        <button type="button" class="button" data-testid="copy-bibtex" onClick={() => copyRecord('bibtex')}>
          {t('copyBibtex')}
        </button>
        <button type="button" class="button" data-testid="download-ris" onClick={downloadRis}>
          {t('downloadRis')}
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
    return t('copyRefused', what);
  }
  return t('copyFailed', what, detail);
}
