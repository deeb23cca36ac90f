import { teamObject } from './snapshot-store';
import type { CallWriteOutcome, ForecastCallWrite } from './team-snapshots';

export type { CallWriteOutcome, ForecastCallWrite } from './team-snapshots';

/** A rep's stored call for a period. */
export interface ForecastCall {
  period: string;
  rep: string;
  commit: number;
  bestCase: number | null;
  note: string | null;
  /** When it was last written (ISO timestamp). */
  updated: string;
  /** 1 when first stored, one more on each write of the period and rep. */
  version: number;
}

/** Calls a team may keep per period: room for any sales floor, not for an endless list of names. */
export const MAX_CALLS_PER_PERIOD = 1000;

/** The name a call is kept under: `Ann Lee` and ` ann lee ` are one rep. */
export const repKey = (rep: string) => rep.trim().toLowerCase();

const finiteOrNull = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Stores a rep's call in the team's object (storage/team-snapshots.ts `putCall`). */
export async function putForecastCall(
  env: Env,
  team: string,
  write: ForecastCallWrite,
  condition: { ifVersion?: number; ifAbsent?: boolean },
): Promise<CallWriteOutcome> {
  return (await teamObject(env.TEAM_SNAPSHOTS, team).putCall(write, {
    ...condition,
    maxCalls: MAX_CALLS_PER_PERIOD,
  })) as CallWriteOutcome;
}

/**
 * The team's calls of a period, by rep name. A row whose call is not a
 * number ≥ 0 is left out and logged rather than failing the request.
 */
export async function forecastCalls(
  env: Env,
  team: string,
  period: string,
): Promise<ForecastCall[]> {
  const rows = await teamObject(env.TEAM_SNAPSHOTS, team).calls(period);
  const out: ForecastCall[] = [];
  for (const row of rows) {
    const commit = finiteOrNull(row.call_commit);
    if (commit === null || commit < 0 || typeof row.rep !== 'string') {
      console.warn(`Forecast calls of team ${team}, ${period}: a damaged row was left out`);
      continue;
    }
    const bestCase = finiteOrNull(row.best_case);
    out.push({
      period,
      rep: row.rep,
      commit,
      bestCase: bestCase !== null && bestCase >= 0 ? bestCase : null,
      note: typeof row.note === 'string' ? row.note : null,
      updated: typeof row.updated === 'string' ? row.updated : '',
      version: Number.isSafeInteger(row.version) ? (row.version as number) : 1,
    });
  }
  return out;
}
