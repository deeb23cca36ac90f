import type { RepChoice } from '../settings/rep-choice-types';
import type { Deal, Language, StageDefinition } from '../../../shared/types';
import type { FunnelStageView } from '../review/weekly-review-types';

/** Where the monthly figures came from. */
export type MonthlySource = 'worker' | 'sheet';

/** One of the eight self-assessment answers (playbook §9), ready to show. */
export interface AnswerView {
  readonly question: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /** The question in the user's language. */
  readonly text: string;
  /** The raw answer: a trend code, a stage, a share 0..1, a source, a lesson; null when the data cannot tell. */
  readonly answer: string | number | null;
  /** The answer in the user's language ("Up", "42%", "Not enough data"). */
  readonly answerText: string;
  /** The figures as computed (plain JSON; dates as YYYY-MM-DD). */
  readonly figures: Readonly<Record<string, unknown>>;
}

/** One self-assessment answer as JSON (dates as YYYY-MM-DD), from the Worker or the sheet. */
export interface JsonAnswer {
  readonly question: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  readonly answer: string | number | null;
  readonly figures: Readonly<Record<string, unknown>>;
}

/** The analytics Worker's answers about a month, as it sent them, unchecked. */
export interface WorkerBodies {
  /** The body of GET /v1/reports/monthly?month=… */
  readonly report: unknown;
  /** The body of GET /v1/trends?from=…&to=… */
  readonly trends: unknown;
}

/** Why the sheet is used although a Worker is configured. */
export type MonthlyFallback =
  /** Settings has the Worker's URL but the user saved no key. */
  | { readonly reason: 'noKey' }
  /** The key was saved for another URL than the document's, so it is not sent there. */
  | { readonly reason: 'otherUrl'; readonly url: string }
  /** A call failed or sent something unreadable: the error in plain words. */
  | { readonly reason: 'failed'; readonly error: string };

/** What the analytics Worker says about a month, checked. */
export interface WorkerAssessment {
  readonly answers: JsonAnswer[];
  readonly months: MonthRowView[];
  readonly snapshotAsOf: string | null;
}

/** Closed deals of one month, for the win-rate chart. */
export interface MonthRowView {
  /** YYYY-MM */
  readonly month: string;
  readonly won: number;
  readonly lost: number;
  readonly winRate: number | null;
  readonly wonAmount: number;
  readonly averageDealSize: number | null;
}

/**
 * What `getMonthlyAssessment` sends the monthly sidebar: what it read, not
 * worked out. The sidebar computes the answers, funnel and loss reasons from
 * it (`monthlyView`), so the analysis stays out of Code.js. Plain JSON: days
 * are day numbers or YYYY-MM-DD, never Date objects.
 */
export interface MonthlyData {
  readonly language: Language;
  /** Assessed month, YYYY-MM (checked by the server). */
  readonly month: string;
  /** The pipeline tab read. */
  readonly sheetName: string;
  /** Today in the spreadsheet's time zone, YYYY-MM-DD. */
  readonly today: string;
  /** The pipeline tab's deals as the shared ingestion read them. */
  readonly deals: Deal[];
  /** The stage table the deals were read with (the team's, else the recognised one). */
  readonly stages: StageDefinition[];
  /** Rows and cells the ingestion could not read, in the user's language. */
  readonly problems: { readonly count: number; readonly messages: string[] };
  /**
   * The analytics Worker's answers and trend as it sent them (the sidebar
   * checks them); null when it is not set up or could not be used.
   */
  readonly worker: WorkerBodies | null;
  /** Why the sheet is used although a Worker is configured; null otherwise. */
  readonly fallback: MonthlyFallback | null;
  /** The template tabs asked for, as read (null when not asked for or the spreadsheet has none). */
  readonly tabs: MonthlyAssessmentView['tabs'];
  /** The owners of the Owner column and whose deals to assess by default (`repChoice`). */
  readonly rep?: RepChoice;
}

/** What the monthly self-assessment sidebar shows, worked out in the sidebar from `MonthlyData`. */
export interface MonthlyAssessmentView {
  readonly language: Language;
  /** Assessed month, YYYY-MM. */
  readonly month: string;
  /** The pipeline tab read (the sheet is read even when the Worker answers, for the charts). */
  readonly sheetName: string;
  /** `worker` when the analytics Worker answered, else `sheet`. */
  readonly source: MonthlySource;
  /** The source in the user's language ("Using the analytics service"). */
  readonly sourceLabel: string;
  /**
   * Why the sheet was used although a Worker is configured (the error, in
   * plain words); null when the Worker answered or none is configured.
   */
  readonly fallbackReason: string | null;
  /** With the Worker: the date of the snapshot it read, YYYY-MM-DD; else null. */
  readonly snapshotAsOf: string | null;
  readonly answers: AnswerView[];
  /** Win rate and deal size by close month: the twelve months ending with `month`. */
  readonly months: MonthRowView[];
  /** Stage conversion from the sheet (playbook §4). */
  readonly funnel: { readonly approximate: boolean; readonly stages: FunnelStageView[] };
  /** Lost deals by loss reason, most frequent first (blank reason shown as "None"). */
  readonly lossReasons: {
    readonly reason: string;
    readonly count: number;
    readonly amount: number;
  }[];
  readonly dealCount: number;
  readonly problems: { readonly count: number; readonly messages: string[] };
  /** Today, YYYY-MM-DD: the day the territory review is made as of. */
  readonly today: string;
  /**
   * Stage conversion (playbook §4) among the deals closed in the month only,
   * with each stage's probability: what the process self-scores are set
   * against (the month's closed deals have all moved as far as they will).
   */
  readonly monthFunnel: MonthFunnelStage[];
  /** The template tabs asked for, as read (null when not asked for or the spreadsheet has none). */
  readonly tabs: {
    readonly accounts: TemplateTabView | null;
    readonly activity: TemplateTabView | null;
    readonly winLoss: TemplateTabView | null;
  };
}

/** One open stage of the month's closed deals' funnel. */
export interface MonthFunnelStage {
  /** Canonical stage name (to find a skill's stage) and its name in the user's language. */
  readonly stage: string;
  readonly name: string;
  readonly probability: number;
  /** The probability of the stage after it (Closed Won after the last open stage). */
  readonly next: number | null;
  readonly reached: number;
  readonly conversion: number | null;
}

/** The template tabs the sidebar asks for, each by its required headers (English and Chinese). */
export interface TemplateTabsQuery {
  readonly accounts?: string[][];
  readonly activity?: string[][];
  readonly winLoss?: string[][];
}

/** A template tab's values, header first; dates as YYYY-MM-DD in the sheet's time zone. */
export interface TemplateTabView {
  readonly name: string;
  readonly values: (string | number | boolean)[][];
}

/** A section the monthly sidebar adds to the report: a title and its rows, in the user's language. */
export interface ReportSection {
  readonly title: string;
  /** Text, number or yes/no cells. */
  readonly rows: (string | number | boolean)[][];
}

/** A table of the report tab: where it sits, for the chart drawn from it. */
export interface ReportTable {
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  /** Data rows below the header. */
  readonly rows: number;
  readonly title: string;
}

/**
 * The monthly report tab as the sidebar lays it out: its cells, the rows to
 * set in bold and where the chart tables are. `writeMonthlyReportTab` checks
 * it and writes it.
 */
export interface MonthlyReportLayout {
  readonly rows: (string | number | boolean)[][];
  /** 1-based rows holding a section title (to set in bold). */
  readonly titles: number[];
  /** Month, win rate, won, lost, average deal size. */
  readonly months: ReportTable;
  /** Stage, reached, advanced, conversion. */
  readonly funnel: ReportTable;
  /** Reason, count, amount. */
  readonly lossReasons: ReportTable;
}
