import type { DayNumber } from '../../../shared/types';

const DAY = 86_400_000;

/**
 * The calendar month, quarter or year that contains `asOf` (UTC days, both
 * ends included): the period whose won deals count against the quota.
 *
 * @example
 * quotaPeriod(20_780, 'quarter') // 2026-11-23 => { start: 20_727 (2026-10-01), end: 20_818 (2026-12-31) }
 */
export function quotaPeriod(
  asOf: DayNumber,
  period: 'month' | 'quarter' | 'year',
): { start: DayNumber; end: DayNumber } {
  const date = new Date(asOf * DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const first = period === 'month' ? month : period === 'quarter' ? month - (month % 3) : 0;
  const length = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  return {
    start: Date.UTC(year, first, 1) / DAY,
    end: Date.UTC(year, first + length, 1) / DAY - 1,
  };
}
