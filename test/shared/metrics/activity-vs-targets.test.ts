import { describe, expect, it } from 'vitest';
import { activityVsTargets } from '../../../shared/metrics/activity-vs-targets';
import { PlaybookError } from '../../../shared/types';

describe('activityVsTargets', () => {
  it('rates each metric below, on or above its target', () => {
    // playbook §8: 15-25 calls a day, 30-50 emails a day, 3-5 demos a week
    expect(activityVsTargets({ calls: 12, emails: 40, demos: 6 })).toEqual([
      { metric: 'emails', actual: 40, min: 30, max: 50, per: 'day', status: 'onTarget' },
      { metric: 'calls', actual: 12, min: 15, max: 25, per: 'day', status: 'below' },
      { metric: 'demos', actual: 6, min: 3, max: 5, per: 'week', status: 'above' },
    ]);
  });

  it('counts both ends of a band as on target', () => {
    // playbook §8: 8-12 meetings a week
    expect(activityVsTargets({ meetings: 8 })[0].status).toBe('onTarget');
    expect(activityVsTargets({ meetings: 12 })[0].status).toBe('onTarget');
    expect(activityVsTargets({ meetings: 7.9 })[0].status).toBe('below');
    expect(activityVsTargets({ meetings: 12.1 })[0].status).toBe('above');
  });

  it('rates the self-generated pipeline share as a fraction', () => {
    // playbook §8: about 35% of the week
    expect(activityVsTargets({ selfGeneratedShare: 0.35 })[0].status).toBe('onTarget');
    expect(activityVsTargets({ selfGeneratedShare: 0.1 })[0].status).toBe('below');
  });

  it('skips metrics that are missing or null', () => {
    expect(activityVsTargets({})).toEqual([]);
    expect(activityVsTargets({ emails: null, proposals: 2 }).map((r) => r.metric)).toEqual([
      'proposals',
    ]);
  });

  it('uses a team target when given', () => {
    expect(activityVsTargets({ calls: 12 }, { calls: { min: 10, max: 20, per: 'day' } })).toEqual([
      { metric: 'calls', actual: 12, min: 10, max: 20, per: 'day', status: 'onTarget' },
    ]);
  });

  it('rejects negative figures and shares above 1', () => {
    expect(() => activityVsTargets({ emails: -1 })).toThrow(
      'activityVsTargets: emails must be a number ≥ 0 (got -1)',
    );
    expect(() => activityVsTargets({ selfGeneratedShare: 35 })).toThrow(PlaybookError);
  });
});
