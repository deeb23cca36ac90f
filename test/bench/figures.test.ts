import { describe, expect, it } from 'vitest';
import {
  compareFigures,
  emptyFigures,
  funnelFromReach,
  OPEN_STAGES,
  STAGES,
  stageTableDifferences,
  WON_REACH,
} from '../../bench/figures.mjs';
import { DEFAULT_STAGES } from '../../shared/index';

function sample() {
  const f = emptyFigures();
  f.deals = 10;
  f.won = 3;
  f.lost = 2;
  f.winRate = 0.6;
  f.wonAmount = 3000.1;
  f.byOwner['Ana Li'] = { deals: 10, open: 5, won: 3, lost: 2, wonAmount: 3000.1, lostAmount: 50 };
  return f;
}

describe('compareFigures', () => {
  it('finds nothing to report between two equal figure sets', () => {
    expect(compareFigures('a', sample(), 'b', sample())).toEqual([]);
  });

  it('reports a count that differs by one', () => {
    const other = sample();
    other.won = 4;
    expect(compareFigures('project', sample(), 'DuckDB', other)).toEqual([
      'won: project 3, DuckDB 4',
    ]);
  });

  it('accepts an amount summed in another order but not one that is off by a cent', () => {
    const reordered = sample();
    reordered.wonAmount = 3000.1 * (1 + 1e-13);
    expect(compareFigures('a', sample(), 'b', reordered)).toEqual([]);
    const offByACent = sample();
    offByACent.wonAmount = 3000.11;
    expect(compareFigures('a', sample(), 'b', offByACent)).toHaveLength(1);
  });

  it('reports a group present on one side only', () => {
    const other = sample();
    other.byOwner['Ben Wang'] = { deals: 1, open: 1, won: 0, lost: 0, wonAmount: 0, lostAmount: 0 };
    const problems = compareFigures('a', sample(), 'b', other);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/^byOwner\.Ben Wang\.\w+: a missing, b /);
  });

  it('tells a missing win rate (no closed deal) from a win rate of 0', () => {
    const none = sample();
    none.winRate = null;
    const zero = sample();
    zero.winRate = 0;
    expect(compareFigures('a', none, 'b', zero)).toEqual(['winRate: a null, b 0']);
  });
});

describe('funnelFromReach', () => {
  it('counts a deal as reaching every stage up to its own, and won deals as reaching all', () => {
    // hand calculation: 4 deals stopped at stage 1, 2 at stage 3, 1 won
    const byReach = new Array(WON_REACH + 1).fill(0);
    byReach[1] = 4;
    byReach[3] = 2;
    byReach[WON_REACH] = 1;
    const funnel = funnelFromReach(byReach);
    expect(funnel[OPEN_STAGES[0].name]).toEqual({ reached: 7, advanced: 3 });
    expect(funnel[OPEN_STAGES[2].name]).toEqual({ reached: 3, advanced: 1 });
    expect(funnel[OPEN_STAGES[4].name]).toEqual({ reached: 1, advanced: 1 });
  });
});

describe('stageTableDifferences', () => {
  it('finds the benchmark stage table equal to the project default', () => {
    expect(stageTableDifferences(DEFAULT_STAGES)).toEqual([]);
  });

  it('reports a changed probability', () => {
    const changed = STAGES.map((s) => (s.name === 'Proposal' ? { ...s, probability: 0.4 } : s));
    expect(stageTableDifferences(changed)).toEqual(['stage 4 probability: 0.4 vs 0.5']);
  });
});
