import { describe, expect, it } from 'vitest';
import { ACTIVITY_METRICS, ACTIVITY_TARGETS } from '../../../shared/metrics/activity-targets';

describe('ACTIVITY_TARGETS', () => {
  it('holds the playbook activity targets', () => {
    // playbook §8 leading targets
    expect(ACTIVITY_TARGETS.emails).toEqual({ min: 30, max: 50, per: 'day' });
    expect(ACTIVITY_TARGETS.calls).toEqual({ min: 15, max: 25, per: 'day' });
    expect(ACTIVITY_TARGETS.meetings).toEqual({ min: 8, max: 12, per: 'week' });
    expect(ACTIVITY_TARGETS.discoveryCalls).toEqual({ min: 5, max: 8, per: 'week' });
    expect(ACTIVITY_TARGETS.demos).toEqual({ min: 3, max: 5, per: 'week' });
    expect(ACTIVITY_TARGETS.proposals).toEqual({ min: 2, max: 3, per: 'week' });
  });

  it('centres the self-generated pipeline share on about 35%', () => {
    // playbook §8: about 35% of the week, read as 30%-40%
    const { min, max } = ACTIVITY_TARGETS.selfGeneratedShare;
    expect((min + max) / 2).toBeCloseTo(0.35, 10);
  });

  it('lists every metric with a target', () => {
    expect([...ACTIVITY_METRICS].sort()).toEqual(Object.keys(ACTIVITY_TARGETS).sort());
  });
});
