import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../shared/ingest/parse-day';
import { PlaybookError } from '../../../shared/types';

// Hand calculation: 1970..2025 is 56 years with 14 leap years (1972..2024),
// so 2026-01-01 is 56 * 365 + 14 = 20454 days after 1970-01-01 (also the
// value shared/types.ts gives for DayNumber).
const JAN_1_2026 = 20454;

describe('parseDay', () => {
  it('reads ISO dates arithmetically', () => {
    expect(parseDay('2026-01-01')).toBe(JAN_1_2026);
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('1969-12-31')).toBe(-1);
    // 2024 is a leap year: Feb 29 exists and Mar 1 is one day later.
    expect(parseDay('2024-03-01')! - parseDay('2024-02-29')!).toBe(1);
    // 2026-03-03: Jan 31 + Feb 28 days + 2 = 61 days after Jan 1.
    expect(parseDay('2026-03-03')).toBe(JAN_1_2026 + 61);
  });

  it('drops the time and offset of ISO date-times, keeping the date as written', () => {
    expect(parseDay('2026-01-01T23:59:59Z')).toBe(JAN_1_2026);
    expect(parseDay('2026-01-01T23:30:00-05:00')).toBe(JAN_1_2026);
    expect(parseDay('2026-01-01 08:15')).toBe(JAN_1_2026);
    expect(parseDay('2026-01-01T08:15:00.123+08:00')).toBe(JAN_1_2026);
  });

  it('reads year-first dates with slashes, dots, single digits and Chinese units', () => {
    expect(parseDay('2026/01/01')).toBe(JAN_1_2026);
    expect(parseDay('2026/1/1')).toBe(JAN_1_2026);
    expect(parseDay('2026.01.01')).toBe(JAN_1_2026);
    expect(parseDay('2026-1-1')).toBe(JAN_1_2026);
    expect(parseDay('2026年1月1日')).toBe(JAN_1_2026);
    expect(parseDay('20260101')).toBe(JAN_1_2026);
    expect(parseDay(20260101)).toBe(JAN_1_2026);
  });

  // Sheets serials count days from 1899-12-30; 1970-01-01 is serial 25569,
  // so 2026-01-01 is 25569 + 20454 = 46023.
  it('reads Sheets serial numbers, as numbers or digit text, dropping the time fraction', () => {
    expect(parseDay(46023)).toBe(JAN_1_2026);
    expect(parseDay('46023')).toBe(JAN_1_2026);
    expect(parseDay(46023.75)).toBe(JAN_1_2026);
    expect(parseDay(25569)).toBe(0);
    // Serial 2 is 1900-01-01, the first day of the years dates may have.
    expect(parseDay(2)).toBe(-25567);
    expect(() => parseDay(1)).toThrow(/between 2 and/);
  });

  it('reads Date objects by their local calendar fields', () => {
    // Local midnight, as Apps Script hands a date cell when the script and
    // sheet time zones agree: the calendar day is kept whatever the offset.
    expect(parseDay(new Date(2026, 0, 1))).toBe(JAN_1_2026);
    expect(parseDay(new Date(2026, 0, 1, 23, 59))).toBe(JAN_1_2026);
    expect(parseDay(new Date(2026, 11, 31))).toBe(JAN_1_2026 + 364);
  });

  it('reads year-last dates with the given order', () => {
    // 3 April 2026 = Jan 1 + 31 + 28 + 31 + 2 = day 92 of the year (0-based);
    // 4 March 2026 = Jan 1 + 31 + 28 + 3 = day 62.
    expect(parseDay('03/04/2026', { dateOrder: 'DMY' })).toBe(JAN_1_2026 + 92);
    // 4 March 2026 = Jan 1 + 31 + 28 + 3.
    expect(parseDay('03/04/2026', { dateOrder: 'MDY' })).toBe(JAN_1_2026 + 62);
    expect(parseDay('3.4.2026', { dateOrder: 'DMY' })).toBe(JAN_1_2026 + 92);
    expect(parseDay('03-04-2026', { dateOrder: 'MDY' })).toBe(JAN_1_2026 + 62);
    expect(parseDay('1/1/2026 10:30 AM', { dateOrder: 'MDY' })).toBe(JAN_1_2026);
  });

  it('reads a year-last date without an order when one part cannot be a month', () => {
    // 25 December 2026 = Jan 1 + 364 − 6 = day 358 (Dec 31 is day 364)
    expect(parseDay('25/12/2026')).toBe(JAN_1_2026 + 358);
    expect(parseDay('12/25/2026')).toBe(JAN_1_2026 + 358);
  });

  it('asks for dateOrder when a year-last date fits both orders', () => {
    expect(() => parseDay('03/04/2026')).toThrow(/pass dateOrder MDY or DMY/);
    expect(() => parseDay('03/04/2026')).toThrow(PlaybookError);
  });

  it('rejects year-last dates under dateOrder YMD', () => {
    expect(() => parseDay('03/04/2026', { dateOrder: 'YMD' })).toThrow(/year last/);
    expect(parseDay('2026/04/03', { dateOrder: 'YMD' })).toBe(JAN_1_2026 + 92);
  });

  it('reads English month names', () => {
    expect(parseDay('1 Jan 2026')).toBe(JAN_1_2026);
    expect(parseDay('01-Jan-2026')).toBe(JAN_1_2026);
    expect(parseDay('January 1, 2026')).toBe(JAN_1_2026);
    expect(parseDay('Jan 1st, 2026')).toBe(JAN_1_2026);
    expect(parseDay('Thu, Jan 1, 2026')).toBe(JAN_1_2026);
    // 1 September = Jan 1 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 = day 243
    expect(parseDay('1 Sept 2026')).toBe(JAN_1_2026 + 243);
  });

  it('returns null for blanks', () => {
    expect(parseDay('')).toBeNull();
    expect(parseDay('   ')).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay(undefined)).toBeNull();
  });

  it('rejects two-digit years instead of guessing the century', () => {
    expect(() => parseDay('03/04/26', { dateOrder: 'MDY' })).toThrow(/two-digit year/);
  });

  it('rejects dates that do not exist and text that is not a date', () => {
    expect(() => parseDay('2026-02-29')).toThrow(/month 2 has no day 29/);
    expect(() => parseDay('2026-13-01')).toThrow(/no month 13/);
    expect(() => parseDay('31/31/2026')).toThrow(PlaybookError);
    expect(() => parseDay('31/02/2026', { dateOrder: 'DMY' })).toThrow(/no day 31/);
    expect(() => parseDay('soon')).toThrow('parseDay: "soon" is not a date');
    expect(() => parseDay('Janx 1, 2026')).toThrow(/not a date/);
    expect(() => parseDay(true)).toThrow(/not a date/);
    expect(() => parseDay(new Date(Number.NaN))).toThrow(/invalid/);
    expect(() => parseDay(-5)).toThrow(/between 2 and/);
    expect(() => parseDay(3000000)).toThrow(/between 2 and/);
  });
});
