import { type ActivityMetric, PlaybookError } from '../types';
import { ACTIVITY_METRICS, type ActivityTarget } from './activity-targets';
import { type ActivityResult, activityVsTargets } from './activity-vs-targets';

/** Working days in a week, to turn days worked into weeks (playbook §8 weekly targets). */
export const WORKING_DAYS_PER_WEEK = 5;

/** One row of the activity tab: a rep's counts over some days (a day, a week). */
export interface ActivityRow {
  readonly rep: string;
  /** 1-based row in the tab, for messages. */
  readonly row: number;
  /** Working days the row covers (1 for a day, 5 for a full week). */
  readonly days: number;
  /** Counts over those days; `selfGeneratedShare` a fraction 0..1 of the time. Blank: not recorded. */
  readonly counts: Readonly<Partial<Record<ActivityMetric, number | null>>>;
}

/** One rep's activity over the rows given, against the targets. */
export interface RepActivity {
  readonly rep: string;
  /** Working days recorded. */
  readonly days: number;
  /** Emails and calls per working day, the others per week of five working days, the share as recorded. */
  readonly actuals: Partial<Record<ActivityMetric, number>>;
  /** `activityVsTargets` of the actuals, in report order. */
  readonly results: ActivityResult[];
}

/**
 * Each rep's activity against the playbook's targets (§8): emails and calls
 * per working day (total / days), meetings, discovery calls, demos and
 * proposals per week (total / (days / 5)), and the share of time on
 * self-generated pipeline weighted by days. A metric blank in a row is
 * averaged over the rows that record it; a rep with no row recording a
 * metric has no figure for it. Reps come in the order they first appear;
 * rep names compare trimmed and without regard to case. O(n).
 *
 * @param rows - the activity tab's rows of the period
 * @param targets - the team's targets, replacing the playbook's per metric
 * @throws PlaybookError naming the row when days are not above 0 and at most 7, or a count is negative
 * @example
 * activityByRep([{ rep: 'Ana', row: 2, days: 5, counts: { emails: 150 } }])[0].actuals.emails // => 30
 */
export function activityByRep(
  rows: readonly ActivityRow[],
  targets: Readonly<Partial<Record<ActivityMetric, ActivityTarget>>> = {},
): RepActivity[] {
  const reps = new Map<
    string,
    { rep: string; days: number; sums: Map<ActivityMetric, { total: number; days: number }> }
  >();
  for (const r of rows) {
    if (!(r.days > 0 && r.days <= 7)) {
      throw new PlaybookError(
        `activityByRep: days in row ${r.row} must be above 0 and at most 7 (got ${r.days})`,
      );
    }
    const key = r.rep.trim().toLowerCase();
    const rep = reps.get(key) ?? { rep: r.rep.trim(), days: 0, sums: new Map() };
    reps.set(key, rep);
    rep.days += r.days;
    for (const metric of ACTIVITY_METRICS) {
      const value = r.counts[metric];
      if (value === undefined || value === null) continue;
      if (!(value >= 0) || (metric === 'selfGeneratedShare' && value > 1)) {
        throw new PlaybookError(
          `activityByRep: ${metric} in row ${r.row} must be ${metric === 'selfGeneratedShare' ? 'a share from 0% to 100%' : 'a number ≥ 0'} (got ${value})`,
        );
      }
      const sum = rep.sums.get(metric) ?? { total: 0, days: 0 };
      // The share is a rate already: weight it by the days it covers.
      sum.total += metric === 'selfGeneratedShare' ? value * r.days : value;
      sum.days += r.days;
      rep.sums.set(metric, sum);
    }
  }
  return [...reps.values()].map(({ rep, days, sums }) => {
    const actuals: Partial<Record<ActivityMetric, number>> = {};
    for (const [metric, { total, days: d }] of sums) {
      const per = metric === 'emails' || metric === 'calls' ? 1 : WORKING_DAYS_PER_WEEK;
      actuals[metric] = metric === 'selfGeneratedShare' ? total / d : (total * per) / d;
    }
    return { rep, days, actuals, results: activityVsTargets(actuals, targets) };
  });
}
