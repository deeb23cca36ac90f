import { describe, expect, it } from 'vitest';
import { coverageWindow } from '../../../shared/icp/coverage-window';

describe('coverageWindow', () => {
  it('gives one touch per cadence interval of the tier table, rounded up to whole days', () => {
    // playbook §6: tier 1 2-3 a week → 7 / 2 = 3.5 → 4 days; tier 2 weekly → 7;
    // tier 3 twice a month → 30 / 2 = 15
    expect(coverageWindow(1)).toBe(4);
    expect(coverageWindow(2)).toBe(7);
    expect(coverageWindow(3)).toBe(15);
  });

  it('has no window for new inbound accounts, which are answered, not worked on a cadence', () => {
    expect(coverageWindow('new')).toBeNull();
  });
});
