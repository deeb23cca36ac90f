import { describe, expect, it } from 'vitest';
import { closedFunnel } from '../../../shared/self-improvement/closed-funnel';
import { skillOutcomes } from '../../../shared/self-improvement/skill-outcomes';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import type { Deal } from '../../../shared/types';

const from = 20_393; // 2025-11-01
const to = 20_422; // 2025-11-30

const deal = (row: number, stage: string, closeDate: number, lostAtStage?: string): Deal => ({
  row,
  stage,
  amount: 1000,
  closeDate,
  ...(lostAtStage ? { lostAtStage } : {}),
});

describe('skillOutcomes', () => {
  it('holds each funnel skill to the conversion the stage probabilities imply', () => {
    // playbook §1 probabilities: 5/15, 15/30, 30/50, 50/75, 75/100
    const o = skillOutcomes(closedFunnel([], { from, to }));
    expect(o.prospecting.expected).toBeCloseTo(1 / 3, 12);
    expect(o.discovery.expected).toBeCloseTo(0.5, 12);
    expect(o.demo.expected).toBeCloseTo(0.6, 12);
    expect(o.objectionHandling.expected).toBeCloseTo(2 / 3, 12);
    expect(o.closing.expected).toBeCloseTo(0.75, 12);
    expect(o.closing).toMatchObject({
      measure: 'conversion',
      stage: 'Negotiation',
      value: null,
      weak: null,
    });
  });

  it('measures conversions on the deals closed in the period only', () => {
    // hand count: won W1, W2 reached every stage; L1 lost at Negotiation, L2 at Proposal,
    // L3 at Discovery. Out of Negotiation: 3 reached, 2 won → 67% < 75% → weak.
    // Out of Proposal: 4 reached, 3 went on → 75% ≥ 67% → not weak.
    // The open deal and the October loss are outside the period.
    const deals = [
      deal(2, 'Closed Won', from),
      deal(3, 'Closed Won', to),
      deal(4, 'Closed Lost', from + 3, 'Negotiation'),
      deal(5, 'Closed Lost', from + 4, 'Proposal'),
      deal(6, 'Closed Lost', from + 5, 'Discovery'),
      deal(7, 'Proposal', from + 6),
      deal(8, 'Closed Lost', from - 1, 'Prospecting'),
    ];
    const o = skillOutcomes(closedFunnel(deals, { from, to }));
    expect(o.closing.value).toBeCloseTo(2 / 3, 12);
    expect(o.closing.weak).toBe(true);
    expect(o.objectionHandling.value).toBe(0.75);
    expect(o.objectionHandling.weak).toBe(false);
    // out of Discovery: 5 reached, 4 went on → 80% ≥ 50%
    expect(o.discovery).toMatchObject({ stage: 'Discovery', value: 0.8, weak: false });
  });

  it('holds relationship to tier-1 coverage, weak unless above 80%', () => {
    // playbook §6: tier-1 coverage must exceed 80%
    expect(skillOutcomes([], { tier1Coverage: 0.8 }).relationship).toEqual({
      measure: 'tier1Coverage',
      value: 0.8,
      expected: 0.8,
      weak: true,
    });
    expect(skillOutcomes([], { tier1Coverage: 0.81 }).relationship.weak).toBe(false);
    expect(skillOutcomes([]).relationship.weak).toBeNull();
  });

  it('gives no figure for a stage the team table does not have', () => {
    const table = createStageTable(DEFAULT_STAGES.filter((s) => s.name !== 'Evaluation'));
    const o = skillOutcomes(
      closedFunnel([deal(2, 'Closed Won', from)], { from, to, stages: table }),
    );
    expect(o.demo).toEqual({ measure: 'conversion', value: null, expected: null, weak: null });
    // Discovery now leads straight to Proposal: 15% / 50%
    expect(o.discovery.expected).toBeCloseTo(0.3, 12);
  });
});
