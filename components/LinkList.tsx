import type { ComponentChildren } from 'preact';
import { CountedLabel } from './CountedLabel';
import { ExternalLink } from './ExternalLink';
import type { ArticleLink } from '../utils/core/extract/types';
import { bareHostOf } from '../utils/core/domain/hosts';
import { t } from '../utils/i18n';
import { safeHref } from '../utils/core/sanitize/sanitize';

export interface LinkListProps {
  links: ArticleLink[];
}

/** The links the article itself cites, in reading order, each with its site so the reader knows where it goes. */
export function LinkList({ links }: LinkListProps) {
  const items = linksToShow(links).map((link) => ({
    ...link,
    text: link.text || link.href,
    after: <span class="link-list__host">{bareHostOf(link.href)}</span>,
  }));
  return <LinkPanel kind="section" headingId="outbound-links-heading" heading={t('linksHeading')} testId="outbound-links" items={items} />;
}

export interface ShownLink {
  text: string;
  href: string;
  /** Shown after the link, on its line. */
  after?: ComponentChildren;
}

/** Links whose address the popup may open (http, https), with their text trimmed. */
export function linksToShow(links: ArticleLink[]): ShownLink[] {
  return links.map((link) => ({ text: link.text.trim(), href: safeHref(link.href) })).filter((link): link is ShownLink => link.href !== null);
}

interface LinkPanelProps {
  /** A section of the article's page, or a navigation block of its own. */
  kind: 'section' | 'nav';
  headingId: string;
  heading: string;
  testId: string;
  items: ShownLink[];
}

/** A numbered list of outward links under a heading that counts them; nothing when there are none. */
export function LinkPanel({ kind, headingId, heading, testId, items }: LinkPanelProps) {
  if (items.length === 0) return null;
  const Wrapper = kind;
  return (
    <Wrapper class={kind === 'section' ? 'panel' : 'page-links'} aria-labelledby={headingId}>
      <h2 class="panel__heading" id={headingId}>
        <CountedLabel label={heading} count={items.length} />
      </h2>
      <ol class="link-list" data-testid={testId}>
        {items.map((link) => (
          <li key={link.href}>
            <ExternalLink href={link.href}>{link.text}</ExternalLink>
            {link.after}
          </li>
        ))}
      </ol>
    </Wrapper>
  );
}
