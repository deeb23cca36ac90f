import { parseDay } from '../../../shared/index';
import type { DayNumber } from '../../../shared/types';
import { isoDay } from '../lib/iso-day';
import type { Settings } from '../settings/settings';
import { problemLine, workerCaller } from './call-worker';
import type { EstimateReason, WaterfallDeal } from './snapshot-types';

/** What the snapshots say about the week, or why they cannot. */
export interface ReviewHistory {
  readonly from: string;
  readonly to: string;
  readonly deals: WaterfallDeal[];
  readonly reason: EstimateReason;
  /** The stale snapshot's date, or what the Worker answered. */
  readonly detail: string;
}

/**
 * The changes between the team's two snapshots that span the review week:
 * `to` is the newest snapshot on or before `asOf` (at most 7 days old),
 * `from` the newest one at least 7 days before `to` (else the oldest one
 * before it); GET /v1/waterfall compares them, with the calendar month of
 * `from` as the period deals slip out of. Never throws: without a Worker, a
 * key, two snapshots or an answer it says why, and the review estimates.
 */
export function reviewHistory(settings: Settings, asOf: DayNumber): ReviewHistory {
  let reason: EstimateReason = 'none';
  let detail = '';
  const call = workerCaller(settings);
  if (typeof call === 'string') reason = call;
  else {
    try {
      const get = (path: string) => {
        const answer = call(path);
        if (answer.status !== 200) throw new Error(problemLine(answer));
        return answer.body;
      };
      // Oldest first, as the Worker lists them.
      const days: number[] = get('/v1/snapshots')
        .snapshots.map((s: { asOf: string }) => parseDay(s.asOf))
        .filter((day: number) => day <= asOf);
      const to = days.pop()!;
      const from = days.filter((day) => day <= to - 7).pop() || days[0];
      if (to < asOf - 7) {
        reason = 'stale';
        detail = isoDay(to);
      } else if (from !== undefined) {
        const [f, t] = [from, to].map(isoDay);
        const { deals } = get(`/v1/waterfall?from=${f}&to=${t}&period=${f.slice(0, 7)}`);
        return { from: f, to: t, deals, reason: '', detail };
      }
    } catch (error) {
      reason = 'unreachable';
      detail = String((error as Error).message || error);
    }
  }
  return { from: '', to: '', deals: [], reason, detail };
}
