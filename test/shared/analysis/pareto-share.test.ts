import { describe, expect, it } from 'vitest';
import { paretoShare } from '../../../shared/analysis/pareto-share';
import { deal } from './fixtures';

const won = (account: string | undefined, amount: number) =>
  deal({ stage: 'Closed Won', amount, ...(account !== undefined ? { account } : {}) });

describe('paretoShare', () => {
  it('shares won value of the top 20% of accounts', () => {
    // ten accounts: A 700, B 150, the other eight 20 each (160) → total 1,010
    // top 20% = 2 accounts (A, B) = 850 → 850 / 1,010 ≈ 0.8416 ≥ 0.75 → healthy
    const deals = [
      won('A', 400),
      won('A', 300),
      won('B', 150),
      ...['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((a) => won(a, 20)),
    ];
    const result = paretoShare(deals);
    expect(result).toMatchObject({
      topAccountShare: 0.2,
      accounts: 10,
      topAccounts: 2,
      wonValue: 1_010,
      topValue: 850,
      healthy: true,
    });
    expect(result.valueShare).toBeCloseTo(850 / 1_010, 12);
  });

  it('is not healthy when value is spread evenly', () => {
    // five accounts at 100 each: top 1 account = 100 / 500 = 0.2
    const result = paretoShare(['A', 'B', 'C', 'D', 'E'].map((a) => won(a, 100)));
    expect(result.valueShare).toBe(0.2);
    expect(result.healthy).toBe(false);
  });

  it('leaves open, lost and account-less deals out of the shares', () => {
    const result = paretoShare([
      won('A', 100),
      won(' A ', 50), // same account after trimming
      won(undefined, 70),
      deal({ stage: 'Closed Lost', amount: 1_000, account: 'B' }),
      deal({ stage: 'Proposal', amount: 1_000, account: 'C' }),
    ]);
    expect(result).toMatchObject({
      accounts: 1,
      wonValue: 150,
      unassignedValue: 70,
      valueShare: 1,
    });
    expect(result.healthy).toBeNull(); // fewer than 5 accounts
  });

  it('answers null without won value', () => {
    expect(paretoShare([])).toMatchObject({ accounts: 0, valueShare: null, healthy: null });
  });
});
