import { describe, expect, it } from 'vitest';
import { calendarDateOf, parsePublishedDate } from '../../utils/core/format/dates';

describe('parsePublishedDate', () => {
  it('takes the calendar date written in the ISO string', () => {
    expect(parsePublishedDate('2025-06-06T09:12:00Z')).toEqual({ year: 2025, month: 6, day: 6 });
    // 23:30 in New York is already 7 June in UTC; the publisher's date is the 6th.
    expect(parsePublishedDate('2025-06-06T23:30:00-04:00')).toEqual({ year: 2025, month: 6, day: 6 });
    expect(parsePublishedDate('2025-06-07T01:00:00+09:00')).toEqual({ year: 2025, month: 6, day: 7 });
    expect(parsePublishedDate('2025-06-06T09:12:00.123+0200')).toEqual({ year: 2025, month: 6, day: 6 });
    expect(parsePublishedDate('2025-06-06 09:12')).toEqual({ year: 2025, month: 6, day: 6 });
    expect(parsePublishedDate('2025-06')).toEqual({ year: 2025, month: 6, day: null });
    expect(parsePublishedDate('2025')).toEqual({ year: 2025, month: null, day: null });
  });

  it('refuses impossible and relative dates', () => {
    for (const bad of ['2025-13-01', '2025-02-29', '2025-04-31', '3 minutes ago', 'yesterday', '', null]) {
      expect(parsePublishedDate(bad)).toBeNull();
    }
    expect(parsePublishedDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads an RFC 2822 date as its UTC date when a source sends one', () => {
    expect(parsePublishedDate('Fri, 06 Jun 2025 23:30:00 -0400')).toEqual({ year: 2025, month: 6, day: 7 });
  });
});

describe('calendarDateOf', () => {
  it('uses UTC unless a zone is given, whatever the machine zone', () => {
    const instant = new Date('2026-11-30T02:00:00Z');
    expect(calendarDateOf(instant)).toEqual({ year: 2026, month: 11, day: 30 });
    expect(calendarDateOf(instant, 'America/Los_Angeles')).toEqual({ year: 2026, month: 11, day: 29 });
    expect(calendarDateOf(instant, 'Not/AZone')).toEqual({ year: 2026, month: 11, day: 30 });
  });

  it('refuses an invalid access date rather than printing "Invalid Date"', () => {
    expect(() => calendarDateOf(new Date('nope'))).toThrow(RangeError);
  });
});
