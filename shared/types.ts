/**
 * Types shared across the sales logic. Types used by a single function live
 * next to that function instead.
 *
 * Dates are whole UTC calendar days counted from 1970-01-01 (`DayNumber`):
 * the playbook measures everything in days, time of day never matters, and a
 * number keeps a million-deal analysis fast and free of time-zone surprises.
 */

/** Output language for every label: English or Simplified Chinese. */
export type Language = 'en' | 'zh';

/** Days since 1970-01-01 (UTC), an integer. 2026-01-01 is 20454. */
export type DayNumber = number;

/** What a stage means for the pipeline (playbook §1). */
export type StageKind = 'open' | 'won' | 'lost';

/** One row of a team's stage table (playbook §1). */
export interface StageDefinition {
  /** Canonical name, used in output (English by default). */
  readonly name: string;
  /** Simplified Chinese name, if the table has one. */
  readonly nameZh?: string;
  /** Other names accepted as input (case- and space-insensitive). */
  readonly aliases: readonly string[];
  /** Position in the funnel, 1-based; won/lost stages come last. */
  readonly order: number;
  /** Default win probability, 0..1. */
  readonly probability: number;
  readonly kind: StageKind;
  /** Average days a deal spends in this stage, when the team knows it (stalled rule, §1). */
  readonly averageDays?: number;
  /**
   * Base forecast category for open deals in this stage (playbook §3). When
   * absent it follows from the probability: 75%+ Commit, 50%+ Best Case,
   * 30%+ Pipeline, below that Upside — which reproduces the default table.
   */
  readonly forecast?: ForecastCategory;
  /** What the buyer must have done to leave this stage (playbook §1), as the team wrote it. */
  readonly exitCriterion?: string;
  /** The exit criterion in Simplified Chinese, when the team gives one. */
  readonly exitCriterionZh?: string;
}

/** A stage table ready for lookups: built once with `createStageTable`. */
export interface StageTable {
  /** Stages in funnel order. */
  readonly stages: readonly StageDefinition[];
  /** Open stages in funnel order (the funnel's steps). */
  readonly openStages: readonly StageDefinition[];
  /** Normalised name or alias → stage. */
  readonly index: ReadonlyMap<string, StageDefinition>;
}

/** MEDDPICC element score (playbook §2): 1 unknown, 2 partly known, 3 confirmed. */
export type MeddpiccScore = 1 | 2 | 3;

/** The eight MEDDPICC elements in playbook order (§2). */
export type MeddpiccElement =
  | 'metrics'
  | 'economicBuyer'
  | 'decisionCriteria'
  | 'decisionProcess'
  | 'paperProcess'
  | 'identifyPain'
  | 'champion'
  | 'competition';

/** MEDDPICC band by total (playbook §2). */
export type MeddpiccBand = 'strong' | 'gaps' | 'atRisk' | 'unqualified';

/** Forecast category (playbook §3), open categories strongest first. */
export type ForecastCategory = 'commit' | 'bestCase' | 'pipeline' | 'upside' | 'closed' | 'omitted';

/** Red / yellow / green risk level (playbook §4, §5). */
export type RiskLevel = 'red' | 'yellow' | 'green';

/**
 * Why a deal is at risk (playbook §1 stage hygiene, §2, §5), as a code; turn it
 * into words with `riskReasonLabel`.
 */
export type RiskReason =
  | 'closeDatePast'
  | 'stalled'
  | 'stale'
  | 'noNextStep'
  | 'noNextStepDate'
  | 'nextStepPast'
  | 'unqualified'
  | 'lowMeddpicc'
  | 'noPower'
  | 'checklistOpen'
  | 'underThreaded'
  | 'discountTooHigh';

/** The eight items of the stalled-deal checklist (playbook §5), in playbook order. */
export type ChecklistItem =
  | 'championIdentified'
  | 'economicBuyerMet'
  | 'compellingEvent'
  | 'costOfInaction'
  | 'objectionsResolved'
  | 'competitorNotBlocking'
  | 'championEngaged'
  | 'multiThreaded';

/** Account tier (playbook §6): 1, 2, 3 or a new qualifying inbound account. */
export type AccountTier = 1 | 2 | 3 | 'new';

/** How well an account matches the ideal customer profile (playbook §6). */
export type IcpFit = 'full' | 'partial' | 'none';

/** Firmographic criteria an ideal customer profile can name (playbook §6). */
export type Firmographic =
  | 'industry'
  | 'employees'
  | 'revenue'
  | 'region'
  | 'techStack'
  | 'growthStage';

/** Visible pain signals on an account (playbook §6). */
export type PainSignal =
  | 'hiring'
  | 'newTool'
  | 'newExecutive'
  | 'regulatoryDeadline'
  | 'publicStatement';

/** Anti-signals that rule an account out of the profile (playbook §6). */
export type AntiSignal = 'tooSmall' | 'noBudget' | 'incompatibleStack' | 'committeeAtLowDealSize';

/** The three marks of a precise customer (playbook §6). */
export type PreciseCriterion = 'need' | 'keyPerson' | 'abilityToPay';

/** Outreach channel of a cadence touch (playbook §7). */
export type CadenceChannel = 'email' | 'linkedin' | 'call';

/** One kind of touch in the tier-1 outreach sequence (playbook §7). */
export type CadenceAction =
  | 'personalEmail'
  | 'linkedinConnect'
  | 'valueEmail'
  | 'linkedinComment'
  | 'call'
  | 'voicemailEmail'
  | 'linkedinMessage'
  | 'lastCall';

/** Leading activity metric with a target (playbook §8). */
export type ActivityMetric =
  | 'emails'
  | 'calls'
  | 'meetings'
  | 'discoveryCalls'
  | 'demos'
  | 'proposals'
  | 'selfGeneratedShare';

/** Decimal mark of written numbers: `.` (point, 1,234.5) or `,` (comma, 1.234,5). */
export type DecimalMark = 'point' | 'comma';

/**
 * Where a stage name the table does not know should go: the name of a stage
 * of the table (it becomes an alias of that stage), or a new stage with its
 * kind and probability (0..1).
 */
export type StageMappingTarget =
  | string
  | { readonly kind: StageKind; readonly probability: number };

/** Slash-date order for ambiguous dates such as 03/04/2026. */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/**
 * One deal as the analysis sees it, after ingestion. Optional fields are
 * absent when the sheet has no such column or the cell is blank.
 */
export interface Deal {
  /** 1-based row number in the source (header is row 1), for error messages. */
  readonly row: number;
  readonly id?: string;
  readonly name?: string;
  readonly account?: string;
  /** Canonical stage name from the stage table. */
  readonly stage: string;
  /** Deal amount; null when blank. */
  readonly amount: number | null;
  readonly owner?: string;
  readonly source?: string;
  readonly product?: string;
  readonly segment?: string;
  readonly competitor?: string;
  readonly lossReason?: string;
  /** For lost deals: the canonical stage at which the deal was lost. */
  readonly lostAtStage?: string;
  readonly created?: DayNumber;
  /** Actual close date for closed deals, expected close date for open ones. */
  readonly closeDate?: DayNumber;
  /** Day the deal entered its current stage. */
  readonly stageEntered?: DayNumber;
  /** Day of the last change or activity on the deal. */
  readonly lastActivity?: DayNumber;
  readonly nextStep?: string;
  readonly nextStepDate?: DayNumber;
  /** Eight MEDDPICC scores in playbook order, blanks already counted as 1. */
  readonly meddpicc?: readonly MeddpiccScore[];
  /** Manual forecast category override (playbook §3: always wins). */
  readonly forecastOverride?: ForecastCategory;
  /** Discount as a fraction 0..1. */
  readonly discount?: number;
  /** Number of buyer contacts engaged. */
  readonly contacts?: number;
  /** For closed deals: what the deal taught (playbook §9 win/loss record). */
  readonly lesson?: string;
  /** For closed deals: the secondary reason or free-text detail of the outcome (§9). */
  readonly closeReasonDetail?: string;
  /**
   * The deal's own win probability, 0..1, from a probability column
   * (`Probability (%)`, `Deal probability`, 成交概率); it weighs the deal in
   * the weighted pipeline instead of its stage's probability.
   */
  readonly probability?: number;
  /** Currency of the amount as read (ISO code such as `USD`, or the symbol when it names several). */
  readonly currency?: string;
}

/**
 * Columns ingestion reads that are not kept on the deal as they are: a
 * status (open/won/lost, as Pipedrive exports it) decides the stage kind,
 * and won or lost dates give closed deals their close date.
 */
export type DerivedDealField = 'status' | 'wonDate' | 'lostDate';

/** Field names of `Deal` that ingestion can map from a column. */
export type DealField =
  | Exclude<keyof Deal, 'row'>
  | DerivedDealField
  | `meddpicc${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;

/** Field names that win/loss breakdowns can group by. */
export type GroupField = 'owner' | 'source' | 'product' | 'segment' | 'competitor' | 'lossReason';

/** A deal as pipeline math sees it (playbook §4): amount (blank = null) and stage. */
export interface PipelineItem {
  readonly amount: number | null;
  readonly stage: StageDefinition;
}

/** A healthy win-rate band as fractions 0..1 (playbook §4). */
export interface WinRateBand {
  readonly min: number;
  readonly max: number;
}

/** One entry of a stage history: the deal entered the stage on that day. */
export interface StageHistoryEntry {
  readonly dealId: string;
  /** Canonical stage name. */
  readonly stage: string;
  readonly entered: DayNumber;
}

/** A problem with one cell (or one row, when `column` is absent) of the input. */
export interface CellError {
  /** 1-based row number as the user sees it (header = row 1). */
  readonly row: number;
  /** Header text of the column as it appears in the input. */
  readonly column?: string;
  /** The deal field the column maps to. */
  readonly field?: string;
  /** The raw value, as text. */
  readonly value?: string;
  /** Why the value was rejected, in plain words. */
  readonly message: string;
}

/**
 * A domain error with the cells it concerns. Thrown for input that cannot be
 * used at all (no header row, ambiguous date order, unknown option); the
 * Worker turns it into a 4xx problem body and the add-on into a formula error.
 */
export class PlaybookError extends Error {
  readonly errors: readonly CellError[];
  constructor(message: string, errors: readonly CellError[] = []) {
    super(message);
    this.name = 'PlaybookError';
    this.errors = errors;
  }
}

/** Where each deal field was found in a header row (built by `detectColumns`). */
export interface ColumnMap {
  /** Deal field → 0-based column index. */
  readonly fields: Partial<Record<DealField, number>>;
  /** Header texts as found, trimmed, by column index. */
  readonly headers: readonly string[];
}

/** Options of `ingestRows` and `ingestCsv`. */
export interface IngestOptions {
  /** Field → header text; wins over the built-in header aliases. */
  readonly columns?: Partial<Record<DealField, string>>;
  /** Stage table for stage names; the playbook's seven stages by default. */
  readonly stages?: StageTable;
  /** Order of year-last slash dates such as 03/04/2026; detected from the data when absent. */
  readonly dateOrder?: DateOrder;
  /** Sheet row number of the first row given (default 1), so errors name the rows the user sees. */
  readonly firstRow?: number;
  /** Decimal mark of text numbers; settled per column from its cells when absent. */
  readonly decimal?: DecimalMark;
  /** Stage names the table does not know → where they go (applied after a vocabulary is chosen). */
  readonly stageMapping?: Readonly<Record<string, StageMappingTarget>>;
  /** Currency of the report, when the amounts are in several; needs `exchangeRates`. */
  readonly currency?: string;
  /** Currency code → value of one unit in `currency`, to convert amounts in other currencies. */
  readonly exchangeRates?: Readonly<Record<string, number>>;
}

/** A stage name the stage table does not know, with the deals that carry it. */
export interface UnmappedStage {
  /** The stage as written (clipped to 200 characters); `''` for a blank stage. */
  readonly name: string;
  /** Deals with this stage, every one kept as an open deal. */
  readonly count: number;
  /** The first rows that carry it. */
  readonly rows: readonly number[];
  /** The playbook stage it most likely means, when the name suggests one. */
  readonly suggested: {
    readonly stage: string;
    readonly kind: StageKind;
    readonly probability: number;
  } | null;
}

/** A CRM's default stage vocabulary, recognised in the data (see `CRM_VOCABULARIES`). */
export interface RecognisedVocabulary {
  readonly id: string;
  readonly name: string;
  /** Deals whose stage it names. */
  readonly deals: number;
}

/** How a number column's decimal mark was settled (see `NumberColumn`). */
export interface DecimalDecision {
  readonly mark: DecimalMark;
  readonly from: 'option' | 'data' | 'grouping';
}

/** One cause of bad cells: the same problem in the same column, counted once. */
export interface ErrorGroup {
  /** Header of the column, absent for problems with a whole row. */
  readonly column?: string;
  readonly field?: string;
  /** The message of the first cell with this cause. */
  readonly message: string;
  /** Every cell with this cause. */
  readonly count: number;
  /** The first few cells: row, value and the message for that cell. */
  readonly samples: readonly {
    readonly row: number;
    readonly value?: string;
    readonly message: string;
  }[];
}

/** What ingestion returns: the good deals and every bad cell, side by side. */
export interface IngestResult {
  readonly deals: Deal[];
  /** Bad cells in row order; at most the first 1,000 (see `errorCount`). */
  readonly errors: CellError[];
  /** Number of bad cells in total, including those beyond the first 1,000. */
  readonly errorCount: number;
  readonly columns: ColumnMap;
  /** The slash-date order used: given, detected, or null when no year-last slash date was seen. */
  readonly dateOrder: DateOrder | null;
  readonly warnings: string[];
  /** Bad cells grouped by cause, each cause once with its count and a few sample cells. */
  readonly errorGroups: ErrorGroup[];
  /**
   * The stage table the deals were read with: the one given, else the
   * recognised CRM vocabulary's, else the playbook's; `stageMapping` applied.
   * Analyse the deals with this table.
   */
  readonly stages: StageTable;
  /** The CRM vocabulary recognised when no stage table was given; null otherwise. */
  readonly vocabulary: RecognisedVocabulary | null;
  /** Stage names the table does not know, most deals first (at most 50 names). */
  readonly unmappedStages: UnmappedStage[];
  /** Decimal mark of each number column that had separators. */
  readonly decimal: Partial<Record<'amount' | 'probability', DecimalDecision>>;
  /** Currency of every amount (converted with `exchangeRates` when several); null when no cell names one. */
  readonly currency: string | null;
}
