import { findStage } from '../stages/find-stage';
import type { DayNumber, Deal, StageTable } from '../types';
import { dealKey } from './deal-key';

/** One snapshot as the history needs it: its date, deals and stage table. */
export interface HistorySnapshot {
  readonly asOf: DayNumber;
  readonly deals: readonly Deal[];
  readonly stages: StageTable;
}

/** What a run of snapshots shows about one deal. */
export interface DealHistory {
  readonly key: string;
  readonly name?: string;
  readonly account?: string;
  readonly owner?: string;
  /** Date of the first and the last snapshot the deal is in. */
  readonly firstSeen: DayNumber;
  readonly lastSeen: DayNumber;
  /** Consecutive snapshot pairs in which the close date moved later. */
  readonly pushes: number;
  /** Consecutive snapshot pairs in which the close date moved earlier. */
  readonly pulls: number;
  /** Days the close date moved later, summed over the pushes. */
  readonly pushedDays: number;
  /**
   * Days measured in each open stage (canonical stage name): the days between
   * consecutive snapshots that both show the deal in that stage. Time before
   * the deal's first snapshot of the run, after its last, and between two
   * snapshots that show different stages is not known and not counted, so
   * these are lower bounds.
   */
  readonly stageDays: Readonly<Record<string, number>>;
}

/** The measured average stay in one open stage. */
export interface StageStay {
  readonly stage: string;
  /** Mean days over `deals`; null when no deal both entered and left the stage in the run. */
  readonly averageDays: number | null;
  /** Deals the average is based on. */
  readonly deals: number;
}

export interface DealHistoryResult {
  readonly deals: DealHistory[];
  /** Every open stage of the newest snapshot's table and any other seen open, in funnel order. */
  readonly stages: StageStay[];
}

interface Seen {
  readonly deal: Deal;
  /** Canonical name of its stage when that stage is open, otherwise null. */
  readonly openStage: string | null;
  readonly order: number;
}

/**
 * A deal's state in every snapshot, by key; the first deal of a key in a
 * snapshot stands for it (a repeated key is a data error the reader reports).
 */
function byKey(snapshot: HistorySnapshot): Map<string, Seen> {
  const map = new Map<string, Seen>();
  for (const deal of snapshot.deals) {
    const key = dealKey(deal);
    if (map.has(key)) continue;
    const stage = findStage(snapshot.stages, deal.stage);
    map.set(key, {
      deal,
      openStage: stage && stage.kind === 'open' ? stage.name : null,
      order: stage?.order ?? Number.MAX_SAFE_INTEGER,
    });
  }
  return map;
}

/**
 * Per deal over a run of snapshots (oldest first): how often its close date
 * was pushed later or pulled earlier between consecutive snapshots, and the
 * days it was seen in each open stage; per open stage, the average stay.
 *
 * The average stay in a stage counts only stays that began and ended inside
 * the run: the snapshot before the stay exists and shows the deal in another
 * stage or not at all, and the snapshot after it shows the deal in another
 * stage (a deal that vanishes has not been seen leaving). Each change of
 * stage is taken as happening half way between the two snapshots around it,
 * so a stay seen in snapshots `first`..`last` lasted
 * (last + next) / 2 − (previous + first) / 2 days. A deal's stays in the
 * same stage are added up; the average is the mean over deals.
 *
 * @param snapshots - the snapshots of the run, oldest first, dates distinct
 * @returns the deals in order of first appearance, and the open stages
 */
export function dealHistory(snapshots: readonly HistorySnapshot[]): DealHistoryResult {
  const states = snapshots.map(byKey);
  const keys: string[] = [];
  const known = new Set<string>();
  for (const state of states) {
    for (const key of state.keys()) {
      if (!known.has(key)) keys.push(key);
      known.add(key);
    }
  }
  // Every open stage of the newest table, then open stages only older tables name.
  const stageOrder = new Map<string, number>();
  for (const stage of snapshots[snapshots.length - 1]?.stages.openStages ?? []) {
    stageOrder.set(stage.name, stage.order);
  }
  for (let i = states.length - 1; i >= 0; i--) {
    for (const seen of states[i].values()) {
      if (seen.openStage !== null && !stageOrder.has(seen.openStage)) {
        stageOrder.set(seen.openStage, seen.order);
      }
    }
  }
  const stays = new Map<string, number[]>();
  const deals: DealHistory[] = keys.map((key) => {
    let pushes = 0;
    let pulls = 0;
    let pushedDays = 0;
    const stageDays: Record<string, number> = {};
    const completed = new Map<string, number>();
    let firstSeen = -1;
    let lastSeen = -1;
    let latest: Deal | undefined;
    // The stay in progress: its stage, the snapshot it was first seen in, and
    // whether its start was observed.
    let stay: { stage: string; first: number; started: boolean } | null = null;
    for (let i = 0; i < states.length; i++) {
      const now = states[i].get(key);
      const before = i > 0 ? states[i - 1].get(key) : undefined;
      if (now) {
        if (firstSeen < 0) firstSeen = snapshots[i].asOf;
        lastSeen = snapshots[i].asOf;
        latest = now.deal;
      }
      if (now && before) {
        const from = before.deal.closeDate;
        const to = now.deal.closeDate;
        if (from !== undefined && to !== undefined) {
          if (to > from) {
            pushes++;
            pushedDays += to - from;
          } else if (to < from) pulls++;
        }
        if (now.openStage !== null && now.openStage === before.openStage) {
          stageDays[now.openStage] =
            (stageDays[now.openStage] ?? 0) + snapshots[i].asOf - snapshots[i - 1].asOf;
        }
      }
      const stage = now?.openStage ?? null;
      if (stay && stay.stage !== stage) {
        // Left the stay's stage; counted when it moved to another stage.
        if (now && stay.started) {
          const start = (snapshots[stay.first - 1].asOf + snapshots[stay.first].asOf) / 2;
          const end = (snapshots[i - 1].asOf + snapshots[i].asOf) / 2;
          completed.set(stay.stage, (completed.get(stay.stage) ?? 0) + end - start);
        }
        stay = null;
      }
      if (stage !== null && !stay) stay = { stage, first: i, started: i > 0 };
    }
    for (const [stage, days] of completed) {
      const list = stays.get(stage) ?? [];
      list.push(days);
      stays.set(stage, list);
    }
    const deal = latest as Deal;
    return {
      key,
      ...(deal.name !== undefined ? { name: deal.name } : {}),
      ...(deal.account !== undefined ? { account: deal.account } : {}),
      ...(deal.owner !== undefined ? { owner: deal.owner } : {}),
      firstSeen: firstSeen as DayNumber,
      lastSeen: lastSeen as DayNumber,
      pushes,
      pulls,
      pushedDays,
      stageDays,
    };
  });
  const stages = [...stageOrder.keys()]
    .sort((a, b) => (stageOrder.get(a) ?? 0) - (stageOrder.get(b) ?? 0) || a.localeCompare(b))
    .map((stage) => {
      const list = stays.get(stage) ?? [];
      return {
        stage,
        averageDays: list.length > 0 ? list.reduce((s, d) => s + d, 0) / list.length : null,
        deals: list.length,
      };
    });
  return { deals, stages };
}
