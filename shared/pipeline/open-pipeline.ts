import type { PipelineItem } from '../types';

/**
 * Open pipeline (playbook §4): the sum of amounts of deals that are neither
 * Closed Won nor Closed Lost, i.e. whose stage kind is `open`. A blank
 * amount (`null`) counts as 0. O(n).
 *
 * @param items - deals as amount and resolved stage
 * @returns the open amount (0 for no open deals)
 * @example
 * openPipeline([
 *   { amount: 10_000, stage: DEFAULT_STAGES[3] }, // Proposal
 *   { amount: 5_000, stage: DEFAULT_STAGES[5] }, // Closed Won: not open
 * ]) // => 10000
 */
export function openPipeline(items: readonly PipelineItem[]): number {
  let total = 0;
  for (const item of items) {
    if (item.stage.kind === 'open' && item.amount !== null) total += item.amount;
  }
  return total;
}
