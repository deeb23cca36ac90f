import type { PipelineItem } from '../types';

/**
 * Weighted pipeline (playbook §4): the sum over open deals of amount ×
 * the stage's win probability. Closed deals are left out (a Closed Won
 * deal is revenue, not pipeline); a blank amount counts as 0. O(n).
 *
 * @param items - deals as amount and resolved stage
 * @returns the probability-weighted open amount
 * @example
 * weightedPipeline([
 *   { amount: 10_000, stage: DEFAULT_STAGES[3] }, // Proposal 50%
 *   { amount: 20_000, stage: DEFAULT_STAGES[4] }, // Negotiation 75%
 * ]) // => 20000
 */
export function weightedPipeline(items: readonly PipelineItem[]): number {
  let total = 0;
  for (const item of items) {
    if (item.stage.kind === 'open' && item.amount !== null) {
      total += item.amount * item.stage.probability;
    }
  }
  return total;
}
