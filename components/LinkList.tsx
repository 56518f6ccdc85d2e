import type { ArticleLink } from '../utils/core/extract/types';
import { t } from '../utils/i18n';
import { safeHref } from '../utils/core/sanitize/sanitize';

export interface LinkListProps {
  links: ArticleLink[];
}

/** The links the article itself cites, in reading order, each with its site so the reader knows where it goes. */
export function LinkList({ links }: LinkListProps) {
  const items = links
    .map((link) => ({ text: link.text.trim(), href: safeHref(link.href) }))
    .filter((link): link is { text: string; href: string } => link.href !== null);
  if (items.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="outbound-links-heading">
      <h2 class="panel__heading" id="outbound-links-heading">
        {t('linksHeading')} <span class="count">({items.length})</span>
      </h2>
      <ol class="link-list" data-testid="outbound-links">
        {items.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
              {link.text || link.href}
            </a>
            <span class="link-list__host">{hostOf(link.href)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
