import { PlaybookError } from '../types';

/**
 * Average deal size (playbook §4): won amount / number of won deals.
 *
 * @param wonAmount - total amount of won deals
 * @param wonCount - number of won deals
 * @returns the average, or `null` when there are no won deals
 * @throws PlaybookError when the count is negative or an input is not finite
 * @example
 * averageDealSize(90_000, 3) // => 30000
 * averageDealSize(0, 0) // => null
 */
export function averageDealSize(wonAmount: number, wonCount: number): number | null {
  if (!Number.isFinite(wonAmount) || !(Number.isFinite(wonCount) && wonCount >= 0)) {
    throw new PlaybookError(
      `averageDealSize: won amount must be a number and won count 0 or more (got ${wonAmount}, ${wonCount})`,
    );
  }
  return wonCount === 0 ? null : wonAmount / wonCount;
}
