// A rep's forecast call for a period, sent to the analytics Worker
// (PUT /v1/forecast-calls/{period}/{rep}), and each rep's call against what
// they won (GET /v1/forecast-accuracy/reps). The Worker's answer goes to the
// sidebar as sent; the sidebar words it (client/forecast-call-section.ts).

import { loadSettings } from '../settings/load-settings';
import { workerCaller } from '../snapshots/call-worker';
import type { ForecastCallAnswer, ForecastCallInput } from './forecast-call-types';

function ask(path: string, call?: ForecastCallInput, version?: number | null): ForecastCallAnswer {
  const worker = workerCaller(loadSettings());
  if (typeof worker === 'string') return { reason: worker };
  // If-Match makes the Worker refuse (412) a write over a newer version.
  return worker(path, call, call && 'put', version ? { 'If-Match': `"${version}"` } : {});
}

/**
 * Stores `rep`'s call for `period` (2026-Q4, 2026-11, 2026). With `version`
 * (the one read by getForecastCall) it replaces only that version: 412 when
 * someone stored a newer one; without, it replaces any earlier call.
 */
export function submitForecastCall(
  period: string,
  rep: string,
  call: ForecastCallInput,
  version?: number | null,
): ForecastCallAnswer {
  return ask(
    `/v1/forecast-calls/${encodeURIComponent(period)}/${encodeURIComponent(rep)}`,
    call,
    version,
  );
}

/**
 * `rep`'s stored call for `period` (GET /v1/forecast-calls): 200 with the
 * call, or 200 with an empty body when the rep has none; a refusal as sent.
 * The rep matches ignoring case and outer spaces, as the Worker keys calls.
 */
export function getForecastCall(period: string, rep: string): ForecastCallAnswer {
  const answer = ask(`/v1/forecast-calls?period=${encodeURIComponent(period)}`);
  const key = rep.trim().toLowerCase();
  return 'body' in answer && answer.status === 200
    ? {
        status: 200,
        body:
          (answer.body.calls as { rep: string }[]).find(
            (c) => c.rep.trim().toLowerCase() === key,
          ) || {},
      }
    : answer;
}

/** Each rep's call for `period` against the amount they won in it. */
export function getForecastAccuracy(period: string): ForecastCallAnswer {
  return ask(`/v1/forecast-accuracy/reps?period=${encodeURIComponent(period)}`);
}
