const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A date cell as a custom function receives it, made safe for the shared
 * date parsing. Sheets passes a date as the instant of that day's midnight in
 * the spreadsheet's time zone. A custom function reads only its arguments, so
 * it cannot ask for that zone, and the Date's local fields are in the
 * script's zone (the add-on's own, UTC), not the sheet's. What is certain is
 * the instant: midnight of day D in a zone `o` hours east of UTC is D - o.
 * Real zones run from UTC-12 to UTC+14, 26 hours, so one instant can be two
 * days (UTC-11 and UTC+13 meet); the window read here is UTC-10 (Hawaii) up
 * to UTC+14 (New Zealand summer, Tonga, Samoa and Chatham included; only
 * UTC-11, UTC-12 and UTC+14 fall outside). A cell with a time of day can land
 * on a neighbouring day: give such cells as dates (=INT(A2)).
 * Other values (text dates, date numbers) pass through unchanged.
 *
 * @example
 * // a cell showing 2026-11-23 in Asia/Shanghai arrives as 2026-11-22T16:00:00Z
 * dateCell(new Date('2026-11-22T16:00:00Z')) // => '2026-11-23'
 * // and in Pacific/Auckland (summer, UTC+13) as 2026-11-22T11:00:00Z
 * dateCell(new Date('2026-11-22T11:00:00Z')) // => '2026-11-23'
 */
export function dateCell(value: unknown): unknown {
  const time = dateTime(value);
  if (time === undefined || Number.isNaN(time)) return value;
  return isoDate(Math.ceil((time - 10 * HOUR) / DAY) * DAY);
}

/** The time of a Date (NaN for an invalid one, from any realm), or undefined for any other value. */
export const dateTime = (value: unknown): number | undefined =>
  Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : undefined;

/** The UTC day of a time as YYYY-MM-DD. */
export const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
