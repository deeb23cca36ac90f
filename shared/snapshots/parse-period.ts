import { daysFromCivil } from '../ingest/days-from-civil';
import { type DayNumber, PlaybookError } from '../types';

/** A calendar period as first and last day (both inclusive). */
export interface Period {
  /** The period as written: `2026`, `2026-Q1` or `2026-03`. */
  readonly label: string;
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/**
 * First day of a month index (see `monthIndex`), by calendar arithmetic:
 * `Date.UTC` would read the years 0..99 as 1900..1999.
 */
const firstDay = (index: number): DayNumber => {
  const year = Math.floor(index / 12);
  return daysFromCivil(year, index - year * 12 + 1, 1);
};

/** `count` months from the month index `first` (see `monthIndex`). */
const months = (label: string, first: number, count: number): Period => ({
  label,
  start: firstDay(first),
  end: firstDay(first + count) - 1,
});

/**
 * Reads a forecast period: a year (`2026`), a quarter (`2026-Q1`) or a month
 * (`2026-03`), as its first and last day. Used for forecast accuracy and for
 * slipped deals (playbook §3, §4).
 *
 * @param text - the period as written
 * @param fn - the caller's name, which starts the error message
 * @returns the period's label, first and last day
 * @throws PlaybookError when the text is none of the three forms
 * @example
 * parsePeriod('2026-Q1', 'forecast') // => { label: '2026-Q1', start: 20454, end: 20543 }
 */
export function parsePeriod(text: string, fn: string): Period {
  const value = text.trim().toUpperCase();
  const match = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(value);
  if (!match) {
    throw new PlaybookError(
      `${fn}: period must be a year (2026), a quarter (2026-Q1) or a month (2026-03) (got "${text}")`,
    );
  }
  const january = Number(match[1]) * 12;
  if (match[2]) return months(value, january + (Number(match[2]) - 1) * 3, 3);
  if (match[3]) return months(value, january + Number(match[3]) - 1, 1);
  return months(value, january, 12);
}
