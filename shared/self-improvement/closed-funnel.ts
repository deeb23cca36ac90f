import { stageConversion } from '../analysis/stage-conversion';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { findStage } from '../stages/find-stage';
import type { DayNumber, Deal, StageTable } from '../types';

/** One open stage of `closedFunnel`. */
export interface FunnelStep {
  /** Canonical stage name of the team's table. */
  readonly stage: string;
  readonly probability: number;
  /** Probability of the stage after it (Closed Won after the last open stage); `null` when the table has none. */
  readonly next: number | null;
  /** Deals that reached the stage. */
  readonly reached: number;
  /** Share of them that reached the next stage; `null` when none reached it. */
  readonly conversion: number | null;
}

/** Options of `closedFunnel`. */
export interface ClosedFunnelOptions {
  readonly stages?: StageTable;
  /** First and last day of the period; deals closed (won or lost) in it count. */
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/**
 * Stage conversion (playbook §4) among the deals closed in a period only,
 * with each stage's probability and the next one's: the month's closed deals
 * have moved as far as they will, so open deals that have not moved yet do
 * not count against a stage. A won deal reached every stage, a lost one its
 * "lost at stage" (see `stageConversion`). O(n).
 *
 * @example
 * closedFunnel([{ row: 2, stage: 'Won', amount: 1, closeDate: 20400 }], { from: 20393, to: 20422 })[4]
 * // => { stage: 'Negotiation', probability: 0.75, next: 1, reached: 1, conversion: 1 }
 */
export function closedFunnel(deals: readonly Deal[], options: ClosedFunnelOptions): FunnelStep[] {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const closed = deals.filter((d) => {
    const kind = findStage(table, d.stage)?.kind;
    return (
      (kind === 'won' || kind === 'lost') &&
      d.closeDate !== undefined &&
      d.closeDate >= options.from &&
      d.closeDate <= options.to
    );
  });
  const won = table.stages.find((s) => s.kind === 'won');
  return stageConversion(closed, { stages: table }).stages.map((s, i) => ({
    stage: s.stage,
    probability: table.openStages[i].probability,
    next: (table.openStages[i + 1] ?? won)?.probability ?? null,
    reached: s.reached,
    conversion: s.conversion,
  }));
}
