import { monthIndex } from '../analysis/month-index';
import { monthLabel } from '../analysis/month-label';
import { findStage } from '../stages/find-stage';
import type { Deal, StageTable } from '../types';
import { winRate } from './win-rate';

/**
 * A cohort counts as still maturing while more than this share of its deals
 * is open: with over a fifth of the deals undecided, the rate can still move
 * by more than the width of a healthy band (playbook §4), so it is no verdict.
 */
export const MATURING_OPEN_SHARE = 0.2;

/** The deals created in one month, followed to where they stand now. */
export interface Cohort {
  /** Creation month, YYYY-MM; null for the deals without a created date. */
  readonly month: string | null;
  /** Deals created in the month. */
  readonly created: number;
  readonly won: number;
  readonly lost: number;
  /** Neither won nor lost (a stage the table does not know counts as open). */
  readonly open: number;
  /** Sum of the won deals' amounts (a blank amount counts as 0). */
  readonly wonAmount: number;
  /** won / (won + lost) by deals (playbook §4); null while none is closed. */
  readonly winRate: number | null;
  /** open / created, 0..1 (0 for an empty month). */
  readonly openShare: number;
  /** More than `MATURING_OPEN_SHARE` of the deals still open: the rate is not final. */
  readonly maturing: boolean;
}

/** Cohort win rates: one row per creation month, and the undated deals. */
export interface CohortWinRates {
  /** Every month from `from` to `to` (or the first to the last creation month), oldest first. */
  readonly cohorts: Cohort[];
  /** Deals without a created date, counted once here; null when every deal has one. */
  readonly undated: Cohort | null;
  /** Won deals whose amount is blank (counted as 0 in `wonAmount`). */
  readonly missingAmount: number;
}

export interface CohortOptions {
  readonly stages: StageTable;
  /** First creation month, as a month index (year × 12 + month − 1); default the earliest. */
  readonly from?: number;
  /** Last creation month, as a month index; default the latest. */
  readonly to?: number;
}

/**
 * Groups deals by the month they were created and follows each group to its
 * outcome as the deals stand now: created, won, lost and still open, won
 * amount, and the cohort win rate won / (won + lost) by deals (playbook §4).
 * Deals created outside `from`..`to` are left out; deals without a created
 * date are counted once, as the undated cohort, whatever the range. Months
 * in the range with no deal appear with zeros. O(n + months).
 */
export function cohortWinRates(deals: readonly Deal[], options: CohortOptions): CohortWinRates {
  const counts = new Map<number, { created: number; won: number; lost: number; amount: number }>();
  const undated = { created: 0, won: 0, lost: 0, amount: 0 };
  let missingAmount = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const deal of deals) {
    let c = undated;
    if (deal.created !== undefined) {
      const month = monthIndex(deal.created);
      if (options.from !== undefined && month < options.from) continue;
      if (options.to !== undefined && month > options.to) continue;
      const found = counts.get(month);
      if (found) c = found;
      else {
        c = { created: 0, won: 0, lost: 0, amount: 0 };
        counts.set(month, c);
      }
      if (month < first) first = month;
      if (month > last) last = month;
    }
    c.created++;
    const kind = findStage(options.stages, deal.stage)?.kind;
    if (kind === 'won') {
      c.won++;
      if (deal.amount === null || !Number.isFinite(deal.amount)) missingAmount++;
      else c.amount += deal.amount;
    } else if (kind === 'lost') c.lost++;
  }
  const row = (
    month: string | null,
    c: { created: number; won: number; lost: number; amount: number },
  ): Cohort => {
    const open = c.created - c.won - c.lost;
    const openShare = c.created === 0 ? 0 : open / c.created;
    return {
      month,
      created: c.created,
      won: c.won,
      lost: c.lost,
      open,
      wonAmount: c.amount,
      winRate: winRate(c.won, c.lost),
      openShare,
      maturing: openShare > MATURING_OPEN_SHARE,
    };
  };
  const start = options.from ?? first;
  const end = options.to ?? last;
  const cohorts: Cohort[] = [];
  const empty = { created: 0, won: 0, lost: 0, amount: 0 };
  for (let m = start; m <= end; m++) cohorts.push(row(monthLabel(m), counts.get(m) ?? empty));
  return {
    cohorts,
    undated: undated.created > 0 ? row(null, undated) : null,
    missingAmount,
  };
}
