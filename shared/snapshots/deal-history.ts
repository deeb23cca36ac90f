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

/** What is kept of a deal while the snapshots are read. */
interface Tally {
  deal: Deal;
  firstSeen: DayNumber;
  lastSeen: DayNumber;
  pushes: number;
  pulls: number;
  pushedDays: number;
  stageDays: Record<string, number>;
  /** Days of the finished stays per stage (see `dealHistory`). */
  stays: Map<string, number>;
  /** The stay in progress, with its start when that was seen (a midpoint day). */
  stay: { stage: string; start: number | null } | null;
}

/**
 * Reads a run of snapshots one at a time, oldest first, keeping only the
 * previous snapshot's deals and a small tally per deal, so a long run of
 * large snapshots never sits in memory at once. `dealHistory` explains the
 * figures.
 */
export class DealHistoryBuilder {
  private readonly tallies = new Map<string, Tally>();
  private readonly stageOrder = new Map<string, number>();
  private newestStages: StageTable | null = null;
  private previous: { asOf: DayNumber; deals: Map<string, Seen> } | null = null;

  /** Adds the next snapshot; its date must be later than the previous one's. */
  add(snapshot: HistorySnapshot): void {
    const previous = this.previous;
    if (previous && snapshot.asOf <= previous.asOf) {
      throw new RangeError('Snapshots must be added oldest first, one per date.');
    }
    const now = byKey(snapshot);
    this.newestStages = snapshot.stages;
    for (const seen of now.values()) {
      if (seen.openStage !== null && !this.stageOrder.has(seen.openStage)) {
        this.stageOrder.set(seen.openStage, seen.order);
      }
    }
    // A deal gone from this snapshot has not been seen leaving its stage.
    if (previous) {
      for (const key of previous.deals.keys()) {
        const tally = this.tallies.get(key);
        if (tally && !now.has(key)) tally.stay = null;
      }
    }
    const midpoint = previous ? (previous.asOf + snapshot.asOf) / 2 : null;
    for (const [key, seen] of now) {
      const before = previous?.deals.get(key);
      let tally = this.tallies.get(key);
      if (!tally) {
        tally = {
          deal: seen.deal,
          firstSeen: snapshot.asOf,
          lastSeen: snapshot.asOf,
          pushes: 0,
          pulls: 0,
          pushedDays: 0,
          stageDays: {},
          stays: new Map(),
          stay: null,
        };
        this.tallies.set(key, tally);
      }
      tally.deal = seen.deal;
      tally.lastSeen = snapshot.asOf;
      if (before && previous) {
        const from = before.deal.closeDate;
        const to = seen.deal.closeDate;
        if (from !== undefined && to !== undefined) {
          if (to > from) {
            tally.pushes++;
            tally.pushedDays += to - from;
          } else if (to < from) tally.pulls++;
        }
        if (seen.openStage !== null && seen.openStage === before.openStage) {
          tally.stageDays[seen.openStage] =
            (tally.stageDays[seen.openStage] ?? 0) + snapshot.asOf - previous.asOf;
        }
      }
      const stay = tally.stay;
      if (stay && stay.stage !== seen.openStage) {
        // Moved to another stage between the two snapshots.
        if (stay.start !== null && midpoint !== null) {
          tally.stays.set(stay.stage, (tally.stays.get(stay.stage) ?? 0) + midpoint - stay.start);
        }
        tally.stay = null;
      }
      if (seen.openStage !== null && !tally.stay) {
        tally.stay = { stage: seen.openStage, start: midpoint };
      }
    }
    this.previous = { asOf: snapshot.asOf, deals: now };
  }

  /** The deals in order of first appearance, and the open stages. */
  result(): DealHistoryResult {
    const order = new Map<string, number>();
    for (const stage of this.newestStages?.openStages ?? []) order.set(stage.name, stage.order);
    for (const [stage, position] of this.stageOrder) {
      if (!order.has(stage)) order.set(stage, position);
    }
    const stays = new Map<string, number[]>();
    const deals: DealHistory[] = [];
    for (const [key, tally] of this.tallies) {
      for (const [stage, days] of tally.stays) {
        const list = stays.get(stage) ?? [];
        list.push(days);
        stays.set(stage, list);
      }
      const { deal } = tally;
      deals.push({
        key,
        ...(deal.name !== undefined ? { name: deal.name } : {}),
        ...(deal.account !== undefined ? { account: deal.account } : {}),
        ...(deal.owner !== undefined ? { owner: deal.owner } : {}),
        firstSeen: tally.firstSeen,
        lastSeen: tally.lastSeen,
        pushes: tally.pushes,
        pulls: tally.pulls,
        pushedDays: tally.pushedDays,
        stageDays: { ...tally.stageDays },
      });
    }
    const stages = [...order.keys()]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b))
      .map((stage) => {
        const list = stays.get(stage) ?? [];
        return {
          stage,
          averageDays: list.length > 0 ? list.reduce((sum, d) => sum + d, 0) / list.length : null,
          deals: list.length,
        };
      });
    return { deals, stages };
  }
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
  const builder = new DealHistoryBuilder();
  for (const snapshot of snapshots) builder.add(snapshot);
  return builder.result();
}
