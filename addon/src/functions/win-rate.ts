import { winRate } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import { eachRow } from '../lib/by-row';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Win rate = won / (won + lost) deals (playbook §4). Example: =WIN_RATE(D2:D)
 * @param {string[][]} stages Deal stages, one per row.
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {number} Win rate 0-1, blank with no closed deal.
 * @customfunction
 */
export function WIN_RATE(stages: unknown, stage_table?: unknown): number | '' {
  const fn = 'WIN_RATE';
  const table = readStageTable(fn, stage_table);
  let won = 0;
  let lost = 0;
  eachRow(fn, 'stages', [stages], ([cell], row) => {
    const stage = readStage(fn, 'stages', row, cell, table);
    if (stage && stage.kind === 'won') won++;
    if (stage && stage.kind === 'lost') lost++;
  });
  return blankIfNull(winRate(won, lost));
}
