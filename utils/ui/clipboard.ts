import type { FormatContext } from '../core/format/context';

/**
 * What the copy menu needs from the browser, behind one interface so the
 * component can be tested without a real clipboard.
 */
export interface CopyEnvironment {
  /** Puts plain text on the clipboard; rejects when the browser refuses. */
  writeText(text: string): Promise<void>;
  /** Puts HTML with a plain-text alternative on the clipboard (for pasting into editors). */
  writeRich(html: string, text: string): Promise<void>;
  /** Saves `text` as a file through the browser's download prompt. */
  download(fileName: string, text: string, mimeType: string): void;
  /** The formatters' context for this copy: access date now, the page's HTML parser. */
  formatContext(): FormatContext;
}

/** The copy environment of an extension page's window. */
export function createBrowserCopyEnvironment(win: Window & typeof globalThis): CopyEnvironment {
  const timeZone = (() => {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  })();
  return {
    async writeText(text) {
      await win.navigator.clipboard.writeText(text);
    },
    async writeRich(html, text) {
      const Item = (win as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
      if (!Item || !win.navigator.clipboard.write) throw new Error('this browser cannot copy rich text');
      await win.navigator.clipboard.write([
        new Item({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    },
    download(fileName, text, mimeType) {
      const doc = win.document;
      const url = win.URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      link.click();
      link.remove();
      // The download has taken the blob by the next task; a minute is generous.
      win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
    },
    formatContext() {
      const parser = new win.DOMParser();
      return {
        accessedAt: new Date(),
        parseHtml: (html: string) => parser.parseFromString(html, 'text/html').body,
        ...(timeZone ? { timeZone } : {}),
      };
    },
  };
}

/** A file name for the article: its title in ASCII words, at most 80 characters. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${base || 'article'}.${extension}`;
}
