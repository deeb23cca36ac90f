import { type DateOrder, type DayNumber, PlaybookError } from '../types';
import { readDay, SlashDate } from './read-day';

/** Options of `parseDay`. */
export interface ParseDayOptions {
  /** Order of year-last slash dates such as 03/04/2026. */
  readonly dateOrder?: DateOrder;
}

/**
 * Reads one cell as a calendar day (a DayNumber: whole UTC days since
 * 1970-01-01), accepting what Sheets and CSV exports hold:
 * - `Date` objects, read by their calendar fields (`getFullYear`,
 *   `getMonth`, `getDate`). In Apps Script these follow the script's time
 *   zone, which is the right reading of a date cell when the script and the
 *   sheet share a time zone (the add-on's default); a cell at local midnight
 *   in a UTC+8 sheet is then still that day, not the previous UTC day;
 * - Sheets serial numbers, as numbers or digit text: day 0 is 1899-12-30,
 *   so 46023 is 2026-01-01; a fraction is a time of day and is dropped;
 * - ISO dates and date-times (`2026-01-05`, `2026-01-05T23:00:00-05:00`):
 *   the date as written, the time and offset dropped; also `2026/1/5`,
 *   `2026.01.05`, `2026年1月5日` and `20260105`;
 * - year-last dates (`03/04/2026`, `03-04-2026`, `03.04.2026`), read with
 *   `dateOrder`; without it a date is accepted only when one part is above
 *   12 and so cannot be a month;
 * - English month names: `5 Jan 2026`, `5-Jan-2026`, `Jan 5, 2026`;
 * - blanks (`''`, `null`, `undefined`) → `null`.
 * Two-digit years (`03/04/26`) are rejected rather than guessed.
 *
 * @param value - a cell value
 * @param options - `dateOrder` for year-last slash dates
 * @returns the DayNumber, or `null` for a blank cell
 * @throws PlaybookError `parseDay: "31/31/2026" is not a calendar date ...`,
 *   or asking for `dateOrder` when a slash date is ambiguous
 * @example
 * parseDay('2026-01-01') // => 20454
 * parseDay(46023) // => 20454
 * parseDay('03/04/2026', { dateOrder: 'DMY' }) // => 20546 (3 April 2026)
 */
export function parseDay(value: unknown, options: ParseDayOptions = {}): DayNumber | null {
  const reading = readDay(value, options.dateOrder ?? null);
  if (typeof reading === 'string') throw new PlaybookError(`parseDay: ${reading}`);
  if (!(reading instanceof SlashDate)) return reading;
  const { first, second, year } = reading;
  const shown = String(value).trim();
  if (first > 12 && second <= 12) return parseDay(value, { dateOrder: 'DMY' });
  if (second > 12 && first <= 12) return parseDay(value, { dateOrder: 'MDY' });
  if (first > 12) throw new PlaybookError(`parseDay: "${shown}" is not a date`);
  throw new PlaybookError(
    `parseDay: "${shown}" could be ${first} ${monthName(second)} or ${second} ${monthName(first)} ${year}; pass dateOrder MDY or DMY`,
  );
}

function monthName(month: number): string {
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    month - 1
  ];
}
