import { monthIndex } from '../../../shared/analysis/month-index';
import { monthLabel } from '../../../shared/analysis/month-label';
import { type Period, parsePeriod } from '../../../shared/snapshots/parse-period';
import type { DayNumber } from '../../../shared/types';

/**
 * The calendar month, quarter or year that contains `asOf` (both ends
 * included), read with the shared `parsePeriod`: the period whose won deals
 * count against the quota (playbook §4).
 *
 * @example
 * quotaPeriod(20_780, 'quarter') // 2026-11-23 => { label: '2026-Q4', start: 20_727, end: 20_818 }
 */
export function quotaPeriod(asOf: DayNumber, period: 'month' | 'quarter' | 'year'): Period {
  const month = monthLabel(monthIndex(asOf));
  const year = month.slice(0, 4);
  const label =
    period === 'month'
      ? month
      : period === 'year'
        ? year
        : `${year}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
  return parsePeriod(label, 'quotaPeriod');
}
