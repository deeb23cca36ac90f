import { averageDealSize } from '../pipeline/average-deal-size';
import { winRate } from '../pipeline/win-rate';
import { CycleList } from './cycle-list';
import type { DayNumber } from '../types';
import { monthIndex } from './month-index';
import { monthLabel } from './month-label';

/** Win/loss figures of the deals closed in one calendar month (playbook §8, §9). */
export interface MonthTrendRow {
  /** `YYYY-MM` (UTC) of the close date. */
  readonly month: string;
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost); `null` when none is closed. */
  readonly winRate: number | null;
  readonly wonAmount: number;
  readonly lostAmount: number;
  /** won amount / won deals; `null` without won deals. */
  readonly averageDealSize: number | null;
  /** Median cycle in days of the month's won deals; `null` when none has both dates. */
  readonly cycleDaysMedian: number | null;
  /** Mean cycle in days of the same won deals; `null` when none has both dates. */
  readonly cycleDaysMean: number | null;
}

/** Close days whose month is remembered (a power of two: about eleven years of days). */
const DAY_CACHE = 4096;

/**
 * Month index + 1 of each day from 1970 to 2149 worked out so far (0: not
 * yet), shared by every counter: a report meets each close day once more.
 */
const MONTH_OF_DAY = new Int32Array(1 << 16);

/** `monthIndex` of a whole day number, remembered for days 0..65535. */
function monthOfDay(day: number): number {
  if (!(day >= 0 && day < MONTH_OF_DAY.length && day === Math.floor(day))) return monthIndex(day);
  const known = MONTH_OF_DAY[day];
  if (known !== 0) return known - 1;
  const index = monthIndex(day);
  MONTH_OF_DAY[day] = index + 1;
  return index;
}

interface Accumulator {
  index: number;
  won: number;
  lost: number;
  wonAmount: number;
  lostAmount: number;
  cycles: CycleList;
}

/** Adds closed deals to month buckets one at a time; `result` sorts and finishes them. */
export interface MonthCounter {
  /** @param cycle - the deal's cycle in days, or a negative number when unknown */
  add(closeDate: DayNumber, won: boolean, amount: number, cycle: number): void;
  result(): MonthTrendRow[];
}

/**
 * Creates a counter of closed deals by close month. Only months with at
 * least one closed deal appear; rows come out in calendar order.
 *
 * @example
 * const counter = createMonthCounter();
 * counter.add(20454, true, 5_000, 12);
 * counter.result()[0].month // => '2026-01'
 */
export function createMonthCounter(): MonthCounter {
  return new MonthTally();
}

/**
 * The counter as a class: one `add` for every counter, so the optimiser's
 * call of it stays the same from report to report.
 */
class MonthTally implements MonthCounter {
  private readonly months = new Map<number, Accumulator>();
  // The month of the last close day seen in each slot (days of a pipeline
  // fall in few months, and the same days recur).
  private readonly cachedDay = new Float64Array(DAY_CACHE).fill(Number.NaN);
  private readonly cachedMonth: Accumulator[] = new Array(DAY_CACHE);

  add(closeDate: DayNumber, won: boolean, amount: number, cycle: number): void {
    const slot = closeDate & (DAY_CACHE - 1);
    let m: Accumulator;
    if (this.cachedDay[slot] === closeDate) m = this.cachedMonth[slot];
    else {
      const index = monthOfDay(closeDate);
      const known = this.months.get(index);
      if (known === undefined) {
        m = { index, won: 0, lost: 0, wonAmount: 0, lostAmount: 0, cycles: new CycleList() };
        this.months.set(index, m);
      } else m = known;
      this.cachedDay[slot] = closeDate;
      this.cachedMonth[slot] = m;
    }
    if (won) {
      m.won++;
      m.wonAmount += amount;
      if (cycle >= 0) m.cycles.push(cycle);
    } else {
      m.lost++;
      m.lostAmount += amount;
    }
  }

  result(): MonthTrendRow[] {
    return [...this.months.values()]
      .sort((a, b) => a.index - b.index)
      .map((m) => {
        const cycle = m.cycles.meanAndMedian();
        return {
          month: monthLabel(m.index),
          won: m.won,
          lost: m.lost,
          winRate: winRate(m.won, m.lost),
          wonAmount: m.wonAmount,
          lostAmount: m.lostAmount,
          averageDealSize: averageDealSize(m.wonAmount, m.won),
          cycleDaysMedian: cycle.median,
          cycleDaysMean: cycle.mean,
        };
      });
  }
}
