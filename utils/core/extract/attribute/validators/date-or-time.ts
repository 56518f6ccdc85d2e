import { isRelativeTime } from '../../patterns';
import type { Validator } from '../types';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "June 6, 2025", "6 June 2025", "2025-06-06", "06/06/2025", "Updated 3:45 PM", "Published 2 hours ago". */
const DATE_LIKE = new RegExp(
  `^(?:(?:updated|published|posted|modified)\\b.*|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?.*|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?.*|\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}.*|\\d{1,2}:\\d{2}\\s*(?:am|pm)?.*)$`,
  'i',
);

/** A full date after the name: "Russian Defense Ministry, October 25, 2019" cites a statement, it credits no outlet. */
const DATED_NAME = new RegExp(`,\\s*(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)\\.?$`, 'i');

/** Never a date or a relative time ("3 hours ago"), nor a name dated as a cited statement. */
export const notDateOrTime: Validator = {
  name: 'not-date-or-time',
  check(candidate) {
    const name = candidate.name?.trim();
    if (name && DATED_NAME.test(name)) return null;
    return name && (isRelativeTime(name) || DATE_LIKE.test(name)) ? { ...candidate, name: null } : candidate;
  },
};
