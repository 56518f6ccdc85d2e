import { CountedLabel } from './CountedLabel';
import { ExternalLink } from './ExternalLink';
import type { RelatedItem } from '../utils/core/extract/types';
import { t } from '../utils/i18n';
import { safeHref } from '../utils/core/sanitize/sanitize';

export interface RelatedListProps {
  related: RelatedItem[];
  /** The page's address, for related links the page gave relative. */
  baseUrl: string;
}

/** The related-article feed that was cut from the page, folded away as plain links. */
export function RelatedList({ related, baseUrl }: RelatedListProps) {
  if (related.length === 0) return null;
  return (
    <details class="panel related" data-testid="related">
      <summary class="panel__heading">
        <CountedLabel label={t('relatedHeading')} count={related.length} />
      </summary>
      <ul class="related__list">
        {related.map((item, index) => {
          const href = safeHref(item.href, baseUrl);
          return (
            <li key={`${index}:${item.title}`}>
              {href ? <ExternalLink href={href}>{item.title}</ExternalLink> : <span>{item.title}</span>}
              {item.source && <span class="related__source">{item.source}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
