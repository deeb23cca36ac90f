// Shapes of the pipeline changes view shared by the server, the sidebar and
// the tests (no Apps Script service here, so browser and Node code can import it).

import type { Language } from '../../../shared/types';

/** A Worker answer as getChanges passes it on: its status and JSON body. */
export interface WorkerAnswer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the sidebar checks the fields it reads
  readonly body: Record<string, any>;
}

/**
 * Why there is nothing to compare: no Worker URL in Settings, no key saved
 * for it, fewer than two snapshots, or the snapshot list could not be read
 * (`detail` says what the Worker or UrlFetch answered).
 */
export type ChangesReason = 'noWorker' | 'noKey' | 'noSnapshots' | 'unreachable';

/**
 * What getChanges sends the sidebar: the Worker's answers as they
 * came. Only `language` and `quota` are always there; the rest is missing
 * when there is nothing to compare (`reason` says why).
 */
export interface PipelineChangesData {
  language: Language;
  /** The quota from Settings for one month (whole units), sent to /v1/trends for coverage. */
  quota: number | null;
  reason?: ChangesReason;
  /** What the Worker or UrlFetch answered when the snapshot list could not be read. */
  detail?: string;
  /** The team's snapshot dates, oldest first. */
  snapshots?: string[];
  /** The compared snapshot dates and the forecast period. */
  from?: string;
  to?: string;
  period?: string;
  /** GET /v1/waterfall, /v1/trends and /v1/forecast-accuracy: status and body. */
  waterfall?: WorkerAnswer;
  trends?: WorkerAnswer;
  accuracy?: WorkerAnswer;
}

/**
 * The changes tab as the sidebar lays it out: its cells, the rows to set in
 * bold, and the trends table (a header row, then `rows` months: month, win
 * rate, won, lost, open pipeline, weighted pipeline, coverage, cycle) that
 * both charts read; each chart is titled with its header cells.
 */
export interface ChangesTabLayout {
  readonly rows: (string | number | boolean)[][];
  readonly titles: number[];
  readonly trends: { readonly headerRow: number; readonly rows: number };
}
