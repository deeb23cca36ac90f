import { weightedPipeline } from '../../../shared/index';
import type { PipelineItem } from '../../../shared/types';
import { asList } from '../lib/as-list';
import { byRow } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { AMOUNT, readNumber } from '../lib/read-number';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Weighted pipeline = sum of open deals' amount x stage probability (playbook §4).
 * Example: =WEIGHTED_PIPELINE(E2:E, D2:D)
 *
 * @param {number[][]} amounts Deal amounts, one per row.
 * @param {string[][]} stages Deal stages, same rows.
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind that replace the default stages.
 * @return {number} The weighted amount.
 * @customfunction
 */
export function WEIGHTED_PIPELINE(
  amounts: unknown,
  stages: unknown,
  stage_table?: unknown,
): number {
  const fn = 'WEIGHTED_PIPELINE';
  const table = readStageTable(fn, stage_table);
  const rows = byRow(
    fn,
    [
      { name: 'amounts', value: amounts },
      { name: 'stages', value: stages },
    ],
    ([amountCell, stageCell], row): PipelineItem | null => {
      const amount = readNumber(fn, 'amounts', row, amountCell, AMOUNT);
      if (isBlank(stageCell)) {
        if (amount === null) return null;
        throw formulaError(fn, 'stages', row, stageCell, 'a stage name when the row has an amount');
      }
      return { amount, stage: readStage(fn, 'stages', row, stageCell, table)! };
    },
  );
  return weightedPipeline(asList(rows).filter((item): item is PipelineItem => item !== null));
}
