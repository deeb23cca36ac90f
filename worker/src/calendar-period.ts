import { type Period, parsePeriod } from '../../shared/snapshots/parse-period';
import type { DayNumber } from '../../shared/types';
import { dayToIso } from './days';

/** How long a quota runs: the calendar month, quarter or year. */
export type QuotaPeriodKind = 'month' | 'quarter' | 'year';

/**
 * The calendar month, quarter or year that contains `asOf`: the period whose
 * won deals count against the quota (playbook §4, coverage).
 *
 * @param asOf - the day of the analysis
 * @param kind - the length of the quota period
 * @returns the period's label, first and last day (both included)
 * @example
 * quotaPeriodOf(20412, 'quarter') // 2025-11-20 => { label: '2025-Q4', start: 20362, end: 20453 }
 */
export function quotaPeriodOf(asOf: DayNumber, kind: QuotaPeriodKind): Period {
  const [year, month] = dayToIso(asOf).split('-');
  const label =
    kind === 'year'
      ? year
      : kind === 'month'
        ? `${year}-${month}`
        : `${year}-Q${Math.ceil(Number(month) / 3)}`;
  return parsePeriod(label, 'quotaPeriodOf');
}
