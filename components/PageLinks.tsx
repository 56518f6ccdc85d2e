import type { ArticleLink } from '../utils/core/extract/types';
import { t } from '../utils/i18n';
import { LinkPanel, linksToShow } from './LinkList';

export interface PageLinksProps {
  links: ArticleLink[];
}

/** On a page with no article of its own: the page's story links, so the click still leads somewhere. */
export function PageLinks({ links }: PageLinksProps) {
  // A story link with no words gives the reader nothing to choose by.
  const items = linksToShow(links).filter((link) => /^https?:/i.test(link.href) && link.text.length > 0);
  return <LinkPanel kind="nav" headingId="page-links-heading" heading={t('pageLinksHeading')} testId="page-links" items={items} />;
}
