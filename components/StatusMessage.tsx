import type { ComponentChildren } from 'preact';

export type StatusTone = 'info' | 'warning' | 'error';

export interface StatusMessageProps {
  tone: StatusTone;
  title: string;
  message: string;
  /** Machine-readable reason (e.g. NO_ARTICLE, RESTRICTED), exposed for tests and bug reports. */
  code?: string;
  children?: ComponentChildren;
}

/** A calm message in place of the article: no article on the page, a page the browser forbids, or an error. */
export function StatusMessage({ tone, title, message, code, children }: StatusMessageProps) {
  return (
    <section class={`status status--${tone}`} data-testid="status" data-code={code} role={tone === 'error' ? 'alert' : 'status'}>
      <h1 class="status__title">{title}</h1>
      <p class="status__message">{message}</p>
      {children}
    </section>
  );
}
