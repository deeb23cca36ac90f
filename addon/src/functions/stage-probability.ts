import { byRow, type Spill } from '../lib/by-row';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Win probability of a stage, 0-1 (playbook §1). Example: =STAGE_PROBABILITY(D2:D)
 * @param {string|string[][]} stage A stage name (English, Chinese or an alias).
 * @param {Array[][]} stage_table Optional. A stage table range.
 * @return {number} The probability.
 * @customfunction
 */
export function STAGE_PROBABILITY(stage: unknown, stage_table?: unknown): Spill<number | ''> {
  const table = readStageTable('STAGE_PROBABILITY', stage_table);
  return byRow('STAGE_PROBABILITY', [['stage', stage]], ([cell], row) => {
    const found = readStage('STAGE_PROBABILITY', 'stage', row, cell, table);
    return found ? found.probability : '';
  });
}
