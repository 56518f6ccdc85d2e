import type { ArticleLink } from '../utils/core/extract/types';
import { t } from '../utils/i18n';
import { safeHref } from '../utils/core/sanitize/sanitize';

export interface PageLinksProps {
  links: ArticleLink[];
}

/** On a page with no article of its own: the page's story links, so the click still leads somewhere. */
export function PageLinks({ links }: PageLinksProps) {
  const items = links
    .map((link) => ({ text: link.text.trim(), href: safeHref(link.href) }))
    .filter((link): link is { text: string; href: string } => link.href !== null && /^https?:/i.test(link.href) && link.text.length > 0);
  if (items.length === 0) return null;
  return (
    <nav class="page-links" aria-labelledby="page-links-heading">
      <h2 class="panel__heading" id="page-links-heading">
        {t('pageLinksHeading')} <span class="count">({items.length})</span>
      </h2>
      <ol class="link-list" data-testid="page-links">
        {items.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
              {link.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
