import { isBlank } from '../../../shared/ingest/cell-text';
import { dateTime, isoDate } from './date-cell';

/**
 * A cell value as an error message shows it: text in quotes, dates as
 * YYYY-MM-DD, booleans as TRUE/FALSE, empty cells as `blank`.
 *
 * @example
 * describeValue('abc') // => '"abc"'
 * describeValue(25) // => '25'
 */
export function describeValue(value: unknown): string {
  if (isBlank(value)) return 'blank';
  const time = dateTime(value);
  if (time !== undefined) return Number.isNaN(time) ? 'an invalid date' : isoDate(time);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return `a range of ${value.length} rows`;
  return String(value);
}
