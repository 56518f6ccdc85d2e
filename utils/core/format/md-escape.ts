/**
 * Escaping for the Markdown lines we write ourselves (citation lines, the
 * source line): every character that came from the article stays text, so a
 * headline like "*Breaking* [live]" is not turned into markup.
 */

/** Escapes Markdown specials in text. `lineStart`: the text begins a line, where #, >, -, + and "1." mean something. */
export function escapeMarkdown(text: string, lineStart = false): string {
  let out = text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (lineStart) {
    out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}

/** Percent-encodes what would end or break a Markdown link destination. */
export function linkDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
