import { createMonthCounter } from '../analysis/month-counter';
import { monthIndex } from '../analysis/month-index';
import { monthLabel } from '../analysis/month-label';
import { coverageRatio } from '../pipeline/coverage-ratio';
import { openPipeline } from '../pipeline/open-pipeline';
import { weightedPipeline } from '../pipeline/weighted-pipeline';
import { findStage } from '../stages/find-stage';
import { type DayNumber, type Deal, PlaybookError } from '../types';
import type { SnapshotDeals } from './period-forecast-accuracy';

/** One month of `snapshotTrend`. */
export interface MonthTrend {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost) by deals; null with no closed deal. */
  readonly winRate: number | null;
  /** Won amount / (won + lost amount); null with no closed amount. */
  readonly winRateByAmount: number | null;
  readonly wonAmount: number;
  /** Won amount / won deals; null with no won deal. */
  readonly averageDealSize: number | null;
  /** Mean days from created to closed of won deals; null when none has both dates. */
  readonly cycleDays: number | null;
  /** Date of the month's first snapshot, which the pipeline figures come from; null if none. */
  readonly snapshotAsOf: DayNumber | null;
  readonly openPipeline: number | null;
  readonly weightedPipeline: number | null;
  /** Open pipeline / (quota − won in the month); null without a quota, a snapshot or remaining quota. */
  readonly coverage: number | null;
}

/**
 * Month-by-month outcome and pipeline trend from dated snapshots (playbook
 * §4, §8). Closed-deal figures (win rate, deal size, cycle) come from the
 * newest snapshot, by close month, counted by `createMonthCounter` like
 * `analyze`. Pipeline figures (open, weighted, coverage) come from each
 * month's first snapshot, i.e. the pipeline the month started with. O(n) per
 * snapshot used.
 *
 * Stored deals never make it throw: a deal whose stage its snapshot does not
 * know is left out; a close date before the created date leaves that deal out
 * of the cycle; negative amounts (credit notes) are summed, the win rate by
 * amount is `null` unless the closed amount is positive, and coverage counts
 * a negative open pipeline or won amount as 0 (the rules of `analyze`).
 *
 * @param snapshots - the team's snapshots, any order
 * @param options - first and last day of the range; monthly quota for coverage
 * @returns one entry per calendar month from `from` to `to`
 * @throws PlaybookError when there is no snapshot, the range is reversed or
 *   the quota is negative
 * @example
 * snapshotTrend(snapshots, { from: 20454, to: 20513 }).map((m) => m.month) // => ['2026-01', '2026-02']
 */
export function snapshotTrend(
  snapshots: readonly SnapshotDeals[],
  options: { readonly from: DayNumber; readonly to: DayNumber; readonly quota?: number },
): MonthTrend[] {
  if (snapshots.length === 0) throw new PlaybookError('snapshotTrend: no snapshot to read');
  const firstMonth = monthIndex(options.from);
  const lastMonth = monthIndex(options.to);
  if (lastMonth < firstMonth) {
    throw new PlaybookError('snapshotTrend: the range ends before it starts');
  }
  const sorted = [...snapshots].sort((a, b) => a.asOf - b.asOf);
  const amountOf = (deal: Deal): number =>
    deal.amount !== null && Number.isFinite(deal.amount) ? deal.amount : 0;

  const latest = sorted[sorted.length - 1];
  const counter = createMonthCounter();
  for (const deal of latest.deals) {
    const stage = findStage(latest.stages, deal.stage);
    const closeDate = deal.closeDate;
    if (!stage || stage.kind === 'open' || closeDate === undefined) continue;
    if (!Number.isFinite(closeDate)) continue;
    const month = monthIndex(closeDate);
    if (month < firstMonth || month > lastMonth) continue;
    // The counter leaves negative cycles (closed before created) out of the cycle figures.
    const cycle =
      deal.created !== undefined && Number.isFinite(deal.created) ? closeDate - deal.created : -1;
    counter.add(closeDate, stage.kind === 'won', amountOf(deal), cycle);
  }
  const closedByMonth = new Map(counter.result().map((row) => [row.month, row]));

  const trend: MonthTrend[] = [];
  for (let index = firstMonth; index <= lastMonth; index++) {
    const month = monthLabel(index);
    const closed = closedByMonth.get(month);
    const wonAmount = closed?.wonAmount ?? 0;
    const closedAmount = wonAmount + (closed?.lostAmount ?? 0);
    const start = sorted.find((s) => monthIndex(s.asOf) === index);
    const items = start?.deals.flatMap((deal) => {
      const stage = findStage(start.stages, deal.stage);
      return stage ? [{ amount: amountOf(deal), stage }] : [];
    });
    const open = items ? openPipeline(items) : null;
    const coverage =
      open !== null && options.quota !== undefined
        ? coverageRatio(Math.max(0, open), options.quota, Math.max(0, wonAmount)).ratio
        : null;
    trend.push({
      month,
      won: closed?.won ?? 0,
      lost: closed?.lost ?? 0,
      winRate: closed?.winRate ?? null,
      winRateByAmount: closedAmount > 0 ? wonAmount / closedAmount : null,
      wonAmount,
      averageDealSize: closed?.averageDealSize ?? null,
      cycleDays: closed?.cycleDaysMean ?? null,
      snapshotAsOf: start?.asOf ?? null,
      openPipeline: open,
      weightedPipeline: items ? weightedPipeline(items) : null,
      coverage,
    });
  }
  return trend;
}
