import { meddpiccTotal, parseMeddpiccScores } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';

/**
 * MEDDPICC total: eight scores of 1-3 summed, blank = 1 (playbook §2). Example: =MEDDPICC(K2:R2)
 * @param {number[][]} scores Eight scores in MEDDPICC order, or rows of them.
 * @return {number} Total 8-24.
 * @customfunction
 */
export function MEDDPICC(scores: unknown): Spill<number | ''> {
  const fn = 'MEDDPICC';
  return byRow(fn, 'scores:8', [scores], (cells, row) => {
    const values = cells[0] as unknown[];
    if (row !== undefined && values.every(isBlank)) return '';
    return meddpiccTotal(parseMeddpiccScores(values, fn, row));
  });
}
