import { parseAmount } from '../../../shared/index';
import { formulaError } from './formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';

/** Limits for `readNumber`. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** How the rule reads in an error message, e.g. `a number of 0 or more`. */
  readonly expected: string;
}

/** An amount (deal value, pipeline, quota won): any number of 0 or more. */
export const AMOUNT: NumberRule = { min: 0, expected: 'an amount of 0 or more' };

/** A count (deals, contacts, opens): a whole number of 0 or more. */
export const COUNT: NumberRule = { min: 0, integer: true, expected: 'a whole number of 0 or more' };

/**
 * A numeric cell for a custom function, read with the shared `parseAmount`
 * (numbers, `$1,200`, `12k`, `15%`...), or `null` for a blank cell.
 *
 * @throws Error naming the formula, argument, row and value when the cell is
 *   not a number or breaks the rule
 * @example
 * readNumber('COVERAGE_RATIO', 'quota', undefined, '1,200,000', { min: 0, expected: 'a number' }) // => 1200000
 */
export function readNumber(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
  rule: NumberRule,
): number | null {
  if (isBlank(value)) return null;
  let number: number | null = Number.NaN;
  if (typeof value === 'number' || typeof value === 'string') {
    try {
      number = parseAmount(value);
    } catch {
      number = Number.NaN;
    }
  }
  const ok =
    number !== null &&
    Number.isFinite(number) &&
    (rule.min === undefined || number >= rule.min) &&
    (rule.max === undefined || number <= rule.max) &&
    (!rule.integer || Number.isInteger(number));
  if (!ok) throw formulaError(fn, arg, row, value, rule.expected);
  return number;
}
