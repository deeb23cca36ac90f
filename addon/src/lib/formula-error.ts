import { describeValue } from './describe-value';
import { whereRow } from './where-row';

/**
 * The error a custom function throws for a bad input. Sheets shows it as
 * `#ERROR!` with this message as the tooltip, so it names the formula, the
 * argument, the row within the range (when the argument is a range) and the
 * value.
 *
 * @param row - 1-based row within the argument's range; omit for a single value
 * @example
 * formulaError('MEDDPICC_BAND', 'total', 3, 'abc', 'a whole number from 8 to 24').message
 * // => 'MEDDPICC_BAND: total in row 3 must be a whole number from 8 to 24 (got "abc")'
 */
export function formulaError(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
  expected: string,
): Error {
  return new Error(
    `${fn}: ${arg}${whereRow(row)} must be ${expected} (got ${describeValue(value)})`,
  );
}
