// A rep's forecast call for a period, sent to the analytics Worker
// (PUT /v1/forecast-calls/{period}/{rep}), and each rep's call against what
// they won (GET /v1/forecast-accuracy/reps). The Worker's answer goes to the
// sidebar as sent; the sidebar words it (client/forecast-call-section.ts).

import { loadSettings } from '../settings/load-settings';
import { workerCaller } from '../snapshots/call-worker';
import type { ForecastCallAnswer, ForecastCallInput } from './forecast-call-types';

function ask(path: string, call?: ForecastCallInput): ForecastCallAnswer {
  const worker = workerCaller(loadSettings());
  return typeof worker === 'string' ? { reason: worker } : worker(path, call, call && 'put');
}

/** Stores `rep`'s call for `period` (2026-Q4, 2026-11, 2026), replacing any earlier one. */
export function submitForecastCall(
  period: string,
  rep: string,
  call: ForecastCallInput,
): ForecastCallAnswer {
  return ask(`/v1/forecast-calls/${encodeURIComponent(period)}/${encodeURIComponent(rep)}`, call);
}

/** Each rep's call for `period` against the amount they won in it. */
export function getForecastAccuracy(period: string): ForecastCallAnswer {
  return ask(`/v1/forecast-accuracy/reps?period=${encodeURIComponent(period)}`);
}
