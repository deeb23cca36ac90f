import { daysFromCivil } from '../ingest/days-from-civil';
import type { DayNumber } from '../types';

/**
 * The first day of a month index (see `monthIndex`) as a day number; the
 * month's last day is `monthStart(index + 1) - 1`. Counted with
 * `daysFromCivil`, so years 0-99 are those years (not 1900-1999 as `Date.UTC`
 * would make them).
 *
 * @example
 * monthStart(24312) // => 20454 (2026-01-01)
 */
export function monthStart(index: number): DayNumber {
  const year = Math.floor(index / 12);
  return daysFromCivil(year, index - year * 12 + 1, 1);
}
