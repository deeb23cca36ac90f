/**
 * Days since 1970-01-01 of a proleptic Gregorian calendar date, computed
 * arithmetically (no `Date` object), after H. Hinnant's `days_from_civil`.
 * The caller has checked that the date exists.
 *
 * @param year - full year, e.g. 2026
 * @param month - 1..12
 * @param day - 1..31
 * @returns the DayNumber
 * @example
 * daysFromCivil(2026, 1, 1) // => 20454
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Number of days in a month of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
