import type { Deal, Language, RiskLevel, StageDefinition } from '../../../shared/types';
import type { WinRateBandName } from '../settings/settings';
import type { RepChoice } from '../settings/rep-choice-types';
import type { SnapshotStageDays, StageDaysView } from './measured-stage-days';
import type { EstimateReason, WaterfallDeal } from '../snapshots/snapshot-types';

/** Count and amount of a group of deals. */
export interface CountAmountView {
  readonly count: number;
  readonly amount: number;
}

/** A deal named in the review. Plain JSON: dates are YYYY-MM-DD text, '' when blank. */
export interface ReviewDealView {
  /** Sheet row of the deal (header is row 1); 0 for a deal read from the snapshots. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly account: string;
  /** Stage name in the user's language. */
  readonly stage: string;
  readonly amount: number | null;
  /** Close date (expected for open deals), YYYY-MM-DD or ''; always sent by the server. */
  readonly closeDate?: string;
}

/** A group of the review (new, advanced, won, lost, slipped) with its deals. */
export interface ReviewGroupView extends CountAmountView {
  readonly deals: ReviewDealView[];
}

/** One of the ten largest open deals, with its risk (playbook §4, §5). */
export interface TopDealView extends ReviewDealView {
  /** Days since the deal entered its stage; null when the sheet does not say. */
  readonly daysInStage: number | null;
  readonly nextStep: string;
  /** YYYY-MM-DD or ''. */
  readonly nextStepDate: string;
  readonly risk: RiskLevel;
  /** The risk level in the user's language ("Red", "红"). */
  readonly riskLabel: string;
  /** Why, in the user's language; empty for a green deal. */
  readonly reasons: string[];
}

/** Stage conversion of one open stage (playbook §4). */
export interface FunnelStageView {
  /** Stage name in the user's language. */
  readonly stage: string;
  readonly reached: number;
  readonly advanced: number;
  /** advanced / reached; null when no deal reached the stage. */
  readonly conversion: number | null;
}

/** What the weekly review sidebar shows (playbook §4). Plain JSON: no Date objects. */
export interface WeeklyReviewView {
  readonly language: Language;
  /** The pipeline tab read. */
  readonly sheetName: string;
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  readonly asOf: string;
  /** The seven days reviewed, both included, YYYY-MM-DD. */
  readonly week: { readonly start: string; readonly end: string };
  /** Deals reviewed: the owner's, or every deal of the sheet for the whole team. */
  readonly dealCount: number;
  /**
   * Each open stage's average days that the stalled rule (over 2×) used: typed
   * in the stage table, or measured from the sheet's stage-history dates
   * ("Discovery entered"…); stages with neither are left out. Stage names in
   * the user's language.
   */
  readonly stageDays?: StageDaysView[];
  /**
   * Deals whose close date was pushed later between the week's two snapshots
   * (GET /v1/deal-history), most pushed over 13 weeks first; empty without
   * them. Only the owner's deals with an owner picked.
   */
  readonly pushed?: PushedDeal[];
  /** Whose deals: the owner picked ('' whole team), why, and the owners to pick from. */
  readonly rep: RepChoice;
  /** Cells that could not be read, as "row 7, Amount: …" lines (the first 20). */
  readonly problems: { readonly count: number; readonly messages: string[] };
  /** Open pipeline (playbook §4). */
  readonly total: CountAmountView;
  /** Σ open amount × stage probability. */
  readonly weighted: number;
  readonly newDeals: ReviewGroupView;
  /**
   * Deals that moved to a later stage this week, estimated from the "stage
   * entered" dates (`stageEntered`); `reviewGroups` measures them instead
   * when `history` has two snapshots.
   */
  readonly advanced: ReviewGroupView & { readonly method: 'previous' | 'stageEntered' };
  /**
   * The team's snapshots of the week: `reason` '' when two of them, of
   * `from` and `to` (YYYY-MM-DD), were compared, with the changed `deals` of
   * the Worker's waterfall (stage names in the user's language), from which
   * `reviewGroups` measures advanced and slipped deals; otherwise why the
   * review estimates them from dates (no Worker, no key, no earlier
   * snapshot, the newest one is stale, the Worker did not answer) with
   * `detail` (a date or the error).
   */
  readonly history: {
    readonly from: string;
    readonly to: string;
    readonly reason: EstimateReason;
    readonly detail: string;
    readonly deals: WaterfallDeal[];
  };
  readonly won: ReviewGroupView;
  readonly lost: ReviewGroupView & {
    readonly reasons: {
      readonly reason: string;
      readonly count: number;
      readonly amount: number;
    }[];
  };
  /**
   * Open deals whose expected close date has already passed
   * (`pastCloseDate`), an estimate; `reviewGroups` measures them instead when
   * `history` has two snapshots.
   */
  readonly slipped: ReviewGroupView & { readonly method: 'previous' | 'pastCloseDate' };
  /** The ten largest open deals, largest first. */
  readonly top: TopDealView[];
  /** Coverage against the quota from Settings (playbook §4); all null without a quota. */
  readonly coverage: {
    readonly quota: number | null;
    /** The quota period: first and last day, YYYY-MM-DD ('' without a quota). */
    readonly period: { readonly start: string; readonly end: string };
    readonly wonInPeriod: number;
    readonly remainingQuota: number | null;
    readonly ratio: number | null;
    readonly health: 'under' | 'healthy' | 'over' | 'quotaMet' | null;
    /** The health in the user's language, '' without a quota. */
    readonly healthLabel: string;
  };
  /**
   * The forecast of the quota period by category, cumulative (playbook §3):
   * Closed (won in the period), + Commit, + Best Case, + Pipeline, + Upside,
   * over the deals whose close date falls in the period, against the quota
   * coverage uses (the rep's with an owner picked); empty without a quota.
   */
  readonly forecast: {
    readonly category: string;
    /** The category in the user's language. */
    readonly label: string;
    readonly amount: number;
    readonly cumulative: number;
    /** cumulative / quota; null with a quota of 0. */
    readonly ofQuota: number | null;
  }[];
  /** Win rate by deals over every closed deal in the sheet; null with none closed. */
  readonly winRate: {
    readonly value: number | null;
    readonly won: number;
    readonly lost: number;
    readonly band: { readonly min: number; readonly max: number };
    readonly health: 'below' | 'healthy' | 'above' | null;
    readonly healthLabel: string;
  };
  /** Won amount / won deals; null without wins. */
  readonly averageDealSize: number | null;
  /** Days from created to close date of won deals; null when none has both dates. */
  readonly cycleDays: { readonly mean: number | null; readonly median: number | null };
  /** Money per day (playbook §4); null when a factor is missing. */
  readonly velocity: number | null;
  readonly stageConversion: {
    readonly method: 'history' | 'snapshot';
    readonly approximate: boolean;
    readonly stages: FunnelStageView[];
  };
}

/** Result of writing a review or report tab. */
export interface WrittenTab {
  /** Name of the new tab. */
  readonly sheetName: string;
}

/**
 * What `getWeeklyReview` sends the review sidebar: what it read, not worked
 * out. The sidebar computes the review from it (`buildWeeklyReview`), so the
 * analysis stays out of Code.js. Plain JSON: days are day numbers or
 * YYYY-MM-DD, never Date objects.
 */
export interface WeeklyReviewData {
  readonly language: Language;
  /** The pipeline tab read. */
  readonly sheetName: string;
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  readonly today: string;
  /** Every deal of the pipeline tab as the shared ingestion read them; the sidebar keeps the rep's. */
  readonly deals: Deal[];
  /** The stage table with each open stage's average days, typed or measured (`stageDays`). */
  readonly stages: StageDefinition[];
  /** Each open stage's average days and where they came from; stage names as the table names them. */
  readonly stageDays: StageDaysView[];
  readonly problems: WeeklyReviewView['problems'];
  /** The team's snapshots of the week, as `reviewHistory` fetched them (every owner's deals). */
  readonly history: WeeklyReviewView['history'];
  /** Deals pushed between the week's snapshots (every owner's), with their 13 weeks' pushes. */
  readonly pushed?: PushedDeal[];
  /** Whose deals count, and the owner's quota. */
  readonly rep: RepChoice;
  /** The team quota from Settings, null when it has none or it is not a number of 0 or more. */
  readonly quota: number | null;
  readonly quotaPeriod: 'month' | 'quarter' | 'year';
  /** The win-rate band, as Settings names it. */
  readonly winRateBand: WinRateBandName;
}

/** What the review reads of GET /v1/deal-history. */
export interface DealHistoryAnswer {
  readonly deals: {
    readonly key: string;
    readonly name?: string;
    readonly account?: string;
    readonly pushes: number;
    readonly pushedDays: number;
  }[];
  readonly stages: SnapshotStageDays[];
}

/**
 * A deal whose close date moved later between the week's snapshots:
 * `pushes` and `pushedDays` in the week, `total` pushes over the last 13 weeks.
 */
export interface PushedDeal {
  readonly key: string;
  readonly name?: string;
  readonly account?: string;
  readonly pushes: number;
  readonly pushedDays: number;
  readonly total: number;
}
