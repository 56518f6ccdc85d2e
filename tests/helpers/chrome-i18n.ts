/**
 * Chrome's `i18n.getMessage` over a `messages.json` catalog, for tests: named
 * `$placeholder$`s replaced by their `content`, `$1`..`$9` by the
 * substitutions, `$$` by `$`, and '' for an unknown key, as the browser does.
 */

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

export function renderMessage(catalog: Catalog, key: string, substitutions?: string | string[]): string {
  if (key === '@@bidi_dir') return 'ltr';
  if (key === '@@ui_locale') return 'en';
  const entry = catalog[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$\$/g, '\u0000')
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : positional(content);
    })
    .replace(/\u0000/g, '$');
}

/** The names of the placeholders a message uses, in order. */
export function placeholdersOf(entry: CatalogEntry): string[] {
  return [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase());
}
