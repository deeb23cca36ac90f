import { createStageTable, findStage, parseDay } from '../../../shared/index';
import type { StageTable } from '../../../shared/types';

/** A stage's average stay measured from the team's snapshots (GET /v1/deal-history). */
export interface SnapshotStageDays {
  readonly stage: string;
  readonly averageDays: number | null;
  readonly deals: number;
}

/** Average days per open stage, and where each came from. */
export interface StageDaysView {
  /** Stage name as the table names it. */
  readonly stage: string;
  readonly days: number;
  /**
   * `typed`: the stage table's average days; `measured`: from the sheet's
   * stage-history dates; `snapshots`: from the team's snapshots (the Worker).
   */
  readonly source: 'typed' | 'measured' | 'snapshots';
  /** Deals measured (0 for typed). */
  readonly deals: number;
}

/**
 * The stage table the stalled rule (playbook §1: over 2× a stage's average
 * days) runs on: a stage's average days as typed in the table when it has
 * them, else measured from the sheet's stage-history columns (one date
 * column per stage, such as "Discovery entered" or HubSpot's "Date entered
 * 'Discovery'"): for each deal, the days from entering a stage to entering
 * the next stage it has a date for, averaged over the deals that left the
 * stage; else the average stay measured from the team's snapshots, when
 * the Worker has one. O(rows × stages).
 *
 * @param rows - the pipeline cells as read (header first, dates as YYYY-MM-DD)
 * @param table - the team's stage table
 * @param snapshots - per stage, the average stay over the team's snapshots
 * @returns the table to use, and each open stage's days with their source
 */
export function stageDaysOf(
  rows: readonly unknown[][],
  table: StageTable,
  snapshots: readonly SnapshotStageDays[] = [],
): { table: StageTable; days: StageDaysView[] } {
  const { stages } = table;
  // Each column's stage order when its header names a stage and says "entered", with the
  // "entered" words, quotes and a bracketed pipeline name taken out; else -1.
  const orders = (rows[0] || []).map((cell) => {
    const header = String(cell ?? '');
    const stage = /entered|进入/i.test(header)
      ? findStage(table, header.replace(/date|entered|进入|日期|["'“”‘’]|\(.*\)/gi, ''))
      : undefined;
    return stage ? stages.indexOf(stage) : -1;
  });
  // Per stage order: total days and deals that left the stage.
  const sums = stages.map(() => [0, 0]);
  for (const row of rows.slice(1)) {
    const dates: [number, number][] = [];
    orders.forEach((order, column) => {
      try {
        const day = order < 0 ? null : parseDay(row[column]);
        if (day !== null) dates.push([order, day]);
      } catch {
        // A cell that is no date is not measured.
      }
    });
    dates.sort((a, b) => a[0] - b[0]);
    dates.slice(1).forEach(([, day], i) => {
      const [order, from] = dates[i];
      if (day >= from) sums[order] = [sums[order][0] + day - from, sums[order][1] + 1];
    });
  }
  const days: StageDaysView[] = [];
  const next = stages.map((s, order) => {
    const [total, deals] = sums[order];
    const typed = s.averageDays;
    const stay = total ? null : snapshots.find((x) => x.stage === s.name && x.averageDays! > 0);
    if (s.kind !== 'open' || (typed === undefined && !total && !stay)) return s;
    const averageDays = typed ?? (stay ? stay.averageDays! : total / deals);
    days.push({
      stage: s.name,
      days: averageDays,
      source: typed !== undefined ? 'typed' : stay ? 'snapshots' : 'measured',
      deals: typed !== undefined ? 0 : stay ? stay.deals : deals,
    });
    return { ...s, averageDays };
  });
  return { table: createStageTable(next), days };
}
