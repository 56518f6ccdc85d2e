import type { ComponentChildren } from 'preact';

export interface ExternalLinkProps {
  /** Already checked by `safeHref`: only http(s) addresses reach a link. */
  href: string;
  class?: string;
  title?: string;
  'data-testid'?: string;
  children?: ComponentChildren;
}

/**
 * A link out of the extension: in a new tab, with no opener and no referrer,
 * so the page it opens learns neither the extension's address nor the article
 * the reader came from. Every outward link goes through here.
 */
export function ExternalLink({ href, children, ...rest }: ExternalLinkProps) {
  return (
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
      {children}
    </a>
  );
}
