import type { Settings } from '../settings/settings';
import { workerCaller } from '../snapshots/call-worker';
import type { DealHistoryAnswer } from './weekly-review-types';

/**
 * The team's deal history from `from` to `to` (YYYY-MM-DD) as GET
 * /v1/deal-history answers it, or null: without a Worker, a key, snapshots
 * in the range or an answer. Never throws.
 */
export function dealHistoryOf(
  settings: Settings,
  from: string,
  to: string,
): DealHistoryAnswer | null {
  const call = workerCaller(settings);
  try {
    const answer = typeof call !== 'string' && call(`/v1/deal-history?from=${from}&to=${to}`);
    const body = answer && answer.status === 200 ? answer.body : null;
    return body?.deals && body.stages ? (body as DealHistoryAnswer) : null;
  } catch {
    return null;
  }
}
