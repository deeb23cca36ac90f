import { createStageTable, findStage, parseDay } from '../../../shared/index';
import type { StageTable } from '../../../shared/types';

/** Average days per open stage, and where each came from. */
export interface StageDaysView {
  /** Stage name as the table names it. */
  readonly stage: string;
  readonly days: number;
  /** `typed`: the stage table's average days; `measured`: from the sheet's stage-history dates. */
  readonly source: 'typed' | 'measured';
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
 * stage. O(rows × stages).
 *
 * @param rows - the pipeline cells as read (header first, dates as YYYY-MM-DD)
 * @param table - the team's stage table
 * @returns the table to use, and each open stage's days with their source
 */
export function stageDaysOf(
  rows: readonly unknown[][],
  table: StageTable,
): { table: StageTable; days: StageDaysView[] } {
  // Header column → stage order, for columns that name a stage and say "entered".
  const columns: [number, number][] = [];
  (rows[0] || []).forEach((cell, column) => {
    const header = String(cell ?? '');
    // The header with its "entered" words, quotes and a bracketed pipeline name taken out.
    const stage = /entered|进入/i.test(header)
      ? findStage(table, header.replace(/date|entered|进入|日期|["'“”‘’]|\(.*\)/gi, ''))
      : undefined;
    if (stage) columns.push([column, table.stages.indexOf(stage)]);
  });
  columns.sort((a, b) => a[1] - b[1]);
  const sums = new Map<number, [number, number]>();
  for (const row of rows.slice(1)) {
    const dates = columns
      .map(([column, order]) => [order, parseDay(row[column])] as const)
      .filter((d): d is readonly [number, number] => d[1] !== null);
    for (let i = 0; i + 1 < dates.length; i++) {
      const days = dates[i + 1][1] - dates[i][1];
      if (days < 0) continue;
      const sum = sums.get(dates[i][0]) ?? [0, 0];
      sums.set(dates[i][0], [sum[0] + days, sum[1] + 1]);
    }
  }
  const days: StageDaysView[] = [];
  const stages = table.stages.map((s, order) => {
    const sum = sums.get(order);
    if (s.kind !== 'open') return s;
    if (s.averageDays !== undefined) {
      days.push({ stage: s.name, days: s.averageDays, source: 'typed', deals: 0 });
      return s;
    }
    if (!sum || sum[0] <= 0) return s;
    const averageDays = sum[0] / sum[1];
    days.push({ stage: s.name, days: averageDays, source: 'measured', deals: sum[1] });
    return { ...s, averageDays };
  });
  return {
    table: days.some((d) => d.source === 'measured') ? createStageTable(stages) : table,
    days,
  };
}
