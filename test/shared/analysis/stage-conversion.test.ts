import { describe, expect, it } from 'vitest';
import { stageConversion } from '../../../shared/analysis/stage-conversion';
import type { StageHistoryEntry } from '../../../shared/types';
import { deal, JAN_1 } from './fixtures';

// h1 open in Evaluation; h2 lost without "lost at stage" after skipping Evaluation;
// h3 won straight from Prospecting; h4 open in Discovery with no history entries
const deals = [
  deal({ id: 'h1', stage: 'Evaluation', amount: 1 }),
  deal({ id: 'h2', stage: 'Closed Lost', amount: 1 }),
  deal({ id: 'h3', stage: 'Closed Won', amount: 1 }),
  deal({ id: 'h4', stage: 'Discovery', amount: 1 }),
];
const history: StageHistoryEntry[] = [
  { dealId: 'h1', stage: 'Prospecting', entered: JAN_1 },
  { dealId: 'h1', stage: 'Discovery', entered: JAN_1 + 3 },
  { dealId: 'h1', stage: 'Evaluation', entered: JAN_1 + 9 },
  { dealId: 'h2', stage: 'Prospecting', entered: JAN_1 },
  { dealId: 'h2', stage: 'Discovery', entered: JAN_1 + 2 },
  { dealId: 'h2', stage: 'Proposal', entered: JAN_1 + 20 },
  { dealId: 'h2', stage: 'Closed Lost', entered: JAN_1 + 30 },
  { dealId: 'h3', stage: 'Prospecting', entered: JAN_1 },
  { dealId: 'h3', stage: 'Closed Won', entered: JAN_1 + 40 },
];

const rows = (funnel: ReturnType<typeof stageConversion>) =>
  funnel.stages.map((s) => [s.stage, s.reached, s.advanced]);

describe('stageConversion', () => {
  it('is exact from a stage history, counting skipped stages as passed', () => {
    // reach: h4 Discovery (snapshot), h1 Evaluation, h2 Proposal (history), h3 won
    // reached: Prospecting 4, Discovery 4, Evaluation 3, Proposal 2, Negotiation 1
    // advanced: 4, 3, 2, 1, 1 (won)
    const funnel = stageConversion(deals, { history });
    expect(funnel.method).toBe('history');
    expect(funnel.approximate).toBe(false);
    expect(funnel.dealsWithoutHistory).toBe(1);
    expect(rows(funnel)).toEqual([
      ['Prospecting', 4, 4],
      ['Discovery', 4, 3],
      ['Evaluation', 3, 2],
      ['Proposal', 2, 1],
      ['Negotiation', 1, 1],
    ]);
    expect(funnel.stages.map((s) => s.conversion)).toEqual([1, 0.75, 2 / 3, 0.5, 1]);
  });

  it('guesses from a snapshot and flags the figure as approximate', () => {
    // without history h2 has no "lost at stage": it counts as reaching Prospecting only
    // reach: h2 Prospecting, h4 Discovery, h1 Evaluation, h3 won
    const funnel = stageConversion(deals);
    expect(funnel.method).toBe('snapshot');
    expect(funnel.approximate).toBe(true);
    expect(funnel.approximateDeals).toBe(1);
    expect(rows(funnel)).toEqual([
      ['Prospecting', 4, 3],
      ['Discovery', 3, 2],
      ['Evaluation', 2, 1],
      ['Proposal', 1, 1],
      ['Negotiation', 1, 1],
    ]);
  });

  it('uses the lost-at stage of a snapshot and then is not approximate', () => {
    const funnel = stageConversion([
      deal({ stage: 'Closed Lost', amount: 1, lostAtStage: 'Evaluation' }),
      deal({ stage: 'Closed Won', amount: 1 }),
    ]);
    expect(funnel.approximate).toBe(false);
    // Evaluation reached by both, advanced by the won deal only
    expect(funnel.stages[2]).toEqual({
      stage: 'Evaluation',
      reached: 2,
      advanced: 1,
      conversion: 0.5,
    });
  });

  it('takes the furthest of history and current stage', () => {
    // history says Discovery but the deal now sits in Proposal
    const funnel = stageConversion([deal({ id: 'x', stage: 'Proposal', amount: 1 })], {
      history: [{ dealId: 'x', stage: 'Discovery', entered: JAN_1 }],
    });
    expect(funnel.stages[3].reached).toBe(1);
    expect(funnel.dealsWithoutHistory).toBe(0);
  });

  it('ignores history entries with an unknown stage and counts them', () => {
    const funnel = stageConversion([deal({ id: 'x', stage: 'Discovery', amount: 1 })], {
      history: [{ dealId: 'x', stage: 'Pilot', entered: JAN_1 }],
    });
    expect(funnel.unknownHistoryStages).toBe(1);
    expect(funnel.stages[1].reached).toBe(1);
  });

  it('answers null conversion for a stage nobody reached', () => {
    const funnel = stageConversion([deal({ stage: 'Prospecting', amount: 1 })]);
    expect(funnel.stages[0].conversion).toBe(0);
    expect(funnel.stages[1].conversion).toBeNull();
  });
});
