import type { MeddpiccElement, MeddpiccScore } from '../types';
import { MEDDPICC_ELEMENTS } from './meddpicc-elements';

/**
 * The deal's gaps (playbook §2): the elements still scored 1 (unknown), in
 * MEDDPICC order.
 *
 * @example
 * meddpiccGaps([3, 1, 2, 2, 1, 3, 3, 3]) // => ['economicBuyer', 'paperProcess']
 */
export function meddpiccGaps(scores: readonly MeddpiccScore[]): MeddpiccElement[] {
  return MEDDPICC_ELEMENTS.filter((_, i) => scores[i] === 1);
}
