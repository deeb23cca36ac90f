import type { MeddpiccScore } from '../types';

/**
 * MEDDPICC total (playbook §2): the sum of the eight scores, so 8..24.
 *
 * @example
 * meddpiccTotal([3, 3, 2, 2, 1, 3, 2, 1]) // => 17
 */
export function meddpiccTotal(scores: readonly MeddpiccScore[]): number {
  let total = 0;
  for (const score of scores) total += score;
  return total;
}
