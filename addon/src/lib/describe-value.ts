import { isBlank } from '../../../shared/ingest/cell-text';

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
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? 'an invalid date' : new Date(time).toISOString().slice(0, 10);
  }
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return `a range of ${value.length} rows`;
  return String(value);
}
