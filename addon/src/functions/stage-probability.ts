import { byRow, type Spill } from '../lib/by-row';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Win probability of a stage, 0 to 1 (playbook defaults: Prospecting 5%, Discovery 15%,
 * Evaluation 30%, Proposal 50%, Negotiation 75%, Closed Won 100%, Closed Lost 0%). Stage names
 * may be English, Chinese or an alias (Demo, Contract, Won, 赢单...). Example:
 * =STAGE_PROBABILITY(D2:D) or =STAGE_PROBABILITY("Proposal", Stages!A2:C).
 *
 * @param {string|string[][]} stage A stage name, or a column of them (blank rows stay blank).
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind (open/won/lost) that replace the default stages.
 * @return {number} The probability 0-1, or a column of them.
 * @customfunction
 */
export function STAGE_PROBABILITY(stage: unknown, stage_table?: unknown): Spill<number | ''> {
  const table = readStageTable('STAGE_PROBABILITY', stage_table);
  return byRow('STAGE_PROBABILITY', [{ name: 'stage', value: stage }], ([cell], row) => {
    const found = readStage('STAGE_PROBABILITY', 'stage', row, cell, table);
    return found ? found.probability : '';
  });
}
