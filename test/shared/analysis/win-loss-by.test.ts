import { describe, expect, it } from 'vitest';
import { winLossBy } from '../../../shared/analysis/win-loss-by';
import { deal, JAN_1, tenDeals } from './fixtures';

describe('winLossBy', () => {
  it('groups by source with blank sources under the empty key', () => {
    // see tenDeals: Referral 2 won (30,000 + 18,000), Inbound 1 won 1 lost, blank 1 lost
    const groups = winLossBy(tenDeals(), 'source');
    expect(groups.map((g) => [g.key, g.deals, g.won, g.lost, g.wonAmount])).toEqual([
      ['Referral', 4, 2, 0, 48_000],
      ['Inbound', 4, 1, 1, 12_000],
      ['', 2, 0, 1, 0],
    ]);
    expect(groups[0].cycleDaysMedian).toBe(25); // won cycles 30 and 20
  });

  it('trims values so "Ann " and "Ann" meet', () => {
    const groups = winLossBy(
      [
        deal({ stage: 'Won', amount: 1, owner: 'Ann ' }),
        deal({ stage: 'Lost', amount: 1, owner: 'Ann' }),
      ],
      'owner',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].winRate).toBe(0.5);
  });

  it('gives a null win rate to a group with only open deals', () => {
    const groups = winLossBy(
      [deal({ stage: 'Proposal', amount: 1, competitor: 'Acme' })],
      'competitor',
    );
    expect(groups[0]).toMatchObject({ key: 'Acme', open: 1, winRate: null, cycleDaysMedian: null });
  });

  it('sorts equal won amounts by closed deals then key', () => {
    const groups = winLossBy(
      [
        deal({ stage: 'Lost', amount: 1, product: 'B' }),
        deal({ stage: 'Lost', amount: 1, product: 'C' }),
        deal({ stage: 'Lost', amount: 1, product: 'C' }),
        deal({ stage: 'Lost', amount: 1, product: 'A', created: JAN_1, closeDate: JAN_1 }),
      ],
      'product',
    );
    expect(groups.map((g) => g.key)).toEqual(['C', 'A', 'B']);
  });
});
