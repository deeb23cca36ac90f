import type { DayNumber } from '../types';

/**
 * A day number (UTC days since 1970-01-01) written as `YYYY-MM-DD`.
 *
 * @param day - the day number
 * @returns the date text
 * @example
 * dayToIso(20_454) // => '2026-01-01'
 */
export function dayToIso(day: DayNumber): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
