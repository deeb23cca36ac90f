import { monthLabel } from '../../../shared/analysis/month-label';
import { monthIndex } from '../../../shared/analysis/month-index';
import { monthStart } from '../../../shared/analysis/month-start';
import { type SelfAssessment, selfAssessment } from '../../../shared/analysis/self-assessment';
import type { SnapshotDeals } from '../../../shared/snapshots/period-forecast-accuracy';

// The monthly report of a month reads the team's first snapshot dated after
// the month, or else its newest snapshot within the month (routes/reports.ts).
// So a snapshot dated d answers for the month before d's month (when it is
// that month's first successor) and for d's own month (while it is the
// newest); both are worked out when the snapshot is stored, and the report
// reads one small row instead of every deal. Any other month, or a stored
// report that cannot be read, is worked out from the deals as before.

/** The stored reports of a snapshot, by month `YYYY-MM`. */
export type StoredReports = Record<string, SelfAssessment>;

/** The self-assessment of `month` from a snapshot, as the monthly report route asks for it. */
export function reportOf(snapshot: SnapshotDeals, month: number): SelfAssessment {
  const end = monthStart(month + 1) - 1;
  return selfAssessment(snapshot.deals, {
    asOf: Math.min(snapshot.asOf, end),
    month: monthLabel(month),
    stages: snapshot.stages,
  });
}

/** The reports a snapshot may be asked for: the month before its date's and its date's own. */
export function storedReports(snapshot: SnapshotDeals): StoredReports {
  const own = monthIndex(snapshot.asOf);
  const reports: StoredReports = {};
  for (const month of [own - 1, own]) reports[monthLabel(month)] = reportOf(snapshot, month);
  return reports;
}

/**
 * Reads the stored report of one month: the self-assessment, null when none
 * was stored for that month, or a problem when what is stored is not one.
 */
export function readStoredReport(
  data: unknown,
  month: string,
): { report: SelfAssessment | null; problem?: string } {
  if (data === null || data === undefined) return { report: null };
  let raw: unknown;
  try {
    if (typeof data !== 'string') throw new TypeError('not text');
    raw = JSON.parse(data);
  } catch {
    return { report: null, problem: 'not JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { report: null, problem: 'not a set of reports' };
  }
  const entry = (raw as Record<string, unknown>)[month];
  if (entry === undefined) return { report: null };
  const r = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const answers = r.answers;
  const readable =
    r.month === month &&
    Array.isArray(answers) &&
    answers.length === 8 &&
    answers.every(
      (a, i) =>
        typeof a === 'object' &&
        a !== null &&
        a.question === i + 1 &&
        (a.answer === null || typeof a.answer === 'string' || typeof a.answer === 'number') &&
        typeof a.figures === 'object' &&
        a.figures !== null &&
        !Array.isArray(a.figures) &&
        (i !== 7 || a.figures.closeDate === null || Number.isInteger(a.figures.closeDate)),
    );
  if (!readable) return { report: null, problem: `the report of ${month} is not readable` };
  return { report: entry as SelfAssessment };
}
