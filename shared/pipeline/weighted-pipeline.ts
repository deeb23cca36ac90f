import type { PipelineItem, StageDefinition } from '../types';

/**
 * One deal's share of the weighted pipeline (playbook §4): amount × the
 * stage's win probability for an open deal; 0 for a closed deal (a Closed
 * Won deal is revenue, not pipeline) or a blank amount.
 *
 * @example
 * weightedAmount(10_000, DEFAULT_STAGES[3]) // => 5000 (Proposal 50%)
 */
export function weightedAmount(amount: number | null, stage: StageDefinition): number {
  return stage.kind === 'open' && amount !== null ? amount * stage.probability : 0;
}

/**
 * Weighted pipeline (playbook §4): the sum of `weightedAmount` over the
 * deals, in order. O(n).
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
  for (const item of items) total += weightedAmount(item.amount, item.stage);
  return total;
}
