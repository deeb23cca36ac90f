import { daysFromCivil, daysInMonth } from '../../shared/ingest/days-from-civil';
import { ProblemError } from './problem';

/** First and last year a request date may name, as the request schemas allow. */
const MIN_REQUEST_YEAR = 1900;
const MAX_REQUEST_YEAR = 9999;

/**
 * Reads a request date `YYYY-MM-DD` as a day number (UTC days since
 * 1970-01-01), computed arithmetically (no `Date.UTC`, which reads years
 * 0–99 as 1900–1999). Refuses impossible dates such as 2026-02-30 and years
 * before 1900.
 *
 * @param text - the date as sent
 * @param field - the request field, named in the problem
 * @returns the day number
 * @throws ProblemError `invalidRequest` (400) naming the field
 * @example
 * isoToDay('2026-01-01', 'asOf') // => 20454
 */
export function isoToDay(text: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (
      year >= MIN_REQUEST_YEAR &&
      year <= MAX_REQUEST_YEAR &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    ) {
      return daysFromCivil(year, month, day);
    }
  }
  const message = `${field} must be a date written YYYY-MM-DD between ${MIN_REQUEST_YEAR}-01-01 and ${MAX_REQUEST_YEAR}-12-31`;
  throw new ProblemError('invalidRequest', message, [
    { field, value: text, message: `${message} (got "${text}")` },
  ]);
}

export { dayToIso } from '../../shared/ingest/day-to-iso';
