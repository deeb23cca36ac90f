import { FORECAST_CATEGORIES } from '../forecast/forecast-order';
import type { ForecastCategory, StageDefinition, StageTable } from '../types';
import type { AnalyzeOptions } from './analyze';
import { createMonthCounter, type MonthTrendRow } from './month-counter';

/** Places of the scalar sums in a tally's array. */
// biome-ignore lint/suspicious/noConstEnum: used only in this file, so the build writes the numbers in place
const enum Sum {
  Won,
  Lost,
  WonAmount,
  LostAmount,
  PeriodWonAmount,
  OpenCount,
  OpenAmount,
  Weighted,
  UnmappedCount,
  UnmappedAmount,
  UnmappedWeighted,
  UndatedWon,
  UndatedLost,
  MissingAmount,
  NegativeAmount,
  NegativeCycle,
  CloseDatePast,
  /** How many there are. */
  Length,
}

/** The sums a `ReportTally` hands to `finishReport`. */
export interface TallySums {
  readonly won: number;
  readonly lost: number;
  readonly wonAmount: number;
  readonly lostAmount: number;
  readonly periodWonAmount: number;
  readonly openCount: number;
  readonly openAmount: number;
  readonly weighted: number;
  readonly unmappedCount: number;
  readonly unmappedAmount: number;
  readonly unmappedWeighted: number;
  readonly undatedWon: number;
  readonly undatedLost: number;
  readonly missingAmount: number;
  readonly negativeAmount: number;
  readonly negativeCycle: number;
  readonly closeDatePast: number;
  readonly byMonth: MonthTrendRow[];
  /** Open stages of the table, with their counts, amounts and weighted amounts by index. */
  readonly open: readonly StageDefinition[];
  readonly stageCount: Float64Array;
  readonly stageAmount: Float64Array;
  readonly stageWeighted: Float64Array;
  /** By index of `FORECAST_CATEGORIES`. */
  readonly categoryCount: Float64Array;
  readonly categoryAmount: Float64Array;
}

/**
 * The running sums of one pass over the deals, kept alike by `analyze` (deal
 * objects) and `analyzeTable` (columns), so both add up the same figures in
 * the same order for `finishReport`. A missing date is `NaN` here: it
 * compares false with every day, as an absent one does. O(1) per call.
 *
 * @example
 * const tally = new ReportTally(DEFAULT_STAGE_TABLE, {});
 * tally.addClosed(false, tally.amountOf(500), Number.NaN, -1);
 * tally.sums().lostAmount // => 500
 */
export class ReportTally {
  /** Index in the table's open stages of each open stage. */
  readonly openIndex: ReadonlyMap<StageDefinition, number>;
  /** Index in `FORECAST_CATEGORIES` of each category. */
  readonly categoryIndex: ReadonlyMap<ForecastCategory, number> = new Map(
    FORECAST_CATEGORIES.map((category, i) => [category, i]),
  );
  private readonly open: readonly StageDefinition[];
  private readonly stageCount: Float64Array;
  private readonly stageAmount: Float64Array;
  private readonly stageWeighted: Float64Array;
  private readonly categoryCount = new Float64Array(FORECAST_CATEGORIES.length);
  private readonly categoryAmount = new Float64Array(FORECAST_CATEGORIES.length);
  private readonly months = createMonthCounter();
  /** The scalar sums, by `Sum`. */
  private readonly sum = new Float64Array(Sum.Length);
  private readonly asOf: AnalyzeOptions['asOf'];
  private readonly period: AnalyzeOptions['quotaPeriod'];

  constructor(table: StageTable, options: AnalyzeOptions) {
    this.open = table.openStages;
    this.openIndex = new Map(this.open.map((stage, i) => [stage, i]));
    this.stageCount = new Float64Array(this.open.length);
    this.stageAmount = new Float64Array(this.open.length);
    this.stageWeighted = new Float64Array(this.open.length);
    this.asOf = options.asOf;
    this.period = options.quotaPeriod;
  }

  /** The amount to sum: a missing (`NaN`) or infinite one counts as 0; missing and negative ones are counted. */
  amountOf(amount: number): number {
    if (!Number.isFinite(amount)) {
      this.sum[Sum.MissingAmount]++;
      return 0;
    }
    if (amount < 0) this.sum[Sum.NegativeAmount]++;
    return amount;
  }

  /** Counts a closed deal whose close date is before its created date. */
  addNegativeCycle(): void {
    this.sum[Sum.NegativeCycle]++;
  }

  /** An open deal in open stage `i`, or in a stage the table does not know when `i` is -1. */
  addOpen(amount: number, weight: number, i: number, closeDate: number): void {
    const sum = this.sum;
    sum[Sum.OpenCount]++;
    sum[Sum.OpenAmount] += amount;
    sum[Sum.Weighted] += weight;
    if (i < 0) {
      sum[Sum.UnmappedCount]++;
      sum[Sum.UnmappedAmount] += amount;
      sum[Sum.UnmappedWeighted] += weight;
    } else {
      this.stageCount[i]++;
      this.stageAmount[i] += amount;
      this.stageWeighted[i] += weight;
    }
    if (this.asOf !== undefined && closeDate < this.asOf) sum[Sum.CloseDatePast]++;
  }

  /** A won or lost deal; `cycle` is below 0 when it has none. */
  addClosed(won: boolean, amount: number, closeDate: number, cycle: number): void {
    const sum = this.sum;
    const period = this.period;
    if (won) {
      sum[Sum.Won]++;
      sum[Sum.WonAmount] += amount;
      if (period === undefined || (closeDate >= period.start && closeDate <= period.end)) {
        sum[Sum.PeriodWonAmount] += amount;
      }
    } else {
      sum[Sum.Lost]++;
      sum[Sum.LostAmount] += amount;
    }
    if (Number.isInteger(closeDate)) this.months.add(closeDate, won, amount, cycle);
    else if (won) sum[Sum.UndatedWon]++;
    else sum[Sum.UndatedLost]++;
  }

  /** A deal in forecast category `c` (index of `FORECAST_CATEGORIES`). */
  addCategory(c: number, amount: number): void {
    this.categoryCount[c]++;
    this.categoryAmount[c] += amount;
  }

  /** The sums so far. */
  sums(): TallySums {
    const sum = this.sum;
    return {
      won: sum[Sum.Won],
      lost: sum[Sum.Lost],
      wonAmount: sum[Sum.WonAmount],
      lostAmount: sum[Sum.LostAmount],
      periodWonAmount: sum[Sum.PeriodWonAmount],
      openCount: sum[Sum.OpenCount],
      openAmount: sum[Sum.OpenAmount],
      weighted: sum[Sum.Weighted],
      unmappedCount: sum[Sum.UnmappedCount],
      unmappedAmount: sum[Sum.UnmappedAmount],
      unmappedWeighted: sum[Sum.UnmappedWeighted],
      undatedWon: sum[Sum.UndatedWon],
      undatedLost: sum[Sum.UndatedLost],
      missingAmount: sum[Sum.MissingAmount],
      negativeAmount: sum[Sum.NegativeAmount],
      negativeCycle: sum[Sum.NegativeCycle],
      closeDatePast: sum[Sum.CloseDatePast],
      byMonth: this.months.result(),
      open: this.open,
      stageCount: this.stageCount,
      stageAmount: this.stageAmount,
      stageWeighted: this.stageWeighted,
      categoryCount: this.categoryCount,
      categoryAmount: this.categoryAmount,
    };
  }
}
