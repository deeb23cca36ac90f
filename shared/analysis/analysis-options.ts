import { WIN_RATE_BANDS } from '../pipeline/win-rate-bands';
import { type CalendarPeriodKind, calendarPeriodOf } from '../snapshots/calendar-period-of';
import type { DayNumber, GroupField, IngestOptions, StageTable, WinRateBand } from '../types';
import type { AnalyzeOptions } from './analyze';

/**
 * The settings of an analysis as a request states them (the `options` of
 * `POST /v1/analyze`, or what the report page asks for), once its date and
 * stage table are read: reading fields go to the ingestion, report fields to
 * `analyze`.
 */
export interface AnalysisSettings
  extends Pick<
    IngestOptions,
    'columns' | 'dateOrder' | 'decimal' | 'stageMapping' | 'currency' | 'exchangeRates'
  > {
  /** Fields for win/loss breakdowns; `analyze`'s default when absent. */
  readonly groupBy?: readonly GroupField[];
  /** Quota of the calendar period that contains the analysis day. */
  readonly quota?: number;
  /** The calendar period of `quota`; a quarter when absent. */
  readonly quotaPeriod?: CalendarPeriodKind;
  /**
   * Healthy win-rate band (playbook §4): one of `WIN_RATE_BANDS` by name, or
   * the band itself; `analyze`'s default (founder-led) when absent.
   */
  readonly winRateBand?: keyof typeof WIN_RATE_BANDS | WinRateBand;
}

/** What `analysisOptions` returns. */
export interface AnalysisOptions {
  /** For `ingestCsv`, `ingestRows` or a `DealIngestion`. */
  readonly ingest: IngestOptions;
  /** For `analyze`, with the ingestion result's stage table added as `stages`. */
  readonly analyze: Omit<AnalyzeOptions, 'stages'>;
}

/**
 * Splits the settings of an analysis into the options of the ingestion and
 * of `analyze`, so every caller (the Worker's route, the page's in-browser
 * engine) reads and reports a pipeline alike. A quota counts the deals won in
 * the calendar month, quarter or year that contains `asOf` (playbook §4,
 * coverage ratio). Fields left out stay out, so each function's own default
 * applies.
 *
 * Cost: O(1).
 *
 * @param settings - the request's options; absent means every default
 * @param asOf - the day of the analysis (the caller reads the request's date or takes today)
 * @param stages - the team's stage table, when the request gave one
 * @returns the ingestion options and the `analyze` options without `stages`
 * @example
 * analysisOptions({ quota: 100000, dateOrder: 'DMY' }, 20454).analyze.quotaPeriod
 * // => { label: '2026-Q1', start: 20454, end: 20543 }
 * analysisOptions({ winRateBand: 'mature' }, 20454).analyze.winRateBand // => { min: 0.2, max: 0.35 }
 */
export function analysisOptions(
  settings: AnalysisSettings | undefined,
  asOf: DayNumber,
  stages?: StageTable,
): AnalysisOptions {
  const ingest: IngestOptions = {
    ...(stages ? { stages } : {}),
    ...(settings?.columns ? { columns: settings.columns } : {}),
    ...(settings?.dateOrder ? { dateOrder: settings.dateOrder } : {}),
    ...(settings?.decimal ? { decimal: settings.decimal } : {}),
    ...(settings?.stageMapping ? { stageMapping: settings.stageMapping } : {}),
    ...(settings?.currency ? { currency: settings.currency } : {}),
    ...(settings?.exchangeRates ? { exchangeRates: settings.exchangeRates } : {}),
  };
  const analyze: Omit<AnalyzeOptions, 'stages'> = {
    asOf,
    ...(settings?.groupBy ? { groupBy: settings.groupBy } : {}),
    ...(settings?.quota !== undefined
      ? {
          quota: settings.quota,
          quotaPeriod: calendarPeriodOf(asOf, settings.quotaPeriod ?? 'quarter'),
        }
      : {}),
    ...(settings?.winRateBand !== undefined
      ? {
          winRateBand:
            typeof settings.winRateBand === 'string'
              ? WIN_RATE_BANDS[settings.winRateBand]
              : settings.winRateBand,
        }
      : {}),
  };
  return { ingest, analyze };
}
