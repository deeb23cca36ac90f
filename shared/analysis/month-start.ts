import type { DayNumber } from '../types';

/**
 * The first day of a month index (see `monthIndex`) as a day number; the
 * month's last day is `monthStart(index + 1) - 1`.
 *
 * @example
 * monthStart(24312) // => 20454 (2026-01-01)
 */
export function monthStart(index: number): DayNumber {
  const year = Math.floor(index / 12);
  return Date.UTC(year, index - year * 12, 1) / 86_400_000;
}
