import { byRow, type Spill } from '../lib/by-row';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Win probability of a stage, 0-1 (playbook §1). Example: =STAGE_PROBABILITY(D2:D)
 * @param {string} stage Stage name (English, Chinese or an alias).
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {number} Probability.
 * @customfunction
 */
export function STAGE_PROBABILITY(stage: unknown, stage_table?: unknown): Spill<number | ''> {
  const fn = 'STAGE_PROBABILITY';
  const table = readStageTable(fn, stage_table);
  return byRow(fn, 'stage', [stage], ([cell], row) => {
    const found = readStage(fn, 'stage', row, cell, table);
    return found ? found.probability : '';
  });
}
