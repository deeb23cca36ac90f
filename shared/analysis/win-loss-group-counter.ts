import { meanAndMedian } from '../pipeline/mean-and-median';
import { winRate } from '../pipeline/win-rate';
import type { Deal, GroupField, StageKind } from '../types';

/** Win/loss figures for one value of a grouping field (playbook §4, §9). */
export interface WinLossGroup {
  /** The field's value; `''` for deals where the field is blank. */
  readonly key: string;
  /** All deals with this value, open ones included. */
  readonly deals: number;
  readonly open: number;
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost); `null` when none is closed. */
  readonly winRate: number | null;
  readonly wonAmount: number;
  readonly lostAmount: number;
  /** Median sales cycle in days of the won deals; `null` when none has both dates. */
  readonly cycleDaysMedian: number | null;
}

interface Accumulator {
  key: string;
  deals: number;
  open: number;
  won: number;
  lost: number;
  wonAmount: number;
  lostAmount: number;
  cycles: number[];
}

/** Adds deals to win/loss groups one at a time; `result` sorts and finishes them. */
export interface WinLossGroupCounter {
  /** @param cycle - the deal's cycle in days, or a negative number when unknown */
  add(deal: Deal, kind: StageKind, amount: number, cycle: number): void;
  result(): WinLossGroup[];
}

/**
 * Creates a counter that groups deals by one field for win/loss figures.
 * Blank values (absent, empty or spaces only) share the key `''`; other
 * values are trimmed. Memory grows with the number of distinct values, not
 * with the number of deals (plus one number per won deal with a cycle).
 *
 * Groups come out sorted by won amount, then closed deals, both descending,
 * then by key.
 *
 * @param field - the deal field to group by
 * @example
 * const counter = createWinLossGroupCounter('owner');
 * counter.add(deal, 'won', 10_000, 30);
 * counter.result()[0].won // => 1
 */
export function createWinLossGroupCounter(field: GroupField): WinLossGroupCounter {
  const groups = new Map<string, Accumulator>();
  return {
    add(deal, kind, amount, cycle) {
      const raw = deal[field];
      const key = raw === undefined ? '' : raw.trim();
      let group = groups.get(key);
      if (group === undefined) {
        group = {
          key,
          deals: 0,
          open: 0,
          won: 0,
          lost: 0,
          wonAmount: 0,
          lostAmount: 0,
          cycles: [],
        };
        groups.set(key, group);
      }
      group.deals++;
      if (kind === 'won') {
        group.won++;
        group.wonAmount += amount;
        if (cycle >= 0) group.cycles.push(cycle);
      } else if (kind === 'lost') {
        group.lost++;
        group.lostAmount += amount;
      } else {
        group.open++;
      }
    },
    result() {
      const rows: WinLossGroup[] = [];
      for (const g of groups.values()) {
        rows.push({
          key: g.key,
          deals: g.deals,
          open: g.open,
          won: g.won,
          lost: g.lost,
          winRate: winRate(g.won, g.lost),
          wonAmount: g.wonAmount,
          lostAmount: g.lostAmount,
          cycleDaysMedian: meanAndMedian(g.cycles).median,
        });
      }
      return rows.sort(
        (a, b) =>
          b.wonAmount - a.wonAmount ||
          b.won + b.lost - (a.won + a.lost) ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
    },
  };
}
