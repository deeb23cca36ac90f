import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../../shared/analysis/month-index';
import { monthLabel } from '../../../shared/analysis/month-label';
import { monthStart } from '../../../shared/analysis/month-start';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { PlaybookError } from '../../../shared/types';

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('month helpers', () => {
  it('agree with the calendar on month boundaries and leap days', () => {
    for (const iso of [
      '1970-01-01',
      '2024-02-29',
      '2024-03-01',
      '2026-01-31',
      '2026-12-31',
      '2100-03-01',
    ]) {
      expect(monthLabel(monthIndex(dayOf(iso)))).toBe(iso.slice(0, 7));
    }
    expect(monthIndex(dayOf('1969-12-31'))).toBe(1969 * 12 + 11);
  });

  it('matches every day of four years against Date', () => {
    // 2023-01-01 .. 2026-12-31 covers a leap year
    for (let day = dayOf('2023-01-01'); day <= dayOf('2026-12-31'); day++) {
      const date = new Date(day * 86_400_000);
      expect(monthIndex(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
    }
  });

  it('finds the first day of a month', () => {
    expect(monthStart(parseMonth('2026-01', 'test'))).toBe(20454);
    expect(monthStart(parseMonth('2026-03', 'test'))).toBe(dayOf('2026-03-01'));
    // Year 99 is year 99, not 1999 as Date.UTC(99, 0, 1) would make it;
    // reference: setUTCFullYear(99, 0, 1), which takes the year as given.
    const year99 = new Date(0);
    year99.setUTCFullYear(99, 0, 1);
    expect(monthStart(99 * 12)).toBe(year99.getTime() / 86_400_000);
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => parseMonth('2026-13', 'selfAssessment')).toThrow(PlaybookError);
    expect(() => parseMonth('March', 'selfAssessment')).toThrow(
      /selfAssessment: month must be YYYY-MM/,
    );
  });
});
