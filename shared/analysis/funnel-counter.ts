import type { Deal, StageDefinition, StageHistoryEntry, StageTable } from '../types';
import { stageLookup } from '../stages/stage-lookup';

/** Conversion of one open stage (playbook §4). */
export interface FunnelStage {
  /** Canonical stage name. */
  readonly stage: string;
  /** Deals that reached this stage. */
  readonly reached: number;
  /** Of those, deals that reached the next open stage (for the last open stage: Closed Won). */
  readonly advanced: number;
  /** advanced / reached; `null` when no deal reached the stage. */
  readonly conversion: number | null;
}

/** Stage conversion through the open stages (playbook §4). */
export interface Funnel {
  /** `history` when a stage history was given, else `snapshot`. */
  readonly method: 'history' | 'snapshot';
  /** True when some deals' reach had to be guessed (see `approximateDeals`). */
  readonly approximate: boolean;
  /** Lost deals with neither a usable history nor a "lost at stage": counted as reaching the first stage only. */
  readonly approximateDeals: number;
  /** With a history: deals that have no entry in it and were read from their snapshot instead. */
  readonly dealsWithoutHistory: number;
  /** History entries whose stage is not in the stage table (ignored). */
  readonly unknownHistoryStages: number;
  /** Deals counted (deals whose stage is in the table). */
  readonly deals: number;
  /** Won deals (they reached every open stage). */
  readonly won: number;
  readonly stages: FunnelStage[];
}

/** Adds deals to the funnel one at a time; `result` finishes it. */
export interface FunnelCounter {
  add(deal: Deal, stage: StageDefinition): void;
  /**
   * Reach code of a stage (0 for none or a lost stage, 1.. for the open
   * stages in order, one past them for won), for callers that work out a
   * deal's reach themselves.
   */
  reachOf(stage: StageDefinition | undefined): number;
  /**
   * Adds `counts[k]` deals of reach code `k` (without a history), each
   * with its stage in the table; a deal of reach 0 counts as reaching the
   * first open stage, as `add` counts it.
   */
  addReaches(counts: ArrayLike<number>): void;
  result(): Funnel;
}

/**
 * Creates a stage-conversion counter (playbook §4). A deal's *reach* is the
 * furthest open stage it got to; it reached that stage and every open stage
 * before it (skipped stages count as passed through), and a won deal reached
 * every open stage. Then for each open stage, `reached` counts deals whose
 * reach is that stage or later, and `advanced` those whose reach is later
 * (or who were won, for the last open stage). Open deals count too: a deal
 * still sitting in a stage has reached it but not (yet) advanced.
 *
 * Reach of a deal:
 * - without a history (`snapshot`): an open deal reached its current stage;
 *   a won deal all open stages; a lost deal its "lost at stage" when that is
 *   an open stage, otherwise only the first open stage, which makes the
 *   figure approximate;
 * - with a history (`history`): the furthest open stage among the deal's
 *   entries (an entry for Closed Won means all), combined with its current
 *   stage and "lost at stage" (the furthest wins). Entries for lost stages
 *   carry no reach. A deal with no entries (or no id) falls back to the
 *   snapshot rule.
 *
 * O(h) to index the history, O(1) per deal, O(s) memory for s stages.
 *
 * @param table - the stage table (its open stages are the funnel's steps)
 * @param history - stage history entries `(dealId, stage, entered)`, any order
 */
export function createFunnelCounter(
  table: StageTable,
  history?: readonly StageHistoryEntry[],
): FunnelCounter {
  const lookup = stageLookup(table);
  const open = table.openStages;
  const wonReach = open.length + 1;
  const openIndex = new Map<StageDefinition, number>(open.map((stage, i) => [stage, i]));

  // reach code: 1..open.length = furthest open stage (1-based), wonReach = won, 0 = none
  const reachOf = (stage: StageDefinition | undefined): number => {
    if (stage === undefined) return 0;
    if (stage.kind === 'won') return wonReach;
    if (stage.kind === 'lost') return 0;
    return (openIndex.get(stage) ?? -1) + 1;
  };

  let unknownHistoryStages = 0;
  let historyReach: Map<string, number> | undefined;
  if (history) {
    historyReach = new Map();
    for (const entry of history) {
      const stage = lookup(entry.stage);
      if (stage === undefined) {
        unknownHistoryStages++;
        continue;
      }
      const reach = reachOf(stage);
      const known = historyReach.get(entry.dealId);
      if (known === undefined || reach > known) historyReach.set(entry.dealId, reach);
    }
  }

  const counts = new Float64Array(wonReach + 1); // deals by reach code
  let approximateDeals = 0;
  let dealsWithoutHistory = 0;
  let deals = 0;

  return {
    add(deal, stage) {
      deals++;
      let reach = reachOf(stage);
      if (stage.kind === 'lost' && deal.lostAtStage !== undefined) {
        reach = reachOf(lookup(deal.lostAtStage));
      }
      if (historyReach !== undefined) {
        const fromHistory = deal.id === undefined ? undefined : historyReach.get(deal.id);
        if (fromHistory === undefined) dealsWithoutHistory++;
        else if (fromHistory > reach) reach = fromHistory;
      }
      if (reach === 0 && open.length > 0) {
        reach = 1;
        approximateDeals++;
      }
      counts[reach]++;
    },
    reachOf,
    addReaches(byReach) {
      for (let reach = 0; reach < byReach.length; reach++) {
        const n = byReach[reach];
        deals += n;
        if (reach === 0 && open.length > 0) {
          counts[1] += n;
          approximateDeals += n;
        } else counts[reach] += n;
      }
    },
    result() {
      const stages: FunnelStage[] = [];
      // reachedFrom[k] = deals whose reach code is ≥ k, built from the top down
      let atOrAbove = counts[wonReach];
      const won = atOrAbove;
      const reachedFrom = new Float64Array(wonReach + 1);
      reachedFrom[wonReach] = atOrAbove;
      for (let k = open.length; k >= 1; k--) {
        atOrAbove += counts[k];
        reachedFrom[k] = atOrAbove;
      }
      for (let i = 0; i < open.length; i++) {
        const reached = reachedFrom[i + 1];
        const advanced = reachedFrom[i + 2];
        stages.push({
          stage: open[i].name,
          reached,
          advanced,
          conversion: reached === 0 ? null : advanced / reached,
        });
      }
      return {
        method: history ? 'history' : 'snapshot',
        approximate: approximateDeals > 0,
        approximateDeals,
        dealsWithoutHistory,
        unknownHistoryStages,
        deals,
        won,
        stages,
      };
    },
  };
}
