import { PlaybookError } from '../types';
import { readNumber } from './read-number';

/**
 * Reads a money amount (or any number) the way people type it into a sheet:
 * - numbers as they are; blanks (`''`, `null`, `undefined`) → `null`;
 * - a currency symbol or code before or after: `$1,234.50`, `€ 1.234,50`,
 *   `¥12,000`, `12,000元`, `USD 900`;
 * - negatives as `-1200`, `$-1,200` or `(1,200)`;
 * - scale words: `12k` → 12000, `1.5M` → 1500000, `12万` → 120000;
 * - a trailing `%` divides by 100: `12%` → 0.12 (percent fields);
 * - separators: when both `,` and `.` appear the last one is the decimal
 *   mark (`1.234,50` and `1,234.50` are both 1234.5); spaces and apostrophes
 *   group thousands (`1 234,50` → 1234.5); a single `,` followed by exactly
 *   three digits groups thousands (`1,234` → 1234, the English reading),
 *   otherwise it is a decimal comma (`1,5` → 1.5); group sizes are checked,
 *   so `1,23` with a dot elsewhere or `12,34,5` is an error.
 *
 * @param value - a cell value
 * @returns the number, or `null` for a blank cell
 * @throws PlaybookError `parseAmount: "12 apples" is not a number`
 * @example
 * parseAmount('$1,234.50') // => 1234.5
 * parseAmount('(1,200)') // => -1200
 * parseAmount('12%') // => 0.12
 */
export function parseAmount(value: unknown): number | null {
  const reading = readNumber(value);
  if (typeof reading === 'string') throw new PlaybookError(`parseAmount: ${reading}`);
  return reading;
}
