import { baseForecastCategory } from '../forecast/base-forecast-category';
import { forecastCategory } from '../forecast/forecast-category';
import { FORECAST_CATEGORIES } from '../forecast/forecast-order';
import { averageDealSize } from '../pipeline/average-deal-size';
import { type CoverageResult, coverageRatio } from '../pipeline/coverage-ratio';
import { meanAndMedian, type MeanAndMedian } from '../pipeline/mean-and-median';
import { salesVelocity } from '../pipeline/sales-velocity';
import { winRate } from '../pipeline/win-rate';
import { WIN_RATE_BANDS } from '../pipeline/win-rate-bands';
import { type WinRateHealth, winRateHealth } from '../pipeline/win-rate-health';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type {
  DayNumber,
  Deal,
  ForecastCategory,
  GroupField,
  StageDefinition,
  StageHistoryEntry,
  StageTable,
  WinRateBand,
} from '../types';
import { createFunnelCounter, type Funnel } from './funnel-counter';
import type { MonthTrendRow } from './month-counter';
import { ReportTally, type TallySums } from './report-tally';
import { stageLookup } from '../stages/stage-lookup';
import { createWinLossGroupCounter, type WinLossGroup } from './win-loss-group-counter';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
  /** Today, for date checks (open deals with a past close date). */
  readonly asOf?: DayNumber;
  /** Fields for win/loss breakdowns; `['owner', 'source']` by default. */
  readonly groupBy?: readonly GroupField[];
  /** Stage history for an exact funnel (playbook §4). */
  readonly history?: readonly StageHistoryEntry[];
  /** Quota for the coverage ratio; no coverage without it. */
  readonly quota?: number;
  /**
   * Days (inclusive) whose won deals count against the quota. Without it,
   * every won deal in the input counts, so pass only the period's deals or
   * give the period.
   */
  readonly quotaPeriod?: { readonly start: DayNumber; readonly end: DayNumber };
  /** Healthy win-rate band; founder-led 15-25% by default (playbook §4). */
  readonly winRateBand?: WinRateBand;
}

/** Why a figure deserves a second look; `message` is English, `code` is for labels. */
export interface AnalysisWarning {
  readonly code:
    | 'unmappedStage'
    | 'closedWithoutCloseDate'
    | 'monthlyWinRateWithheld'
    | 'missingAmount'
    | 'negativeAmount'
    | 'negativeCycle'
    | 'approximateFunnel'
    | 'dealsWithoutHistory'
    | 'unknownHistoryStage'
    | 'noClosedDeals'
    | 'winRateAboveBand'
    | 'winRateBelowBand'
    | 'closeDatePast';
  /** How many deals (or history entries) the warning concerns. */
  readonly count: number;
  readonly message: string;
}

/** Open pipeline in one stage. */
export interface StagePipeline {
  readonly stage: string;
  readonly count: number;
  readonly amount: number;
  readonly weighted: number;
}

/** Open deals whose stage the table does not know (kept open, weighted only by their own probability). */
export interface UnmappedPipeline {
  readonly count: number;
  readonly amount: number;
  /** Σ amount × the deal's own probability; deals without one weigh 0. */
  readonly weighted: number;
  /** By stage as written, most deals first (at most 50 names). */
  readonly stages: { readonly stage: string; readonly count: number; readonly amount: number }[];
}

/** Count and amount. */
export interface CountAmount {
  readonly count: number;
  readonly amount: number;
}

/** The report of `analyze`. Rates are fractions 0..1; amounts are plain numbers. */
export interface AnalysisReport {
  /** Deals given (including those with an unknown stage). */
  readonly deals: number;
  readonly winLoss: {
    readonly won: number;
    readonly lost: number;
    /** By deals; `null` with no closed deal. */
    readonly winRate: number | null;
    /** Health against the band; `null` when the win rate is. */
    readonly winRateHealth: WinRateHealth | null;
    readonly winRateBand: WinRateBand;
    readonly wonAmount: number;
    readonly lostAmount: number;
    /** Average deal size; `null` without won deals. */
    readonly avgWonAmount: number | null;
    /** wonAmount / (wonAmount + lostAmount); `null` when both are 0. */
    readonly winRateByAmount: number | null;
    /** Days from created to close date, for deals with both dates. */
    readonly cycleDays: { readonly won: MeanAndMedian; readonly lost: MeanAndMedian };
    readonly by: Partial<Record<GroupField, WinLossGroup[]>>;
    /**
     * Closed deals by close month. When the closed deals without a close
     * date are far more often of one outcome (see `undatedClosed`), each
     * month's `winRate` is null: the months would show only the dated side.
     */
    readonly byMonth: MonthTrendRow[];
    /** Closed deals with no close date, which no month can hold. */
    readonly undatedClosed: { readonly won: number; readonly lost: number };
    /** Whether `byMonth` win rates are withheld because undated deals would bias them. */
    readonly byMonthWinRateWithheld: boolean;
  };
  readonly pipeline: {
    readonly open: CountAmount;
    readonly weighted: number;
    /** Every open stage in funnel order, zeros included. */
    readonly byStage: StagePipeline[];
    /** Every deal by forecast category (playbook §3), all six categories present. */
    readonly forecast: Record<ForecastCategory, CountAmount>;
    /** Open deals whose stage the table does not know; included in `open`, not in `byStage`. */
    readonly unmapped: UnmappedPipeline;
  };
  readonly funnel: Funnel;
  /** Money per day (playbook §4) from open deals, win rate, average deal size and mean won cycle. */
  readonly velocity: number | null;
  /** Present when a quota was given. */
  readonly coverage?: CoverageResult;
  readonly warnings: AnalysisWarning[];
}

/** Stands for every stage the table does not know: open, weighted 0, Upside (the weakest open category). */
export const UNMAPPED_STAGE: StageDefinition = {
  name: '',
  aliases: [],
  order: 0,
  probability: 0,
  kind: 'open',
  forecast: 'upside',
};
/** Unmapped stage names listed in the report. */
const MAX_UNMAPPED_NAMES = 50;
/** Difference between the undated shares of won and lost deals above which monthly win rates are withheld. */
const UNDATED_BIAS = 0.05;

/**
 * The whole pipeline and win/loss analysis of a deal list in one pass
 * (playbook §3, §4, §9).
 *
 * Definitions:
 * - open = stage kind `open`, plus every deal whose stage the table does
 *   not know (`pipeline.unmapped`: never dropped, never weighted by a
 *   guessed stage); won/lost = stage kind `won`/`lost`; a blank amount
 *   counts as 0 (and is warned about);
 * - weighted = Σ open amount × the deal's own probability when it has one
 *   (a probability column), else its stage's probability;
 * - forecast = every deal's `forecastCategory(stage, MEDDPICC total when
 *   scored, override)`, rolled up by count and amount;
 * - cycle days = close date − created, for won and lost deals with both;
 *   a close date before the created date is left out and warned about;
 * - `by.<field>`: see `winLossBy` (blank values grouped under `''`);
 * - `byMonth`: see `monthlyTrend` (closed deals by close month);
 * - funnel: see `stageConversion`;
 * - velocity = `salesVelocity` with the open deal count, win rate by deals,
 *   average won amount and the mean won cycle;
 * - coverage = `coverageRatio(open amount, quota, won amount in quotaPeriod)`.
 *
 * Negative amounts (credit notes) are summed as given and warned about; a
 * negative average deal size makes velocity `null`, and a negative open or
 * won total counts as 0 for coverage.
 *
 * Closed deals without a close date are counted in `undatedClosed` and
 * warned about; when their share differs between won and lost deals by
 * more than 5 points, the monthly win rates are withheld. Cost: O(n) plus O(w log w) for the
 * cycle medians of w closed deals; per-deal work allocates nothing except
 * the numbers kept for medians.
 *
 * @param deals - ingested deals
 * @param options - stage table, grouping, history, quota, band
 * @returns the report
 * @throws PlaybookError for a negative quota
 * @example
 * analyze([{ row: 2, stage: 'Proposal', amount: 10_000 }]).pipeline.weighted // => 5000
 */
export function analyze(deals: readonly Deal[], options: AnalyzeOptions = {}): AnalysisReport {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const groupBy = options.groupBy ?? (['owner', 'source'] as const);
  const lookup = stageLookup(table);

  const tally = new ReportTally(table, options);
  const groups = groupBy.map((field) => createWinLossGroupCounter(field));
  const funnel = createFunnelCounter(table, options.history);
  const wonCycles: number[] = [];
  const lostCycles: number[] = [];
  const unmappedNames = new Map<string, { count: number; amount: number }>();

  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    const known = lookup(deal.stage);
    const stage = known ?? UNMAPPED_STAGE;
    const amount = tally.amountOf(deal.amount ?? Number.NaN);
    const kind = stage.kind;
    const closeDate = deal.closeDate ?? Number.NaN;

    let cycle = -1;
    if (kind !== 'open' && deal.created !== undefined && deal.closeDate !== undefined) {
      cycle = deal.closeDate - deal.created;
      if (cycle < 0) tally.addNegativeCycle();
    }

    if (kind === 'open') {
      const weight = amount * (deal.probability ?? stage.probability);
      if (known === undefined) {
        tally.addOpen(amount, weight, -1, closeDate);
        const named = unmappedNames.get(deal.stage);
        if (named) {
          named.count++;
          named.amount += amount;
        } else if (unmappedNames.size < 10_000) {
          unmappedNames.set(deal.stage, { count: 1, amount });
        }
      } else tally.addOpen(amount, weight, tally.openIndex.get(stage) as number, closeDate);
    } else {
      if (cycle >= 0) (kind === 'won' ? wonCycles : lostCycles).push(cycle);
      tally.addClosed(kind === 'won', amount, closeDate, cycle);
    }

    let total: number | null = null;
    const scores = deal.meddpicc;
    if (kind === 'open' && scores !== undefined && scores.length === 8) {
      total = 0;
      for (let s = 0; s < 8; s++) total += scores[s];
    }
    const category =
      total === null && deal.forecastOverride === undefined
        ? baseForecastCategory(stage)
        : forecastCategory(stage, total, deal.forecastOverride);
    tally.addCategory(tally.categoryIndex.get(category) as number, amount);

    for (let g = 0; g < groups.length; g++) groups[g].add(deal, kind, amount, cycle);
    if (known !== undefined) funnel.add(deal, stage);
  }

  return finishReport(
    tally.sums(),
    {
      deals: deals.length,
      unmappedNames,
      wonCycle: meanAndMedian(wonCycles),
      lostCycle: meanAndMedian(lostCycles),
      by: Object.fromEntries(groupBy.map((field, g) => [field, groups[g].result()])),
      funnelResult: funnel.result(),
    },
    options,
  );
}

/** What one pass over the deals gives besides the sums of its `ReportTally`, for `finishReport`. */
export interface ReportSums {
  readonly deals: number;
  /** Unmapped stage text → its open deals, in the order of their first deal. */
  readonly unmappedNames: ReadonlyMap<string, { count: number; amount: number }>;
  readonly wonCycle: MeanAndMedian;
  readonly lostCycle: MeanAndMedian;
  readonly by: Partial<Record<GroupField, WinLossGroup[]>>;
  readonly funnelResult: Funnel;
}

/**
 * The report from the sums of one pass (`analyze`, `analyzeTable`): rates,
 * health, velocity, coverage and warnings, worked out alike for both.
 */
export function finishReport(
  tally: TallySums,
  sums: ReportSums,
  options: AnalyzeOptions,
): AnalysisReport {
  const band = options.winRateBand ?? WIN_RATE_BANDS.founderLed;
  const { deals: n, unmappedNames, wonCycle, lostCycle, by, funnelResult } = sums;
  const {
    won,
    lost,
    wonAmount,
    lostAmount,
    periodWonAmount,
    openCount,
    openAmount,
    weighted,
    unmappedCount,
    unmappedAmount,
    unmappedWeighted,
    undatedWon,
    undatedLost,
    missingAmount,
    negativeAmount,
    negativeCycle,
    closeDatePast,
    byMonth,
    open,
    stageCount,
    stageAmount,
    stageWeighted,
    categoryCount,
    categoryAmount,
  } = tally;
  const rate = winRate(won, lost);
  const health = rate === null ? null : winRateHealth(rate, band);
  const avgWonAmount = averageDealSize(wonAmount, won);
  const forecast = {} as Record<ForecastCategory, CountAmount>;
  FORECAST_CATEGORIES.forEach((category, c) => {
    forecast[category] = { count: categoryCount[c], amount: categoryAmount[c] };
  });

  const warnings: AnalysisWarning[] = [];
  const warn = (code: AnalysisWarning['code'], count: number, message: string) => {
    if (count > 0) warnings.push({ code, count, message });
  };
  warn(
    'unmappedStage',
    unmappedCount,
    `${unmappedCount} deal(s) have a stage that is not in the stage table: counted as open, in pipeline.unmapped, weighted only by their own probability`,
  );
  const withheld =
    won > 0 && lost > 0 && Math.abs(undatedWon / won - undatedLost / lost) > UNDATED_BIAS;
  warn(
    'closedWithoutCloseDate',
    undatedWon + undatedLost,
    `${undatedWon + undatedLost} closed deal(s) have no close date (${undatedWon} won, ${undatedLost} lost): the monthly trend cannot place them`,
  );
  if (withheld) {
    warn(
      'monthlyWinRateWithheld',
      undatedWon + undatedLost,
      `Monthly win rates are withheld: ${pct(undatedWon / won)} of won deals but ${pct(undatedLost / lost)} of lost deals have no close date, so each month would show a skewed rate; the overall win rate ${pct(rate)} counts every closed deal`,
    );
  }
  warn(
    'missingAmount',
    missingAmount,
    `${missingAmount} deal(s) have no amount; they count as 0 in every amount`,
  );
  warn(
    'negativeAmount',
    negativeAmount,
    `${negativeAmount} deal(s) have a negative amount; sums include them, velocity and coverage treat negative totals as unknown or 0`,
  );
  warn(
    'negativeCycle',
    negativeCycle,
    `${negativeCycle} closed deal(s) have a close date before their created date; left out of cycle days`,
  );
  warn(
    'approximateFunnel',
    funnelResult.approximateDeals,
    `Stage conversion is approximate: ${funnelResult.approximateDeals} lost deal(s) have no "lost at stage" and count as reaching only the first stage`,
  );
  warn(
    'dealsWithoutHistory',
    funnelResult.dealsWithoutHistory,
    `${funnelResult.dealsWithoutHistory} deal(s) have no stage history; their funnel reach comes from the current stage`,
  );
  warn(
    'unknownHistoryStage',
    funnelResult.unknownHistoryStages,
    `${funnelResult.unknownHistoryStages} stage history entries name a stage that is not in the stage table and are ignored`,
  );
  warn(
    'noClosedDeals',
    rate === null && n > 0 ? 1 : 0,
    'No closed deals: win rate, deal size and cycle have no value yet',
  );
  if (health === 'above') {
    warn(
      'winRateAboveBand',
      won + lost,
      `Win rate ${pct(rate)} is above the healthy band ${pct(band.min)}-${pct(band.max)}: maybe only easy deals are being worked`,
    );
  } else if (health === 'below') {
    warn(
      'winRateBelowBand',
      won + lost,
      `Win rate ${pct(rate)} is below the healthy band ${pct(band.min)}-${pct(band.max)}`,
    );
  }
  warn(
    'closeDatePast',
    closeDatePast,
    `${closeDatePast} open deal(s) have an expected close date in the past`,
  );

  const report: AnalysisReport = {
    deals: n,
    winLoss: {
      won,
      lost,
      winRate: rate,
      winRateHealth: health,
      winRateBand: band,
      wonAmount,
      lostAmount,
      avgWonAmount,
      winRateByAmount: wonAmount + lostAmount > 0 ? wonAmount / (wonAmount + lostAmount) : null,
      cycleDays: { won: wonCycle, lost: lostCycle },
      by,
      byMonth: withheld ? byMonth.map((row) => ({ ...row, winRate: null })) : byMonth,
      undatedClosed: { won: undatedWon, lost: undatedLost },
      byMonthWinRateWithheld: withheld,
    },
    pipeline: {
      open: { count: openCount, amount: openAmount },
      weighted,
      byStage: open.map((stage, i) => ({
        stage: stage.name,
        count: stageCount[i],
        amount: stageAmount[i],
        weighted: stageWeighted[i],
      })),
      forecast,
      unmapped: {
        count: unmappedCount,
        amount: unmappedAmount,
        weighted: unmappedWeighted,
        stages: [...unmappedNames]
          .sort((a, b) => b[1].count - a[1].count)
          .slice(0, MAX_UNMAPPED_NAMES)
          .map(([stage, { count, amount }]) => ({ stage, count, amount })),
      },
    },
    funnel: funnelResult,
    velocity: salesVelocity({
      openDeals: openCount,
      winRate: rate,
      averageDealSize: avgWonAmount !== null && avgWonAmount < 0 ? null : avgWonAmount,
      cycleDays: wonCycle.mean,
    }),
    warnings,
  };
  if (options.quota !== undefined) {
    return {
      ...report,
      coverage: coverageRatio(Math.max(0, openAmount), options.quota, Math.max(0, periodWonAmount)),
    };
  }
  return report;
}

function pct(value: number | null): string {
  return value === null ? '-' : `${Math.round(value * 1000) / 10}%`;
}
