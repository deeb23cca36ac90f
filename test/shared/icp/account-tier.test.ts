import { describe, expect, it } from 'vitest';
import { accountTier } from '../../../shared/icp/account-tier';

describe('accountTier', () => {
  it('puts a full fit with visible pain in tier 1', () => {
    // playbook §6 tier table: tier 1 = full ICP fit and visible pain
    expect(accountTier({ icpFit: 'full', visiblePain: true })).toBe(1);
  });

  it('puts a full fit without visible pain in tier 2', () => {
    // playbook §6 tier table: tier 2 = ICP fit, no visible pain
    expect(accountTier({ icpFit: 'full', visiblePain: false })).toBe(2);
  });

  it('puts a partial fit in tier 3, with or without pain', () => {
    // playbook §6 tier table: tier 3 = partial fit, worth watching
    expect(accountTier({ icpFit: 'partial', visiblePain: false })).toBe(3);
    expect(accountTier({ icpFit: 'partial', visiblePain: true })).toBe(3);
  });

  it('marks a qualifying inbound account as new', () => {
    // playbook §6 tier table: new = inbound that qualifies
    expect(accountTier({ icpFit: 'full', visiblePain: true, inbound: true })).toBe('new');
    expect(accountTier({ icpFit: 'partial', visiblePain: false, inbound: true })).toBe('new');
  });

  it('gives no tier to an account that does not fit, inbound or not', () => {
    expect(accountTier({ icpFit: 'none', visiblePain: true })).toBeNull();
    expect(accountTier({ icpFit: 'none', visiblePain: false, inbound: true })).toBeNull();
  });
});
