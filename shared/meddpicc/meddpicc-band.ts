import { PlaybookError, type MeddpiccBand } from '../types';

/**
 * The qualification band for a MEDDPICC total (playbook §2): 20-24 Strong,
 * 15-19 Gaps, 10-14 At risk, 8-9 Unqualified.
 *
 * @throws PlaybookError when the total is not a whole number from 8 to 24
 * @example
 * meddpiccBand(17) // => 'gaps'
 */
export function meddpiccBand(total: number): MeddpiccBand {
  if (!Number.isInteger(total) || total < 8 || total > 24) {
    throw new PlaybookError(`MEDDPICC total must be a whole number from 8 to 24 (got ${total})`);
  }
  if (total >= 20) return 'strong';
  if (total >= 15) return 'gaps';
  if (total >= 10) return 'atRisk';
  return 'unqualified';
}
