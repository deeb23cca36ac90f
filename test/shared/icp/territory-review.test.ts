import { describe, expect, it } from 'vitest';
import { type TerritoryAccount, territoryReview } from '../../../shared/icp/territory-review';
import { PlaybookError } from '../../../shared/types';

const asOf = 20_454; // 2026-01-01

/** `touched` tier-1 accounts touched 1 day ago and `idle` ones touched 10 days ago. */
function tier1(touched: number, idle: number): TerritoryAccount[] {
  return Array.from({ length: touched + idle }, (_, i) => ({
    account: `A${i}`,
    row: i + 2,
    tier: 1 as const,
    lastTouch: asOf - (i < touched ? 1 : 10),
  }));
}

describe('territoryReview', () => {
  it('is not healthy at exactly 80% tier-1 coverage: it must exceed 80% (playbook §6)', () => {
    const review = territoryReview(tier1(4, 1), asOf);
    expect(review.tiers[1]).toEqual({ accounts: 5, touched: 4, coverage: 0.8, windowDays: 4 });
    expect(review.tier1Healthy).toBe(false);
  });

  it('is not healthy just below 80% (79 of 100) and healthy just above (81 of 100)', () => {
    expect(territoryReview(tier1(79, 21), asOf).tier1Healthy).toBe(false);
    const above = territoryReview(tier1(81, 19), asOf);
    expect(above.tiers[1].coverage).toBe(0.81);
    expect(above.tier1Healthy).toBe(true);
  });

  it('counts a touch as coverage only within the tier window: 4, 7, 15 days', () => {
    // windows from coverageWindow (playbook §6 touches column); the day on the edge counts
    const at = (tier: 1 | 2 | 3, idle: number, row: number): TerritoryAccount => ({
      account: `${tier}-${idle}`,
      row,
      tier,
      lastTouch: asOf - idle,
    });
    const review = territoryReview(
      [at(1, 4, 2), at(1, 5, 3), at(2, 7, 4), at(2, 8, 5), at(3, 15, 6), at(3, 16, 7)],
      asOf,
    );
    expect(review.tiers[1]).toMatchObject({ accounts: 2, touched: 1 });
    expect(review.tiers[2]).toMatchObject({ accounts: 2, touched: 1, windowDays: 7 });
    expect(review.tiers[3]).toMatchObject({ accounts: 2, touched: 1, windowDays: 15 });
    expect(review.all).toEqual({ accounts: 6, touched: 3, coverage: 0.5 });
  });

  it('drops tier-3 accounts idle 90 days or more, and those never touched, but not at 89', () => {
    // playbook §6: "drop tier-3 accounts with no interaction for 90 days"
    const review = territoryReview(
      [
        { account: 'idle 89', row: 2, tier: 3, lastTouch: asOf - 89 },
        { account: 'idle 90', row: 3, tier: 3, lastTouch: asOf - 90 },
        { account: 'idle 91', row: 4, tier: 3, lastTouch: asOf - 91 },
        { account: 'never', row: 5, tier: 3 },
        { account: 'tier 2 idle 200', row: 6, tier: 2, lastTouch: asOf - 200 },
      ],
      asOf,
    );
    expect(review.drop).toEqual([
      { account: 'idle 90', row: 3, tier: 3, idleDays: 90 },
      { account: 'idle 91', row: 4, tier: 3, idleDays: 91 },
      { account: 'never', row: 5, tier: 3, idleDays: null },
    ]);
  });

  it('re-tiers tier-1 and tier-2 accounts whose fit and pain now give another tier', () => {
    // playbook §6 tier rules: full fit + visible pain → 1; full fit only → 2; partial → 3
    const review = territoryReview(
      [
        { account: 'stays 1', row: 2, tier: 1, icpFit: 'full', visiblePain: true, lastTouch: asOf },
        { account: 'pain gone', row: 3, tier: 1, icpFit: 'full', visiblePain: false },
        { account: 'pain seen', row: 4, tier: 2, icpFit: 'full', visiblePain: true },
        { account: 'no fit', row: 5, tier: 2, icpFit: 'none', visiblePain: false },
        { account: 'tier 3 left alone', row: 6, tier: 3, icpFit: 'full', visiblePain: true },
        { account: 'unknown fit', row: 7, tier: 1 },
      ],
      asOf,
    );
    expect(review.reTier.map((a) => [a.account, a.tier, a.suggested])).toEqual([
      ['pain gone', 1, 2],
      ['pain seen', 2, 1],
      ['no fit', 2, null],
    ]);
  });

  it('has no tier-1 verdict without tier-1 accounts, and counts new inbound touched when answered at all', () => {
    const review = territoryReview(
      [
        { account: 'answered', row: 2, tier: 'new', lastTouch: asOf - 40 },
        { account: 'waiting', row: 3, tier: 'new' },
        { account: 'no tier', row: 4, tier: null, lastTouch: asOf },
      ],
      asOf,
    );
    expect(review.tier1Healthy).toBeNull();
    expect(review.tiers.new).toEqual({ accounts: 2, touched: 1, coverage: 0.5, windowDays: null });
    expect(review.all.accounts).toBe(2);
  });

  it('rejects a last touch after the review day, naming the row', () => {
    expect(() =>
      territoryReview([{ account: 'Acme', row: 7, tier: 1, lastTouch: asOf + 1 }], asOf),
    ).toThrow(
      new PlaybookError('territoryReview: last touch in row 7 (Acme) is after the review day'),
    );
  });
});
