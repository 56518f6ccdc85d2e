import { fingerprint } from '../domain/fingerprint';
import { parsePublishedDate } from '../format/dates';
import { escapeMarkdown } from '../format/md-escape';
import type { HighlightRecord } from './record';

/**
 * The reader's highlights as text to paste or files to keep: Markdown quotes
 * with their notes followed by the citation, and a CSL-JSON item (the format
 * Zotero, Pandoc and citeproc read) whose `note` carries the highlights.
 */

export interface ExportLabels {
  /** Word before a note, in the interface's language ("Note"). */
  note: string;
}

/** One highlight as a Markdown block quote (every line quoted), then its note as a paragraph. */
function quoteBlock(exact: string, note: string, labels: ExportLabels): string {
  const lines = exact
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `> ${escapeMarkdown(line, true)}`);
  const block = lines.join('\n>\n');
  const remark = note.replace(/\s+/g, ' ').trim();
  return remark ? `${block}\n\n${labels.note}: ${escapeMarkdown(remark)}` : block;
}

/**
 * The highlights, in the order given (the caller puts them in reading order),
 * each as a quote with its note, then the citation (already Markdown).
 */
export function formatHighlightsMarkdown(
  highlights: ReadonlyArray<{ exact: string; note: string }>,
  citationMarkdown: string,
  labels: ExportLabels,
  heading?: string,
): string {
  const parts: string[] = [];
  if (heading) parts.push(`# ${escapeMarkdown(heading.replace(/\s+/g, ' ').trim(), true)}`);
  for (const h of highlights) parts.push(quoteBlock(h.exact, h.note, labels));
  if (citationMarkdown.trim()) parts.push(citationMarkdown.trim());
  return `${parts.join('\n\n')}\n`;
}

/** CSL date-parts of a calendar day in `timeZone` (default UTC, so output never depends on the machine). */
export function cslDay(date: Date, timeZone = 'UTC'): { 'date-parts': number[][] } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const pick = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { 'date-parts': [[pick('year'), pick('month'), pick('day')]] };
}

export interface CslHighlightsItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  URL: string;
  accessed: { 'date-parts': number[][] };
  issued?: { 'date-parts': number[][] };
  archive?: string;
  archive_location?: string;
  note: string;
}

/**
 * The article as one CSL-JSON item with the highlights in `note`: each quote
 * in quotation marks, its note after a dash, one per paragraph. The archived
 * copy, when the reader added one, goes in `archive_location`.
 */
export function highlightsCslItem(
  record: HighlightRecord,
  options: { accessedAt: Date; timeZone?: string; publishedTime?: string | null; labels: ExportLabels },
): CslHighlightsItem {
  const note = record.highlights
    .map((h) => {
      const quote = `“${h.selector.exact.replace(/\s+/g, ' ').trim()}”`;
      const remark = h.note.replace(/\s+/g, ' ').trim();
      return remark ? `${quote} — ${options.labels.note}: ${remark}` : quote;
    })
    .join('\n\n');
  const item: CslHighlightsItem = {
    id: cslId(record.url),
    type: 'article-newspaper',
    title: record.title,
    URL: record.url,
    accessed: cslDay(options.accessedAt, options.timeZone),
    note,
  };
  if (record.outlet) item['container-title'] = record.outlet;
  const published = parsePublishedDate(options.publishedTime ?? null);
  if (published) {
    item.issued = {
      'date-parts': [[published.year, ...(published.month ? [published.month] : []), ...(published.month && published.day ? [published.day] : [])]],
    };
  }
  if (record.archiveUrl) {
    item.archive = archiveName(record.archiveUrl);
    item.archive_location = record.archiveUrl;
  }
  return item;
}

function archiveName(url: string): string {
  return /^https?:\/\/(web\.)?archive\.org\//i.test(url) ? 'Internet Archive' : new URL(url).hostname;
}

/** A stable item id from the address: the same article always gets the same id. */
function cslId(url: string): string {
  return `highlights-${fingerprint(url).toString(36)}`;
}
