import { ExternalLink } from '../ExternalLink';
import { useState } from 'preact/hooks';
import { isHttpUrl } from '../../utils/core/annotate/record';
import { t } from '../../utils/i18n';

export interface ArchiveLinkProps {
  /** The original article's address. */
  originalUrl: string;
  archiveUrl: string | null;
  onArchiveUrl(url: string | null): void;
}

/** The Wayback Machine's addresses for an article: its captures, and the request to save one. */
export function waybackUrls(originalUrl: string): { captures: string; save: string } {
  return { captures: `https://web.archive.org/web/*/${originalUrl}`, save: `https://web.archive.org/save/${originalUrl}` };
}

/**
 * Links to the original article in the Internet Archive. Plain links: nothing
 * is requested until the reader clicks one. The reader may paste the archived
 * copy's address, which the copied citation then names.
 */
export function ArchiveLink({ originalUrl, archiveUrl, onArchiveUrl }: ArchiveLinkProps) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const urls = waybackUrls(originalUrl);
  const add = (event: Event) => {
    event.preventDefault();
    if (!isHttpUrl(draft)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onArchiveUrl(draft.trim());
    setDraft('');
  };
  return (
    <section class="archive" aria-labelledby="archive-heading">
      <h2 class="panel__heading" id="archive-heading">
        {t('archiveHeading')}
      </h2>
      <p class="archive__links">
        <ExternalLink data-testid="archive-link" href={urls.captures}>
          {t('archiveLink')}
        </ExternalLink>
        {' · '}
        <ExternalLink data-testid="archive-save" href={urls.save}>
          {t('archiveSave')}
        </ExternalLink>
      </p>
      <p class="comfort__hint">{t('archiveHint')}</p>
      {archiveUrl ? (
        <p class="archive__current" data-testid="archive-current">
          {t('archiveUrlCurrent', archiveUrl)}{' '}
          <button type="button" class="button" onClick={() => onArchiveUrl(null)}>
            {t('archiveUrlRemove')}
          </button>
        </p>
      ) : (
        <form class="archive__form" onSubmit={add}>
          <label for="archive-url">{t('archiveUrlLabel')}</label>
          <input
            id="archive-url"
            type="url"
            data-testid="archive-url"
            value={draft}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? 'archive-url-error' : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('archiveUrlAdd')}
          </button>
          {invalid && (
            <p id="archive-url-error" class="archive__error" role="alert">
              {t('archiveUrlInvalid')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
