import { parseAmount } from '../../../shared/index';
import { formulaError } from './formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { AMOUNT_0_UP, WHOLE_0_UP } from './localize-error';

// Bound once, not looked up per cell (a global name is slow where the global object is a proxy).
const { isFinite: finite, isInteger: whole } = Number;

/**
 * Limits for `readNumber`: how the rule reads in an error message (e.g. `a
 * number of 0 or more`), the least value, the greatest (default: none) and
 * whether it must be whole.
 */
export type NumberRule = readonly [expected: string, min: number, max?: number, integer?: boolean];

/** An amount (deal value, pipeline, quota won): any number of 0 or more. */
export const AMOUNT: NumberRule = [AMOUNT_0_UP, 0];

/** A count (deals, contacts, opens): a whole number of 0 or more. */
export const COUNT: NumberRule = [WHOLE_0_UP, 0, Infinity, true];

/**
 * A numeric cell for a custom function, read with the shared `parseAmount`
 * (numbers, `$1,200`, `12k`, `15%`...), or `null` for a blank cell.
 *
 * @throws Error naming the formula, argument, row and value when the cell is
 *   not a number or breaks the rule
 * @example
 * readNumber('COVERAGE_RATIO', 'quota', undefined, '1,200,000', ['a number', 0]) // => 1200000
 */
export function readNumber(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
  rule: NumberRule,
): number | null {
  // null: not a number. A number cell, the common case, is its own value
  // (NaN and Infinity fail the check below).
  let number: number | null = null;
  if (typeof value === 'number') number = value;
  else if (isBlank(value)) return null;
  else if (typeof value === 'string') {
    try {
      number = parseAmount(value);
    } catch {
      number = null;
    }
  }
  const [expected, min, max = Infinity, integer] = rule;
  const ok =
    number !== null &&
    finite(number) &&
    number >= min &&
    number <= max &&
    (!integer || whole(number));
  if (!ok) throw formulaError(fn, arg, row, value, expected);
  return number;
}
