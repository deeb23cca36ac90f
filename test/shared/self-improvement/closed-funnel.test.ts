import { describe, expect, it } from 'vitest';
import { closedFunnel } from '../../../shared/self-improvement/closed-funnel';

const from = 20_393; // 2025-11-01
const to = 20_422; // 2025-11-30

describe('closedFunnel', () => {
  it('counts only the deals won or lost in the period, with each stage probability and the next', () => {
    // playbook §1 probabilities; the open deal and the deal closed the day before are left out
    const steps = closedFunnel(
      [
        { row: 2, stage: 'Closed Won', amount: 1, closeDate: from },
        { row: 3, stage: 'Closed Lost', amount: 1, closeDate: to, lostAtStage: 'Discovery' },
        { row: 4, stage: 'Proposal', amount: 1, closeDate: from + 1 },
        { row: 5, stage: 'Closed Won', amount: 1, closeDate: from - 1 },
      ],
      { from, to },
    );
    expect(steps.map((s) => [s.stage, s.probability, s.next, s.reached, s.conversion])).toEqual([
      ['Prospecting', 0.05, 0.15, 2, 1],
      ['Discovery', 0.15, 0.3, 2, 0.5],
      ['Evaluation', 0.3, 0.5, 1, 1],
      ['Proposal', 0.5, 0.75, 1, 1],
      ['Negotiation', 0.75, 1, 1, 1],
    ]);
  });
});
