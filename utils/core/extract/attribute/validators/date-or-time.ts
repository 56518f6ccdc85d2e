import { isRelativeTime } from '../../patterns';
import type { Validator } from '../types';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "June 6, 2025", "6 June 2025", "2025-06-06", "06/06/2025", "Updated 3:45 PM", "Published 2 hours ago". */
const DATE_LIKE = new RegExp(
  `^(?:(?:updated|published|posted|modified)\\b.*|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?.*|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?.*|\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}.*|\\d{1,2}:\\d{2}\\s*(?:am|pm)?.*)$`,
  'i',
);

/** Never a date or a relative time ("3 hours ago"). */
export const notDateOrTime: Validator = {
  name: 'not-date-or-time',
  check(candidate) {
    const name = candidate.name?.trim();
    return name && (isRelativeTime(name) || DATE_LIKE.test(name)) ? { ...candidate, name: null } : candidate;
  },
};
