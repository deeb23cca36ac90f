import { describe, expect, it } from 'vitest';
import { dayToIso } from '../../../shared/ingest/day-to-iso';
import { parseDay } from '../../../shared/ingest/parse-day';
import { calendarPeriodOf } from '../../../shared/snapshots/calendar-period-of';
import type { DayNumber } from '../../../shared/types';

const isoToDay = (iso: string) => parseDay(iso) as DayNumber;

const periodOf = (iso: string, kind: 'month' | 'quarter' | 'year') => {
  const period = calendarPeriodOf(isoToDay(iso), kind);
  return { label: period.label, start: dayToIso(period.start), end: dayToIso(period.end) };
};

describe('calendarPeriodOf', () => {
  it('gives the calendar quarter of a day, its first and last day included', () => {
    // Q4 runs from 1 October to 31 December.
    expect(periodOf('2025-11-20', 'quarter')).toEqual({
      label: '2025-Q4',
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(periodOf('2025-10-01', 'quarter').label).toBe('2025-Q4');
    expect(periodOf('2025-09-30', 'quarter').label).toBe('2025-Q3');
    expect(periodOf('2026-03-31', 'quarter').label).toBe('2026-Q1');
  });

  it('gives the calendar month, with 29 days in a leap February', () => {
    expect(periodOf('2024-02-10', 'month')).toEqual({
      label: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
  });

  it('gives the calendar year', () => {
    expect(periodOf('2025-12-31', 'year')).toEqual({
      label: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
    });
  });
});
