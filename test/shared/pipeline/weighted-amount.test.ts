import { describe, expect, it } from 'vitest';
import { weightedAmount, weightedPipeline } from '../../../shared/pipeline/weighted-pipeline';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

const [, discovery, , proposal, negotiation, won, lost] = DEFAULT_STAGES;

describe('weightedAmount', () => {
  it("weights an open deal's amount by its stage probability", () => {
    // playbook §1 probabilities; hand calculation: 10,000 × 0.5 = 5,000 and 8,000 × 0.75 = 6,000
    expect(weightedAmount(10_000, proposal)).toBe(5_000);
    expect(weightedAmount(8_000, negotiation)).toBe(6_000);
  });

  it('gives 0 for a closed deal or a blank amount', () => {
    // playbook §4: won deals are revenue and lost deals nothing, not pipeline
    expect(weightedAmount(100_000, won)).toBe(0);
    expect(weightedAmount(100_000, lost)).toBe(0);
    expect(weightedAmount(null, discovery)).toBe(0);
  });

  it('adds up to weightedPipeline in the same order', () => {
    // hand calculation: 2,000 × 0.15 + 0 (won) + 4,000 × 0.5 = 300 + 2,000 = 2,300
    const items = [
      { amount: 2_000, stage: discovery },
      { amount: 9_000, stage: won },
      { amount: 4_000, stage: proposal },
    ];
    const sum = items.reduce((total, item) => total + weightedAmount(item.amount, item.stage), 0);
    expect(sum).toBe(2_300);
    expect(weightedPipeline(items)).toBe(sum);
  });
});
