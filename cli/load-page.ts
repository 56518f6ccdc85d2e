import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * Turning saved pages into DOM documents for Node. Extraction runs on linkedom
 * (about 6x faster than jsdom on Zyte's pages, see README "Choosing a DOM");
 * the body is then sanitized by the allow-list walk over that same tree (run-page.ts).
 */

const CHARSET_SNIFF_BYTES = 4096;

/** Finds the page's declared charset in its first bytes (`<meta charset>` or `http-equiv`). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_SNIFF_BYTES)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Decodes page bytes as the page declares (a BOM wins), else as UTF-8. */
export function decodePageBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = sniffCharset(bytes);
  // Saved pages are often re-encoded as UTF-8 while their meta tag still names the old charset (a
  // browser's "save as", a scraper's store). Legacy text is almost never valid UTF-8 once it holds
  // any byte above 127, so valid UTF-8 with such bytes is read as UTF-8, whatever the tag says.
  if (declared && !/^utf-?8$/.test(declared) && holdsValidUtf8Text(bytes)) return new TextDecoder('utf-8').decode(bytes);
  if (declared) {
    try {
      // A page that says utf-16 in an ASCII-readable meta tag is really ASCII-compatible.
      const label = declared.startsWith('utf-16') ? 'utf-8' : declared;
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function holdsValidUtf8Text(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b > 0x7f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Reads a page file's bytes, gunzipping `.gz` files. */
export function unpackPageBytes(bytes: Uint8Array, fileName: string): Uint8Array {
  return fileName.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** Parses HTML into a linkedom document that the extraction core accepts. */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  // linkedom makes a text node of every character reference ("&#x4F86;&#x6E90;" is two nodes),
  // where a browser makes one node of the run: merged, so the core reads a line as the extension does.
  document.normalize();
  return document;
}
