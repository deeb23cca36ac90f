import { describe, expect, it } from 'vitest';
import { weightedPipeline } from '../../../shared/pipeline/weighted-pipeline';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

const [prospecting, discovery, evaluation, proposal, negotiation, won, lost] = DEFAULT_STAGES;

describe('weightedPipeline', () => {
  it('weights each open deal by its stage probability', () => {
    // playbook §1 probabilities; hand calculation:
    // 10,000×0.05 + 10,000×0.15 + 10,000×0.30 + 10,000×0.50 + 10,000×0.75
    // = 500 + 1,500 + 3,000 + 5,000 + 7,500 = 17,500
    const items = [prospecting, discovery, evaluation, proposal, negotiation].map((stage) => ({
      amount: 10_000,
      stage,
    }));
    expect(weightedPipeline(items)).toBeCloseTo(17_500, 6);
  });

  it('leaves closed deals and blank amounts out', () => {
    // hand calculation: only 8,000 × 0.5 = 4,000 counts
    const items = [
      { amount: 8_000, stage: proposal },
      { amount: null, stage: negotiation },
      { amount: 100_000, stage: won },
      { amount: 100_000, stage: lost },
    ];
    expect(weightedPipeline(items)).toBe(4_000);
  });

  it('uses a custom stage probability', () => {
    const pilot = { name: 'Pilot', aliases: [], order: 3, probability: 0.4, kind: 'open' as const };
    expect(weightedPipeline([{ amount: 1_000, stage: pilot }])).toBe(400);
  });
});
