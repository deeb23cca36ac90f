import type { DayNumber } from '../types';

/**
 * The calendar month (UTC) of a day as one integer, `year × 12 + month - 1`,
 * so consecutive months are consecutive numbers and sort correctly. Pure
 * integer arithmetic (no `Date` object), cheap enough to call once per deal.
 *
 * @param day - days since 1970-01-01
 * @returns the month index; 2026-01 is 24312
 * @example
 * monthIndex(20454) // => 24312 (2026-01-01)
 */
export function monthIndex(day: DayNumber): number {
  // Civil-from-days: shift the epoch to 0000-03-01 so leap days end each 400-year era.
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9; // 1..12
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
