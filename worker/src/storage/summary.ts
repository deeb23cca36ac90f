import { averageDealSize } from '../../../shared/pipeline/average-deal-size';
import { coverageRatio } from '../../../shared/pipeline/coverage-ratio';
import { openPipeline } from '../../../shared/pipeline/open-pipeline';
import { weightedPipeline } from '../../../shared/pipeline/weighted-pipeline';
import { winRate } from '../../../shared/pipeline/win-rate';
import { monthIndex } from '../../../shared/analysis/month-index';
import { monthLabel } from '../../../shared/analysis/month-label';
import type { SnapshotDeals } from '../../../shared/snapshots/period-forecast-accuracy';
import type { MonthTrend } from '../../../shared/snapshots/snapshot-trend';
import { findStage } from '../../../shared/stages/find-stage';
import type { DayNumber, Deal } from '../../../shared/types';

// The figures of a snapshot that GET /v1/trends needs, worked out once when
// the snapshot is stored, so a trend over three years reads 37 small rows
// instead of every deal of 37 snapshots. Each figure is summed in the order
// `snapshotTrend` (shared/snapshots/snapshot-trend.ts) sums it, so a trend
// from summaries equals the trend from the deals to the last bit (the test
// storage-summary.test.ts checks both on random pipelines).

/** Closed deals of one close month: `[month index, won, lost, won amount, lost amount, cycle-day sum, cycles]`. */
export type ClosedMonth = [number, number, number, number, number, number, number];

/** A snapshot's trend figures. */
export interface SnapshotSummary {
  readonly v: 1;
  /** Open pipeline (`openPipeline` over the snapshot's deals). */
  readonly open: number;
  /** Weighted pipeline (`weightedPipeline`). */
  readonly weighted: number;
  /** Closed deals by close month, oldest first. */
  readonly closed: readonly ClosedMonth[];
}

const amountOf = (deal: Deal): number =>
  deal.amount !== null && Number.isFinite(deal.amount) ? deal.amount : 0;

/**
 * The summary of a snapshot, by the rules of `snapshotTrend`: pipeline from
 * deals whose stage the snapshot knows; closed deals (won or lost stage, a
 * finite close date) counted by close month with the cycle of won deals that
 * have a created date not after the close. O(n + m log m) for m cycles.
 */
export function summarize(snapshot: SnapshotDeals): SnapshotSummary {
  const items: { amount: number; stage: NonNullable<ReturnType<typeof findStage>> }[] = [];
  const months = new Map<
    number,
    { won: number; lost: number; wonAmount: number; lostAmount: number; cycles: number[] }
  >();
  for (const deal of snapshot.deals) {
    const stage = findStage(snapshot.stages, deal.stage);
    if (!stage) continue;
    items.push({ amount: amountOf(deal), stage });
    const closeDate = deal.closeDate;
    if (stage.kind === 'open' || closeDate === undefined || !Number.isFinite(closeDate)) continue;
    const index = monthIndex(closeDate);
    let m = months.get(index);
    if (!m) {
      m = { won: 0, lost: 0, wonAmount: 0, lostAmount: 0, cycles: [] };
      months.set(index, m);
    }
    if (stage.kind === 'won') {
      m.won++;
      m.wonAmount += amountOf(deal);
      const cycle =
        deal.created !== undefined && Number.isFinite(deal.created) ? closeDate - deal.created : -1;
      if (cycle >= 0) m.cycles.push(cycle);
    } else {
      m.lost++;
      m.lostAmount += amountOf(deal);
    }
  }
  const closed: ClosedMonth[] = [...months.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, m]) => {
      // The mean of `meanAndMedian` sums the cycles in ascending order.
      const sorted = Float64Array.from(m.cycles).sort();
      let sum = 0;
      for (const c of sorted) sum += c;
      return [index, m.won, m.lost, m.wonAmount, m.lostAmount, sum, sorted.length];
    });
  return { v: 1, open: openPipeline(items), weighted: weightedPipeline(items), closed };
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const whole = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * Reads a stored summary, or says why it cannot be used (then the trend
 * reads the snapshot's deals instead).
 */
export function readSummary(
  data: unknown,
): { summary: SnapshotSummary; problem?: undefined } | { summary?: undefined; problem: string } {
  let raw: unknown;
  try {
    if (typeof data !== 'string') throw new TypeError('not text');
    raw = JSON.parse(data);
  } catch {
    return { problem: data === null || data === undefined ? 'none stored' : 'not JSON' };
  }
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (s.v !== 1) return { problem: 'unknown version' };
  if (!finite(s.open) || !finite(s.weighted)) return { problem: 'pipeline is not a number' };
  if (!Array.isArray(s.closed)) return { problem: 'closed months are not a list' };
  for (const m of s.closed as unknown[]) {
    if (
      !Array.isArray(m) ||
      m.length !== 7 ||
      !Number.isSafeInteger(m[0]) ||
      !whole(m[1]) ||
      !whole(m[2]) ||
      !finite(m[3]) ||
      !finite(m[4]) ||
      !finite(m[5]) ||
      !whole(m[6])
    ) {
      return { problem: 'a closed month is not readable' };
    }
  }
  return { summary: raw as SnapshotSummary };
}

/**
 * `snapshotTrend` from summaries: closed-deal figures from the newest
 * snapshot by close month, pipeline figures from each month's first
 * snapshot. The same figures as `snapshotTrend` over the same snapshots.
 */
export function trendFromSummaries(
  snapshots: readonly { asOf: DayNumber; summary: SnapshotSummary }[],
  options: { readonly from: DayNumber; readonly to: DayNumber; readonly quota?: number },
): MonthTrend[] {
  const firstMonth = monthIndex(options.from);
  const lastMonth = monthIndex(options.to);
  const sorted = [...snapshots].sort((a, b) => a.asOf - b.asOf);
  const latest = sorted[sorted.length - 1];
  const closedByMonth = new Map((latest?.summary.closed ?? []).map((m) => [m[0], m]));
  const trend: MonthTrend[] = [];
  for (let index = firstMonth; index <= lastMonth; index++) {
    const closed = closedByMonth.get(index);
    const won = closed?.[1] ?? 0;
    const lost = closed?.[2] ?? 0;
    const wonAmount = closed?.[3] ?? 0;
    const closedAmount = wonAmount + (closed?.[4] ?? 0);
    const start = sorted.find((s) => monthIndex(s.asOf) === index);
    const open = start ? start.summary.open : null;
    const coverage =
      open !== null && options.quota !== undefined
        ? coverageRatio(Math.max(0, open), options.quota, Math.max(0, wonAmount)).ratio
        : null;
    trend.push({
      month: monthLabel(index),
      won,
      lost,
      winRate: closed ? winRate(won, lost) : null,
      winRateByAmount: closedAmount > 0 ? wonAmount / closedAmount : null,
      wonAmount,
      averageDealSize: closed ? averageDealSize(wonAmount, won) : null,
      cycleDays: closed && closed[6] > 0 ? closed[5] / closed[6] : null,
      snapshotAsOf: start?.asOf ?? null,
      openPipeline: open,
      weightedPipeline: start ? start.summary.weighted : null,
      coverage,
    });
  }
  return trend;
}
