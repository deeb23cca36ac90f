import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { Deal, StageHistoryEntry, StageTable } from '../types';
import { createFunnelCounter, type Funnel } from './funnel-counter';
import { stageLookup } from '../stages/stage-lookup';

/** Options of `stageConversion`. */
export interface StageConversionOptions {
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
  /** Stage history `(dealId, stage, entered)`; makes the funnel exact. */
  readonly history?: readonly StageHistoryEntry[];
}

/**
 * Stage conversion (playbook §4): for each open stage, the deals that
 * reached it, those that went on to reach the next one (Closed Won after the
 * last open stage) and the share `advanced / reached` (`null` when none
 * reached it).
 *
 * A deal reached its furthest stage and every open stage before it; a won
 * deal reached them all.
 * - With a history the furthest stage is the furthest among the deal's
 *   entries, its current stage and its "lost at stage" (method `history`);
 *   deals missing from the history fall back to the snapshot rule and are
 *   counted in `dealsWithoutHistory`.
 * - From a single snapshot (method `snapshot`) an open deal reached its
 *   current stage and a lost deal its "lost at stage". A lost deal with no
 *   usable "lost at stage" (and no history) is counted as reaching only the
 *   first open stage: `approximate` is then true and `approximateDeals`
 *   says how many were guessed.
 *
 * Deals whose stage is not in the table are left out. O(n + h).
 *
 * @param deals - ingested deals
 * @param options - stage table and history
 * @returns the funnel
 * @example
 * stageConversion([{ row: 2, stage: 'Discovery', amount: 1 }, { row: 3, stage: 'Won', amount: 1 }])
 *   .stages[1] // => { stage: 'Discovery', reached: 2, advanced: 1, conversion: 0.5 }
 */
export function stageConversion(
  deals: readonly Deal[],
  options: StageConversionOptions = {},
): Funnel {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const lookup = stageLookup(table);
  const counter = createFunnelCounter(table, options.history);
  for (let d = 0; d < deals.length; d++) {
    const stage = lookup(deals[d].stage);
    if (stage !== undefined) counter.add(deals[d], stage);
  }
  return counter.result();
}
