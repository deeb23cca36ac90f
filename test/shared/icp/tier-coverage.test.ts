import { describe, expect, it } from 'vitest';
import { tierCoverage } from '../../../shared/icp/tier-coverage';
import { PlaybookError } from '../../../shared/types';

const asOf = 20_454;

const tier1 = (touched: number, untouched: number) => [
  ...Array.from({ length: touched }, () => ({ tier: 1 as const, touched: true })),
  ...Array.from({ length: untouched }, () => ({ tier: 1 as const, touched: false })),
];

describe('tierCoverage', () => {
  it('computes coverage as accounts touched / accounts per tier and overall', () => {
    // hand calculation: tier 1 9/10 = 0.9; tier 2 1/4 = 0.25; all 10/14
    const result = tierCoverage(
      [
        ...tier1(9, 1),
        { tier: 2, touched: true },
        { tier: 2, touched: false },
        { tier: 2, touched: false },
        { tier: 2, touched: false },
        { tier: null, touched: true },
      ],
      asOf,
    );
    expect(result.tiers[1]).toEqual({ accounts: 10, touched: 9, coverage: 0.9 });
    expect(result.tiers[2]).toEqual({ accounts: 4, touched: 1, coverage: 0.25 });
    expect(result.tiers[3]).toEqual({ accounts: 0, touched: 0, coverage: null });
    expect(result.all.coverage).toBeCloseTo(10 / 14, 12);
    expect(result.tier1Healthy).toBe(true);
  });

  it('does not count exactly 80% tier-1 coverage as healthy', () => {
    // playbook §6: tier-1 coverage must exceed 80%; hand calculation 8/10 = 0.8, 9/11 = 0.818
    expect(tierCoverage(tier1(8, 2), asOf).tier1Healthy).toBe(false);
    expect(tierCoverage(tier1(9, 2), asOf).tier1Healthy).toBe(true);
  });

  it('has no tier-1 verdict without tier-1 accounts', () => {
    expect(tierCoverage([{ tier: 2, touched: true }], asOf).tier1Healthy).toBeNull();
  });

  it('drops tier-3 accounts idle for 90 days or with no interaction, keeping 89 days', () => {
    // playbook §6: drop tier-3 accounts with no interaction for 90 days
    const idle90 = { id: 'a', tier: 3 as const, touched: false, lastInteraction: asOf - 90 };
    const idle89 = { id: 'b', tier: 3 as const, touched: false, lastInteraction: asOf - 89 };
    const never = { id: 'c', tier: 3 as const, touched: false };
    const tier2Idle = { id: 'd', tier: 2 as const, touched: false, lastInteraction: asOf - 400 };
    const result = tierCoverage([idle90, idle89, never, tier2Idle], asOf);
    expect(result.drop.map((account) => account.id)).toEqual(['a', 'c']);
  });

  it('accepts other thresholds', () => {
    const result = tierCoverage(
      [...tier1(3, 1), { tier: 3, touched: false, lastInteraction: asOf - 30 }],
      asOf,
      { tier1Target: 0.7, dropAfterDays: 30 },
    );
    expect(result.tier1Healthy).toBe(true);
    expect(result.drop).toHaveLength(1);
  });

  it('rejects an asOf that is not a whole day number', () => {
    expect(() => tierCoverage([], 1.5)).toThrow(PlaybookError);
  });
});
