// Shapes of weekly snapshots shared by the server, the sidebars and the tests
// (no Apps Script service here, so browser and Node code can import it).

/** Days a weekly snapshot can be scheduled on, as Apps Script's `ScriptApp.WeekDay` names them. */
export const WEEK_DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** The weekly save: day and hour in the spreadsheet's time zone, and the one trigger that runs it. */
export interface SnapshotSchedule {
  readonly day: WeekDay;
  readonly hour: number;
  readonly triggerId: string;
}

/** What the last saves did. Times are `yyyy-MM-dd HH:mm` in the spreadsheet's time zone. */
export interface SnapshotStatus {
  /** The last good save; kept when a later one fails. */
  readonly saved?: { readonly at: string; readonly asOf: string; readonly deals: number };
  /**
   * The last failed save, cleared by the next good one: when the Worker
   * refused it, its status and problem (title and detail in the language of
   * whoever saved; the first causes with row, field and value); otherwise
   * `code` (no Worker URL, no key) or the error's message as `detail`.
   */
  readonly error?: {
    readonly at: string;
    readonly status: number | null;
    readonly code?: 'noWorker' | 'noKey';
    readonly title?: string;
    readonly detail?: string;
    readonly errors?: readonly ProblemCause[];
  };
}

/** One cause a Worker problem lists. */
export interface ProblemCause {
  readonly row?: number;
  readonly column?: string;
  readonly field?: string;
  readonly value?: string;
  readonly message: string;
}

/** A deal of /v1/waterfall's answer: what changed and its state in the later snapshot. */
export interface WaterfallDeal {
  readonly key: string;
  readonly name?: string;
  readonly account?: string;
  readonly changes: string[];
  /** Null for a deal gone from the later snapshot. */
  readonly after: { stage: string; amount: number | null; closeDate?: string } | null;
}

/** Why the review had to estimate advanced and slipped deals; '' when it measured them. */
export type EstimateReason = '' | 'noWorker' | 'noKey' | 'none' | 'stale' | 'unreachable';

/**
 * The day the weekly save runs next, YYYY-MM-DD: the coming `day`, or a
 * week on once today's `hour` has begun (Apps Script starts the run within
 * that hour). `now` is `yyyy-MM-dd HH` in the spreadsheet's time zone.
 *
 * @example
 * nextRun('MONDAY', 7, '2026-11-16 06') // => '2026-11-16' (a Monday, before 07:00)
 * nextRun('MONDAY', 7, '2026-11-16 07') // => '2026-11-23'
 */
export function nextRun(day: WeekDay, hour: number, now: string): string {
  const today = Date.UTC(+now.slice(0, 4), +now.slice(5, 7) - 1, +now.slice(8, 10));
  // getUTCDay counts from Sunday; WEEK_DAYS from Monday.
  let ahead = (WEEK_DAYS.indexOf(day) - ((new Date(today).getUTCDay() + 6) % 7) + 7) % 7;
  if (ahead === 0 && +now.slice(11, 13) >= hour) ahead = 7;
  return new Date(today + ahead * 86_400_000).toISOString().slice(0, 10);
}
