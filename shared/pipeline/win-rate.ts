import { PlaybookError } from '../types';

/**
 * Win rate (playbook §4): won / (won + lost), as a fraction 0..1. Works on
 * deal counts or on amounts (won amount, lost amount) alike. Open deals do
 * not count.
 *
 * @param won - won deals (or won amount)
 * @param lost - lost deals (or lost amount)
 * @returns the rate, or `null` when nothing is closed (no answer, not 0)
 * @throws PlaybookError when an input is negative or not a finite number
 * @example
 * winRate(3, 2) // => 0.6
 * winRate(0, 0) // => null
 */
export function winRate(won: number, lost: number): number | null {
  if (!(Number.isFinite(won) && won >= 0) || !(Number.isFinite(lost) && lost >= 0)) {
    throw new PlaybookError(
      `winRate: won and lost must be numbers of 0 or more (got won ${won}, lost ${lost})`,
    );
  }
  const closed = won + lost;
  return closed === 0 ? null : won / closed;
}
