import type { ActivityMetric } from '../types';

/** Target band of one activity metric; both ends count as on target. */
export interface ActivityTarget {
  readonly min: number;
  readonly max: number;
  /** The period the numbers are counted over; `share` is a fraction of the week. */
  readonly per: 'day' | 'week' | 'share';
}

/** The activity metrics in report order (playbook §8). */
export const ACTIVITY_METRICS: readonly ActivityMetric[] = [
  'emails',
  'calls',
  'meetings',
  'discoveryCalls',
  'demos',
  'proposals',
  'selfGeneratedShare',
];

/**
 * Leading activity targets (playbook §8): 30-50 emails and 15-25 calls a
 * day; 8-12 meetings, 5-8 discovery calls, 3-5 demos and 2-3 proposals a
 * week; about 35% of the week on self-generated pipeline, read here as 30% to
 * 40%. Defaults: a team passes its own targets to `activityVsTargets`.
 */
export const ACTIVITY_TARGETS: Readonly<Record<ActivityMetric, ActivityTarget>> = {
  emails: { min: 30, max: 50, per: 'day' },
  calls: { min: 15, max: 25, per: 'day' },
  meetings: { min: 8, max: 12, per: 'week' },
  discoveryCalls: { min: 5, max: 8, per: 'week' },
  demos: { min: 3, max: 5, per: 'week' },
  proposals: { min: 2, max: 3, per: 'week' },
  selfGeneratedShare: { min: 0.3, max: 0.4, per: 'share' },
};
