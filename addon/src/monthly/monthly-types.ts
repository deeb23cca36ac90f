import type { Language } from '../../../shared/types';
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
  /** The figures behind the answer in a sentence, in the user's language. */
  readonly detail: string;
  /** The figures as computed (plain JSON; dates as YYYY-MM-DD). */
  readonly figures: Readonly<Record<string, unknown>>;
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

/** What the monthly self-assessment sidebar shows. Plain JSON: no Date objects. */
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
}
