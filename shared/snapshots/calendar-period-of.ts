import { dayToIso } from '../ingest/day-to-iso';
import type { DayNumber } from '../types';
import { type Period, parsePeriod } from './parse-period';

/** The length of a calendar period. */
export type CalendarPeriodKind = 'month' | 'quarter' | 'year';

/**
 * The calendar month, quarter or year that contains a day, read with the
 * shared `parsePeriod`: the quota period of a coverage ratio (playbook §4) or
 * the default period of a waterfall (playbook §3).
 *
 * Cost: O(1).
 *
 * @param day - a day number
 * @param kind - the length of the period
 * @returns the period's label, first and last day (both included)
 * @example
 * calendarPeriodOf(20412, 'quarter') // 2025-11-20 => { label: '2025-Q4', start: 20362, end: 20453 }
 */
export function calendarPeriodOf(day: DayNumber, kind: CalendarPeriodKind): Period {
  const [year, month] = dayToIso(day).split('-');
  const label =
    kind === 'year'
      ? year
      : kind === 'month'
        ? `${year}-${month}`
        : `${year}-Q${Math.ceil(Number(month) / 3)}`;
  return parsePeriod(label, 'calendarPeriodOf');
}
