import { meddpiccTotal, parseMeddpiccScores } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';

/**
 * MEDDPICC total of a deal: the sum of its eight element scores (1 unknown, 2 partly known,
 * 3 confirmed; a blank score counts as 1), so 8 to 24. Example: =MEDDPICC(K2:R2), or
 * =MEDDPICC(K2:R) for the whole column (rows with all eight cells blank stay blank).
 *
 * @param {number[][]} scores Eight scores in MEDDPICC order (Metrics, Economic buyer, Decision criteria, Decision process, Paper process, Identify pain, Champion, Competition), or a range of such rows.
 * @return {number} The total 8-24, or a column of totals.
 * @customfunction
 */
export function MEDDPICC(scores: unknown): Spill<number | ''> {
  return byRow('MEDDPICC', [{ name: 'scores', value: scores, width: 8 }], ([cells], row) => {
    const values = cells as unknown[];
    if (row !== undefined && values.every(isBlank)) return '';
    return meddpiccTotal(parseMeddpiccScores(values, 'MEDDPICC', row));
  });
}
