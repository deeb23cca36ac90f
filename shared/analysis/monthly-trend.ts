import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { Deal, StageTable } from '../types';
import { createMonthCounter, type MonthTrendRow } from './month-counter';
import { stageLookup } from '../stages/stage-lookup';

/** Options of `monthlyTrend`. */
export interface MonthlyTrendOptions {
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
}

/**
 * The lagging metrics by month (playbook §8: win rate, average deal size,
 * sales cycle): closed deals bucketed by the UTC calendar month of their
 * close date, with won and lost counts and amounts, win rate (`null`
 * without closed deals), average won deal size (`null` without won deals)
 * and the median cycle of won deals with both dates. Months without a
 * closed deal are not listed; rows are in calendar order. Closed deals
 * without a close date and deals whose stage is not in the table are left
 * out. O(n) plus the medians.
 *
 * @param deals - ingested deals
 * @param options - stage table
 * @returns one row per month with a closed deal
 * @example
 * monthlyTrend([{ row: 2, stage: 'Won', amount: 5, closeDate: 20454 }])[0].month // => '2026-01'
 */
export function monthlyTrend(
  deals: readonly Deal[],
  options: MonthlyTrendOptions = {},
): MonthTrendRow[] {
  const lookup = stageLookup(options.stages ?? DEFAULT_STAGE_TABLE);
  const counter = createMonthCounter();
  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    const stage = lookup(deal.stage);
    if (stage === undefined || stage.kind === 'open' || deal.closeDate === undefined) continue;
    const cycle = deal.created === undefined ? -1 : deal.closeDate - deal.created;
    const amount = deal.amount !== null && Number.isFinite(deal.amount) ? deal.amount : 0;
    counter.add(deal.closeDate, stage.kind === 'won', amount, cycle);
  }
  return counter.result();
}
