import type { DayNumber } from '../../../shared/types';
import { isoDay } from '../lib/iso-day';
import type { Settings } from '../settings/settings';
import { workerCaller } from '../snapshots/call-worker';
import type { SnapshotStageDays } from './measured-stage-days';

/**
 * Each open stage's average stay over the team's snapshots of the last 13
 * weeks up to `asOf`, as the Worker measures it, for the stalled rule when
 * neither the stage table nor the sheet's stage dates give one. Never
 * throws: without a Worker, a key, snapshots or an answer, none.
 */
export function snapshotStageDays(settings: Settings, asOf: DayNumber): SnapshotStageDays[] {
  const call = workerCaller(settings);
  try {
    const answer =
      typeof call !== 'string' &&
      call(`/v1/deal-history?from=${isoDay(asOf - 91)}&to=${isoDay(asOf)}`);
    return (answer && answer.status === 200 && answer.body.stages) || [];
  } catch {
    return [];
  }
}
