import { findStage } from '../stages/find-stage';
import {
  type DayNumber,
  type Deal,
  PlaybookError,
  type StageDefinition,
  type StageTable,
} from '../types';
import { dealKey } from './deal-key';

/** What happened to a deal between two snapshots. A deal can have several. */
export type DealChange =
  | 'new'
  | 'advanced'
  | 'movedBack'
  | 'slipped'
  | 'pulledIn'
  | 'won'
  | 'lost'
  | 'reopened'
  | 'removed'
  | 'amountUp'
  | 'amountDown';

/** Every change kind, in the order reports list them. */
export const DEAL_CHANGES: readonly DealChange[] = [
  'new',
  'advanced',
  'movedBack',
  'slipped',
  'pulledIn',
  'won',
  'lost',
  'reopened',
  'removed',
  'amountUp',
  'amountDown',
];

/** A deal's state in one snapshot. */
export interface DealState {
  readonly stage: string;
  readonly amount: number | null;
  readonly closeDate?: DayNumber;
}

/** One changed deal. */
export interface DealMovement {
  readonly key: string;
  readonly name?: string;
  readonly account?: string;
  readonly owner?: string;
  readonly changes: readonly DealChange[];
  /** State in the earlier snapshot; null for a new deal. */
  readonly before: DealState | null;
  /** State in the later snapshot; null for a removed deal. */
  readonly after: DealState | null;
}

/** Count and amount of one change kind. */
export interface ChangeTotal {
  count: number;
  amount: number;
}

/**
 * How open pipeline went from `start` to `end`:
 * end = start + new + reopened + increased − decreased − won − lost − removed.
 * All parts are positive amounts.
 */
export interface PipelineBridge {
  readonly start: number;
  /** Amount of new deals that are open in the later snapshot. */
  readonly new: number;
  /** Amount of closed deals that are open again. */
  readonly reopened: number;
  /** Amount increases of deals open in both snapshots. */
  readonly increased: number;
  /** Amount decreases of deals open in both snapshots. */
  readonly decreased: number;
  /** Earlier amount of open deals that were won. */
  readonly won: number;
  /** Earlier amount of open deals that were lost. */
  readonly lost: number;
  /** Earlier amount of open deals no longer in the pipeline. */
  readonly removed: number;
  readonly end: number;
}

/** Result of `compareSnapshots`. */
export interface SnapshotComparison {
  /** Changed deals, in the later snapshot's order, then removed ones. */
  readonly deals: readonly DealMovement[];
  readonly totals: Readonly<Record<DealChange, ChangeTotal>>;
  readonly pipeline: PipelineBridge;
  /** Deals present in both snapshots with no change. */
  readonly unchanged: number;
}

/** Options of `compareSnapshots`. */
export interface CompareSnapshotsOptions {
  /** Stage table of the earlier snapshot. */
  readonly beforeStages: StageTable;
  /** Stage table of the later snapshot. */
  readonly afterStages: StageTable;
  /** Last day of the forecast period, for slipped and pulled-in deals. */
  readonly periodEnd: DayNumber;
}

const amountOf = (deal: Deal) => deal.amount ?? 0;
const stateOf = (deal: Deal): DealState => ({
  stage: deal.stage,
  amount: deal.amount,
  ...(deal.closeDate !== undefined ? { closeDate: deal.closeDate } : {}),
});

/**
 * What changed between two snapshots of a pipeline, per deal and in total
 * (the weekly review of playbook §4). Deals are matched by `dealKey`.
 *
 * - new: in the later snapshot only; removed: in the earlier one only;
 * - for a deal open before: won / lost when it closed, otherwise advanced or
 *   movedBack by funnel order; reopened when a closed deal is open again;
 * - slipped: open in both and the expected close date moved from inside the
 *   period (on or before `periodEnd`) to after it; pulledIn: the reverse;
 * - amountUp / amountDown: the amount changed (blank counts as 0).
 *
 * Totals count deals and sum amounts: the later amount for new, advanced,
 * movedBack, slipped, pulledIn, won and reopened; the earlier amount for lost
 * and removed; the size of the change for amountUp and amountDown. O(n).
 *
 * @param before - deals of the earlier snapshot
 * @param after - deals of the later snapshot
 * @param options - both stage tables and the period's last day
 * @returns changed deals, totals and the open-pipeline bridge
 * @throws PlaybookError when a deal's stage is in neither stage table
 * @example
 * compareSnapshots(
 *   [{ row: 2, id: 'A', stage: 'Discovery', amount: 100 }],
 *   [{ row: 2, id: 'A', stage: 'Closed Won', amount: 120 }],
 *   { beforeStages: DEFAULT_STAGE_TABLE, afterStages: DEFAULT_STAGE_TABLE, periodEnd: 20543 },
 * ).totals.won // => { count: 1, amount: 120 }
 */
export function compareSnapshots(
  before: readonly Deal[],
  after: readonly Deal[],
  options: CompareSnapshotsOptions,
): SnapshotComparison {
  const { beforeStages, afterStages, periodEnd } = options;
  const stageOf = (deal: Deal, own: StageTable, other: StageTable): StageDefinition => {
    const stage = findStage(own, deal.stage) ?? findStage(other, deal.stage);
    if (!stage) {
      throw new PlaybookError(
        `compareSnapshots: deal in row ${deal.row} has stage "${deal.stage}", which is in neither stage table`,
      );
    }
    return stage;
  };

  const totals = Object.fromEntries(
    DEAL_CHANGES.map((change) => [change, { count: 0, amount: 0 }]),
  ) as Record<DealChange, ChangeTotal>;
  const bridge = {
    start: 0,
    new: 0,
    reopened: 0,
    increased: 0,
    decreased: 0,
    won: 0,
    lost: 0,
    removed: 0,
    end: 0,
  };
  const deals: DealMovement[] = [];
  let unchanged = 0;

  // Each earlier deal with its stage, looked up once.
  const earlier = new Map<string, { deal: Deal; stage: StageDefinition }>();
  for (const deal of before) {
    const stage = stageOf(deal, beforeStages, afterStages);
    earlier.set(dealKey(deal), { deal, stage });
    if (stage.kind === 'open') bridge.start += amountOf(deal);
  }

  const add = (change: DealChange, amount: number, changes: DealChange[]) => {
    changes.push(change);
    totals[change].count += 1;
    totals[change].amount += amount;
  };
  const record = (
    key: string,
    deal: Deal,
    changes: DealChange[],
    b: Deal | null,
    a: Deal | null,
  ) => {
    if (changes.length === 0) {
      unchanged += 1;
      return;
    }
    deals.push({
      key,
      ...(deal.name !== undefined ? { name: deal.name } : {}),
      ...(deal.account !== undefined ? { account: deal.account } : {}),
      ...(deal.owner !== undefined ? { owner: deal.owner } : {}),
      changes,
      before: b ? stateOf(b) : null,
      after: a ? stateOf(a) : null,
    });
  };

  const seen = new Set<string>();
  for (const deal of after) {
    const key = dealKey(deal);
    seen.add(key);
    const stage = stageOf(deal, afterStages, beforeStages);
    const amount = amountOf(deal);
    if (stage.kind === 'open') bridge.end += amount;
    const changes: DealChange[] = [];
    const was = earlier.get(key);
    if (!was) {
      add('new', amount, changes);
      if (stage.kind === 'open') bridge.new += amount;
      else add(stage.kind, amount, changes);
      record(key, deal, changes, null, deal);
      continue;
    }
    const { deal: old, stage: oldStage } = was;
    const oldAmount = amountOf(old);
    if (oldStage.kind === 'open' && stage.kind !== 'open') {
      add(stage.kind, stage.kind === 'won' ? amount : oldAmount, changes);
      bridge[stage.kind] += oldAmount;
    } else if (oldStage.kind !== 'open' && stage.kind === 'open') {
      add('reopened', amount, changes);
      bridge.reopened += amount;
    } else if (stage.kind === 'open') {
      if (stage.order > oldStage.order) add('advanced', amount, changes);
      if (stage.order < oldStage.order) add('movedBack', amount, changes);
      if (old.closeDate !== undefined && deal.closeDate !== undefined) {
        if (old.closeDate <= periodEnd && deal.closeDate > periodEnd)
          add('slipped', amount, changes);
        if (old.closeDate > periodEnd && deal.closeDate <= periodEnd)
          add('pulledIn', amount, changes);
      }
      if (amount > oldAmount) bridge.increased += amount - oldAmount;
      if (amount < oldAmount) bridge.decreased += oldAmount - amount;
    }
    if (amount > oldAmount) add('amountUp', amount - oldAmount, changes);
    if (amount < oldAmount) add('amountDown', oldAmount - amount, changes);
    record(key, deal, changes, old, deal);
  }

  for (const [key, { deal: old, stage: oldStage }] of earlier) {
    if (seen.has(key)) continue;
    const amount = amountOf(old);
    const changes: DealChange[] = [];
    add('removed', amount, changes);
    if (oldStage.kind === 'open') bridge.removed += amount;
    record(key, old, changes, old, null);
  }

  return { deals, totals, pipeline: bridge, unchanged };
}
