import { weightedAmount } from '../../../shared/pipeline/weighted-pipeline';
import { eachRow } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { AMOUNT, readNumber } from '../lib/read-number';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';
import { STAGE_WITH_AMOUNT } from '../lib/localize-error';

/**
 * Weighted pipeline = sum of open amount x stage probability (playbook §4). Example: =WEIGHTED_PIPELINE(E2:E, D2:D)
 * @param {number[][]} amounts Deal amounts, one per row.
 * @param {string[][]} stages Deal stages, same rows.
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {number} Weighted amount.
 * @customfunction
 */
export function WEIGHTED_PIPELINE(
  amounts: unknown,
  stages: unknown,
  stage_table?: unknown,
): number {
  const fn = 'WEIGHTED_PIPELINE';
  const table = readStageTable(fn, stage_table);
  // Summed row by row as it is read: no object per deal, no copy of the column.
  let total = 0;
  eachRow(fn, 'amounts stages', [amounts, stages], (cells, row) => {
    const amount = readNumber(fn, 'amounts', row, cells[0], AMOUNT);
    // `readStage` is null only for a blank cell: fine on a blank row, not beside an amount.
    const stage = readStage(fn, 'stages', row, cells[1], table);
    if (stage) total += weightedAmount(amount, stage);
    else if (amount !== null) {
      throw formulaError(fn, 'stages', row, cells[1], STAGE_WITH_AMOUNT);
    }
  });
  return total;
}
