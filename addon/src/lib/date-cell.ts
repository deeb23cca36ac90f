/**
 * A date cell as a custom function receives it, made safe for the shared
 * date parsing. Sheets passes a date as a `Date` at midnight in the
 * spreadsheet's time zone, and a custom function cannot ask which zone that
 * is (it may use no service); rounding to the nearest UTC midnight recovers
 * the calendar day the cell shows for every zone from UTC-11 to UTC+11.
 * Other values (text dates, date numbers) pass through unchanged.
 *
 * @example
 * // a cell showing 2026-11-23 in Asia/Shanghai arrives as 2026-11-22T16:00:00Z
 * dateCell(new Date('2026-11-22T16:00:00Z')) // => '2026-11-23'
 */
export function dateCell(value: unknown): unknown {
  if (Object.prototype.toString.call(value) !== '[object Date]') return value;
  const time = (value as Date).getTime();
  if (Number.isNaN(time)) return value;
  const day = Math.round(time / 86_400_000);
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
