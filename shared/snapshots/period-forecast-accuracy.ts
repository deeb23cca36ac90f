import { dealForecastCategory } from '../forecast/deal-forecast-category';
import { type ForecastAccuracy, forecastAccuracy } from '../forecast/forecast-accuracy';
import { findStage } from '../stages/find-stage';
import { type DayNumber, type Deal, PlaybookError, type StageTable } from '../types';

/** A snapshot as `periodForecastAccuracy` needs it. */
export interface SnapshotDeals {
  readonly asOf: DayNumber;
  readonly deals: readonly Deal[];
  readonly stages: StageTable;
}

/** Result of `periodForecastAccuracy`. */
export interface PeriodForecastAccuracy {
  /** Date of the snapshot the forecast was read from. */
  readonly forecastAsOf: DayNumber;
  /** Date of the snapshot the closed-won deals were read from. */
  readonly actualAsOf: DayNumber;
  /** Open deals expected to close in the period, by amount. */
  readonly forecast: { readonly commit: number; readonly commitBestCase: number };
  /** Deals won with a close date in the period. */
  readonly actual: { readonly won: number; readonly count: number };
  /** actual / forecast for each forecast, with the 0.9..1.1 target check. */
  readonly accuracy: {
    readonly commit: ForecastAccuracy;
    readonly commitBestCase: ForecastAccuracy;
  };
}

const inPeriod = (day: DayNumber | undefined, start: DayNumber, end: DayNumber) =>
  day !== undefined && day >= start && day <= end;

/**
 * Forecast accuracy of a period (playbook §3): the Commit and the Commit +
 * Best Case amounts of open deals expected to close in the period, as they
 * stood in the period's first snapshot, against the amount actually won in
 * the period (won deals with a close date in the period, read from a later
 * snapshot). Categories follow `forecastCategory` (stage, MEDDPICC cap,
 * manual override). Blank amounts count as 0. O(n).
 *
 * @param first - the snapshot the forecast is read from
 * @param latest - the snapshot the outcome is read from (usually the newest)
 * @param period - first and last day of the period, inclusive
 * @returns forecasts, actual won amount and both accuracy ratios
 * @throws PlaybookError when a deal's stage is not in its snapshot's stage table
 * @example
 * // Commit 100 at the start of the period, 90 won by the end
 * periodForecastAccuracy(first, latest, { start: 20454, end: 20543 }).accuracy.commit // => { ratio: 0.9, withinTarget: true }
 */
export function periodForecastAccuracy(
  first: SnapshotDeals,
  latest: SnapshotDeals,
  period: { readonly start: DayNumber; readonly end: DayNumber },
): PeriodForecastAccuracy {
  const stageOf = (deal: Deal, table: StageTable) => {
    const stage = findStage(table, deal.stage);
    if (!stage) {
      throw new PlaybookError(
        `periodForecastAccuracy: deal in row ${deal.row} has unknown stage "${deal.stage}"`,
      );
    }
    return stage;
  };

  let commit = 0;
  let bestCase = 0;
  for (const deal of first.deals) {
    const stage = stageOf(deal, first.stages);
    if (stage.kind !== 'open' || !inPeriod(deal.closeDate, period.start, period.end)) continue;
    const category = dealForecastCategory(stage, deal);
    if (category === 'commit') commit += deal.amount ?? 0;
    if (category === 'bestCase') bestCase += deal.amount ?? 0;
  }

  let won = 0;
  let count = 0;
  for (const deal of latest.deals) {
    if (stageOf(deal, latest.stages).kind !== 'won') continue;
    if (!inPeriod(deal.closeDate, period.start, period.end)) continue;
    won += deal.amount ?? 0;
    count += 1;
  }

  return {
    forecastAsOf: first.asOf,
    actualAsOf: latest.asOf,
    forecast: { commit, commitBestCase: commit + bestCase },
    actual: { won, count },
    accuracy: {
      commit: forecastAccuracy(won, commit),
      commitBestCase: forecastAccuracy(won, commit + bestCase),
    },
  };
}
