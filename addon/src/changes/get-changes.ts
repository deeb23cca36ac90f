import { parseDay } from '../../../shared/index';
import { loadSettings } from '../settings/load-settings';
import { problemLine, workerCaller } from '../snapshots/call-worker';
import type { PipelineChangesData } from './changes-types';

const MONTHS_PER_QUOTA = { month: 1, quarter: 3, year: 12 };

/**
 * What the pipeline changes sidebar shows: the team's snapshot dates and the
 * analytics Worker's answers, as sent, for the waterfall between two of them
 * (GET /v1/waterfall), the trends of the thirteen months up to the later one (the same month a
 * year before to its month)
 * (GET /v1/trends, with the Settings quota per month for coverage) and the
 * forecast accuracy of a period (GET /v1/forecast-accuracy). The calls go
 * with the user's key, which never reaches the sidebar; the sidebar checks
 * and lays out the answers. Never throws for a missing Worker, key or
 * history: `reason` says why there is nothing to compare. A date that is not
 * a snapshot's gets the Worker's own 400 or 404 in `waterfall`.
 *
 * @param from - the earlier snapshot date; default the newest one at least
 *   seven days before `to`, else the oldest
 * @param to - the later snapshot date; default the newest
 * @param period - the forecast period (2026, 2026-Q4, 2026-11); default the month of `to`
 */
export function getChanges(from?: string, to?: string, period?: string): PipelineChangesData {
  const settings = loadSettings();
  const { quota, quotaPeriod } = settings;
  const out: PipelineChangesData = {
    language: settings.language,
    quota:
      typeof quota === 'number' && quota > 0
        ? Math.round(quota / MONTHS_PER_QUOTA[quotaPeriod || 'quarter'])
        : null,
  };
  const call = workerCaller(settings);
  if (typeof call === 'string') out.reason = call;
  else {
    try {
      const list = call('/v1/snapshots');
      if (list.status !== 200) throw new Error(problemLine(list));
      const days: string[] = list.body.snapshots.map((s: { asOf: string }) => s.asOf);
      out.snapshots = days;
      if (days.length < 2) out.reason = 'noSnapshots';
      else {
        const later = to || days[days.length - 1];
        const week = parseDay(later)! - 7;
        const earlier = from || days.filter((d) => parseDay(d)! <= week).pop() || days[0];
        const month = later.slice(0, 7);
        const q = encodeURIComponent;
        out.from = earlier;
        out.to = later;
        out.period = period || month;
        out.waterfall = call(`/v1/waterfall?from=${q(earlier)}&to=${q(later)}`);
        out.trends = call(
          `/v1/trends?from=${+month.slice(0, 4) - 1}${month.slice(4)}&to=${month}${out.quota ? `&quota=${out.quota}` : ''}`,
        );
        out.accuracy = call(`/v1/forecast-accuracy?period=${q(out.period)}`);
      }
    } catch (error) {
      out.reason = 'unreachable';
      out.detail = (error as Error).message;
    }
  }
  return out;
}
