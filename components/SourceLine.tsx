import { ExternalLink } from './ExternalLink';
import type { Article } from '../utils/core/extract/types';
import { formatLongDate, parsePublishedDate } from '../utils/core/format/dates';
import type { CalendarDate } from '../utils/core/format/dates';
import { t, uiLanguage } from '../utils/i18n';
import { safeHref } from '../utils/core/sanitize/sanitize';

export interface SourceLineProps {
  article: Article;
}

/** Who really published the story, where it was read, when, and how long it takes: "Business Insider, via Daily8, 6 June 2025, 3 min read". */
export function SourceLine({ article }: SourceLineProps) {
  // No outlet established: say so (never the aggregator's name in its place), with the original's link when known.
  const sourceName = article.source?.name?.trim() || null;
  const sourceHref = safeHref(article.source ? article.source.url : (article.originalUrl ?? null));
  const aggregatorName = article.aggregator?.name ?? null;
  const showAggregator = aggregatorName !== null && (sourceName === null || !sameOutlet(aggregatorName, sourceName));
  const date = parsePublishedDate(article.publishedTime);
  // A teaser page shows only the start of the story: say so, with the way to the rest.
  const teaserHref = safeHref(article.teaser?.href ?? null);
  const minutes = Math.max(1, Math.round(article.readingMinutes || 1));

  const name = sourceName ? (
    <span data-testid="source-name">{sourceName}</span>
  ) : (
    <span class="source-line__unknown" data-testid="source-unknown">
      {t('sourceUnknown')}
    </span>
  );
  return (
    <p class="source-line" data-testid="source-line">
      {sourceHref ? (
        <ExternalLink class="source-line__source" data-testid="source-link" href={sourceHref} title={t('sourceLinkTitle')}>
          {name}
        </ExternalLink>
      ) : (
        <span class="source-line__source">{name}</span>
      )}
      {showAggregator && (
        <>
          {`, ${t('sourceVia')} `}
          <span data-testid="aggregator-name">{aggregatorName}</span>
        </>
      )}
      {date && (
        <>
          {', '}
          <time dateTime={article.publishedTime ?? undefined}>{dateInUiLanguage(date)}</time>
        </>
      )}
      {', '}
      {t('readingMinutes', minutes)}
      {teaserHref && (
        <span class="source-line__teaser" data-testid="teaser">
          {' '}
          {t('teaserNotice')}{' '}
          <ExternalLink href={teaserHref} data-testid="teaser-link">
            {t('teaserLink')}
          </ExternalLink>
        </span>
      )}
    </p>
  );
}

function sameOutlet(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

/** The date as the interface's language writes it; English keeps the house style "6 June 2025". */
function dateInUiLanguage(date: CalendarDate): string {
  const lang = uiLanguage();
  if (/^en\b/i.test(lang)) return formatLongDate(date);
  try {
    // A month or day may be unknown: show only what the article gave.
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (date.month !== null) options.month = 'long';
    if (date.month !== null && date.day !== null) options.day = 'numeric';
    return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)));
  } catch {
    return formatLongDate(date);
  }
}
