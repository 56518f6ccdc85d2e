/**
 * Calendar dates for citations. A published date is taken as the calendar date
 * written in the ISO string: for `...Z` that is the UTC date, for `...+02:00`
 * the publisher's own local date (the date printed on the article), for a bare
 * `2025-06-06` that day. Converting an offset time to UTC could move a late
 * evening story to the next day, which no reader of the original would see.
 * Nothing here ever produces a relative time.
 */

export interface CalendarDate {
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  /** 1-31, or null when only year and month are known. */
  day: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO_DATE = /^\s*([+-]?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads an ISO 8601 date or date-time; null when absent or not a real date. */
export function parsePublishedDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  const match = ISO_DATE.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = match[2] ? Number(match[2]) : null;
    const day = match[3] ? Number(match[3]) : null;
    if (year < 1 || year > 9999) return null;
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
    return { year, month, day };
  }
  // Not ISO after all (the contract says it is): accept what Date can read, as its UTC date.
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar date of an instant in a time zone (UTC unless told). */
export function calendarDateOf(instant: Date, timeZone = 'UTC'): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('accessedAt is not a valid date');
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  } catch {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Day month year with the month spelled out, for source lines: `6 June 2025`. */
export function formatLongDate(date: CalendarDate): string {
  if (date.month === null) return String(date.year);
  const month = MONTHS[date.month - 1];
  return date.day === null ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}
