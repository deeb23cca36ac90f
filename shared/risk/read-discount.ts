import { cellText, hasPercentSign } from '../ingest/cell-text';
import { type NumberReading, readNumber } from '../ingest/read-number';

/**
 * Reads a discount cell as a fraction, the one rule for every place that
 * reads discounts (playbook §5: never above 20%, so the check needs a
 * fraction):
 * - text with `%` is a percentage: `"25%"` → 0.25, `"0.5%"` → 0.005;
 * - a number above 1 is a percentage: `25` → 0.25 (also the text `"25"`);
 * - a number from 0 to 1 is a fraction: `0.25` → 0.25, `1` → 1 (100%);
 * - the result must lie from 0% to 100%.
 * Numbers are read like amounts (`readNumber`: separators, full-width digits).
 *
 * @param value - a cell value
 * @returns the fraction 0..1, `null` for a blank cell, or a string giving the
 *   reason the value is not a discount (the caller names the function and cell)
 * @example
 * readDiscount(25) // => 0.25
 * readDiscount('25%') // => 0.25
 * readDiscount(0.25) // => 0.25
 * readDiscount(150) // => 'discount must be between 0% and 100% (got 150)'
 */
export function readDiscount(value: unknown): NumberReading {
  const number = readNumber(value);
  if (number === null || typeof number === 'string') return number;
  // Moving the decimal point keeps 25 → exactly 0.25.
  const fraction = number > 1 && !hasPercentSign(value) ? Number(`${number}e-2`) : number;
  if (fraction >= 0 && fraction <= 1) return fraction;
  return `discount must be between 0% and 100% (got ${cellText(value)})`;
}
