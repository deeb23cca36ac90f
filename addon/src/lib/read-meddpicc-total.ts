import { readNumber } from './read-number';
import { TOTAL_8_24 } from './localize-error';

/**
 * A MEDDPICC total cell (8..24, playbook §2), or `null` when blank.
 *
 * @throws Error `MEDDPICC_BAND: total in row 3 must be a whole number from 8 to 24 (got 25)`
 */
export function readMeddpiccTotal(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
): number | null {
  return readNumber(fn, arg, row, value, [TOTAL_8_24, 8, 24, true]);
}
