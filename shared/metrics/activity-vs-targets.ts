import { type ActivityMetric, PlaybookError } from '../types';
import { ACTIVITY_METRICS, ACTIVITY_TARGETS, type ActivityTarget } from './activity-targets';

/** Where an actual figure sits against its target band. */
export type ActivityStatus = 'below' | 'onTarget' | 'above';

/** One metric compared with its target. */
export interface ActivityResult {
  readonly metric: ActivityMetric;
  readonly actual: number;
  readonly min: number;
  readonly max: number;
  readonly per: ActivityTarget['per'];
  readonly status: ActivityStatus;
}

/**
 * Compares a seller's activity with the targets (playbook §8). Daily metrics
 * (emails, calls) take an average per working day, weekly ones a count per
 * week, and `selfGeneratedShare` a fraction 0..1 of the week. A figure on
 * either end of the band is on target. Only the metrics given are reported.
 *
 * @param actuals - metric → actual figure; missing or null metrics are skipped
 * @param targets - replaces the default target of any metric it names
 * @returns one result per metric given, in `ACTIVITY_METRICS` order
 * @throws PlaybookError when a figure is negative or not a number, or a share is above 1
 * @example
 * activityVsTargets({ calls: 12 })[0].status // => 'below'
 */
export function activityVsTargets(
  actuals: Readonly<Partial<Record<ActivityMetric, number | null>>>,
  targets: Readonly<Partial<Record<ActivityMetric, ActivityTarget>>> = {},
): ActivityResult[] {
  const results: ActivityResult[] = [];
  for (const metric of ACTIVITY_METRICS) {
    const actual = actuals[metric];
    if (actual === undefined || actual === null) continue;
    if (!Number.isFinite(actual) || actual < 0 || (metric === 'selfGeneratedShare' && actual > 1)) {
      const range = metric === 'selfGeneratedShare' ? 'a fraction from 0 to 1' : 'a number ≥ 0';
      throw new PlaybookError(`activityVsTargets: ${metric} must be ${range} (got ${actual})`);
    }
    const { min, max, per } = targets[metric] ?? ACTIVITY_TARGETS[metric];
    const status: ActivityStatus = actual < min ? 'below' : actual > max ? 'above' : 'onTarget';
    results.push({ metric, actual, min, max, per, status });
  }
  return results;
}
