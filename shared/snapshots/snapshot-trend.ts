import { averageDealSize } from '../pipeline/average-deal-size';
import { coverageRatio } from '../pipeline/coverage-ratio';
import { cycleDays } from '../pipeline/cycle-days';
import { meanAndMedian } from '../pipeline/mean-and-median';
import { openPipeline } from '../pipeline/open-pipeline';
import { weightedPipeline } from '../pipeline/weighted-pipeline';
import { winRate } from '../pipeline/win-rate';
import { findStage } from '../stages/find-stage';
import { type DayNumber, type Deal, PlaybookError, type StageDefinition } from '../types';
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

const MS_PER_DAY = 86_400_000;
const monthIndexOf = (day: DayNumber) => {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const monthText = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Month-by-month outcome and pipeline trend from dated snapshots (playbook
 * §4, §8). Closed-deal figures (win rate, deal size, cycle) come from the
 * newest snapshot, by close month. Pipeline figures (open, weighted,
 * coverage) come from each month's first snapshot, i.e. the pipeline the
 * month started with. O(n) per snapshot used.
 *
 * @param snapshots - the team's snapshots, any order
 * @param options - first and last day of the range; monthly quota for coverage
 * @returns one entry per calendar month from `from` to `to`
 * @throws PlaybookError when there is no snapshot, the range is reversed or
 *   a deal's stage is not in its snapshot's stage table
 * @example
 * snapshotTrend(snapshots, { from: 20454, to: 20513 }).map((m) => m.month) // => ['2026-01', '2026-02']
 */
export function snapshotTrend(
  snapshots: readonly SnapshotDeals[],
  options: { readonly from: DayNumber; readonly to: DayNumber; readonly quota?: number },
): MonthTrend[] {
  if (snapshots.length === 0) throw new PlaybookError('snapshotTrend: no snapshot to read');
  const firstMonth = monthIndexOf(options.from);
  const lastMonth = monthIndexOf(options.to);
  if (lastMonth < firstMonth) {
    throw new PlaybookError('snapshotTrend: the range ends before it starts');
  }
  const sorted = [...snapshots].sort((a, b) => a.asOf - b.asOf);
  const stageOf = (deal: Deal, snapshot: SnapshotDeals): StageDefinition => {
    const stage = findStage(snapshot.stages, deal.stage);
    if (!stage) {
      throw new PlaybookError(
        `snapshotTrend: deal in row ${deal.row} has unknown stage "${deal.stage}"`,
      );
    }
    return stage;
  };

  const latest = sorted[sorted.length - 1];
  const months = lastMonth - firstMonth + 1;
  const closed = Array.from({ length: months }, () => ({
    won: 0,
    lost: 0,
    wonAmount: 0,
    lostAmount: 0,
    cycles: [] as number[],
  }));
  for (const deal of latest.deals) {
    const stage = stageOf(deal, latest);
    if (stage.kind === 'open' || deal.closeDate === undefined) continue;
    const slot = closed[monthIndexOf(deal.closeDate) - firstMonth];
    if (!slot) continue;
    if (stage.kind === 'won') {
      slot.won += 1;
      slot.wonAmount += deal.amount ?? 0;
      if (deal.created !== undefined) slot.cycles.push(cycleDays(deal.created, deal.closeDate));
    } else {
      slot.lost += 1;
      slot.lostAmount += deal.amount ?? 0;
    }
  }

  return closed.map((slot, i) => {
    const monthIndex = firstMonth + i;
    const start = sorted.find((s) => monthIndexOf(s.asOf) === monthIndex);
    const items = start?.deals.map((deal) => ({
      amount: deal.amount,
      stage: stageOf(deal, start),
    }));
    const open = items ? openPipeline(items) : null;
    const coverage =
      open !== null && options.quota !== undefined
        ? coverageRatio(open, options.quota, slot.wonAmount).ratio
        : null;
    return {
      month: monthText(monthIndex),
      won: slot.won,
      lost: slot.lost,
      winRate: winRate(slot.won, slot.lost),
      winRateByAmount: winRate(slot.wonAmount, slot.lostAmount),
      wonAmount: slot.wonAmount,
      averageDealSize: averageDealSize(slot.wonAmount, slot.won),
      cycleDays: meanAndMedian(slot.cycles).mean,
      snapshotAsOf: start?.asOf ?? null,
      openPipeline: open,
      weightedPipeline: items ? weightedPipeline(items) : null,
      coverage,
    };
  });
}
