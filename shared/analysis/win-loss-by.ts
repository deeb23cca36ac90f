import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { Deal, GroupField, StageTable } from '../types';
import { stageLookup } from '../stages/stage-lookup';
import { createWinLossGroupCounter, type WinLossGroup } from './win-loss-group-counter';

/** Options of `winLossBy`. */
export interface WinLossByOptions {
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
}

/**
 * Win/loss by one field (playbook §9: by owner, source, product, segment,
 * competitor or loss reason). Each group has its deals, open/won/lost
 * counts, win rate by deals (`null` without closed deals), won and lost
 * amounts (blank amounts count 0) and the median cycle of its won deals.
 *
 * Deals whose field is blank (absent or only spaces) are grouped under the
 * key `''`; other values are trimmed and compared exactly. Groups are sorted
 * by won amount, then closed deals (descending), then key. Deals whose stage
 * is not in the table are left out. O(n) plus the medians.
 *
 * @param deals - ingested deals
 * @param field - the field to group by
 * @param options - stage table
 * @returns one row per distinct value
 * @example
 * winLossBy([{ row: 2, stage: 'Won', amount: 5, owner: 'Ann' }], 'owner')[0].winRate // => 1
 */
export function winLossBy(
  deals: readonly Deal[],
  field: GroupField,
  options: WinLossByOptions = {},
): WinLossGroup[] {
  const lookup = stageLookup(options.stages ?? DEFAULT_STAGE_TABLE);
  const counter = createWinLossGroupCounter(field);
  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    const stage = lookup(deal.stage);
    if (stage === undefined) continue;
    let cycle = -1;
    if (stage.kind === 'won' && deal.created !== undefined && deal.closeDate !== undefined) {
      cycle = deal.closeDate - deal.created;
    }
    const amount = deal.amount !== null && Number.isFinite(deal.amount) ? deal.amount : 0;
    counter.add(deal, stage.kind, amount, cycle);
  }
  return counter.result();
}
