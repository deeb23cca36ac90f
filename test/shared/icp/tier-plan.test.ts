import { describe, expect, it } from 'vitest';
import { TIER_PLAN } from '../../../shared/icp/tier-plan';

describe('TIER_PLAN', () => {
  it('follows the playbook tier table', () => {
    // playbook §6 tier table
    expect(TIER_PLAN[1]).toEqual({
      accounts: { min: 20, max: 30 },
      timeShare: 0.5,
      touches: { min: 2, max: 3, per: 'week' },
    });
    expect(TIER_PLAN[2].accounts).toEqual({ min: 50, max: 80 });
    expect(TIER_PLAN[2].touches).toEqual({ min: 1, max: 1, per: 'week' });
    expect(TIER_PLAN[3].accounts).toEqual({ min: 100, max: 200 });
    expect(TIER_PLAN[3].touches).toEqual({ min: 2, max: 2, per: 'month' });
    expect(TIER_PLAN.new).toEqual({
      accounts: null,
      timeShare: 0.05,
      touches: null,
      responseHours: 1,
    });
  });

  it('shares out all of the time', () => {
    // hand calculation: 50% + 30% + 15% + 5% = 100%
    const sum = Object.values(TIER_PLAN).reduce((total, plan) => total + plan.timeShare, 0);
    expect(sum).toBeCloseTo(1, 10);
  });
});
