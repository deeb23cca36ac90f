import { winRate } from '../pipeline/win-rate';
import type { DealTable } from '../ingest/deal-table';
import { type GroupField, PlaybookError } from '../types';
import { CycleList } from './cycle-list';
import type { WinLossGroup } from './win-loss-group-counter';

/** Adds table rows to win/loss groups by dictionary code; `result` sorts and finishes them. */
export interface CodeGroupCounter {
  /**
   * @param row - the row of the table
   * @param kind - 0 open, 1 won, 2 lost
   * @param cycle - the deal's cycle in days, or a negative number when unknown
   */
  add(row: number, kind: number, amount: number, cycle: number): void;
  result(): WinLossGroup[];
}

/**
 * `createWinLossGroupCounter` for a `DealTable`: the same groups, counted in
 * typed arrays indexed by the field's dictionary code instead of a `Map` of
 * texts (the table's texts are already trimmed, blank = code 0 = `''`).
 * Memory grows with the number of distinct values.
 *
 * @param field - the field to group by
 * @param table - the table whose rows are added
 * @throws PlaybookError when the table was read without the field's column
 * @example
 * const counter = createCodeGroupCounter('owner', table);
 * counter.add(0, 1, 10_000, 30);
 * counter.result()[0].won // => 1
 */
export function createCodeGroupCounter(field: GroupField, table: DealTable): CodeGroupCounter {
  const column = table.text[field];
  if (column === undefined) {
    throw new PlaybookError(`analyze: the table was read without its ${field} column`);
  }
  const { codes, values } = column;
  const size = values.length;
  const deals = new Float64Array(size);
  const open = new Float64Array(size);
  const won = new Float64Array(size);
  const lost = new Float64Array(size);
  const wonAmount = new Float64Array(size);
  const lostAmount = new Float64Array(size);
  const cycles: (CycleList | undefined)[] = new Array(size);
  return {
    add(row, kind, amount, cycle) {
      const code = codes[row];
      deals[code]++;
      if (kind === 1) {
        won[code]++;
        wonAmount[code] += amount;
        if (cycle >= 0) {
          let list = cycles[code];
          if (list === undefined) {
            list = new CycleList();
            cycles[code] = list;
          }
          list.push(cycle);
        }
      } else if (kind === 2) {
        lost[code]++;
        lostAmount[code] += amount;
      } else open[code]++;
    },
    result() {
      const rows: WinLossGroup[] = [];
      for (let code = 0; code < size; code++) {
        if (deals[code] === 0) continue;
        rows.push({
          key: values[code],
          deals: deals[code],
          open: open[code],
          won: won[code],
          lost: lost[code],
          winRate: winRate(won[code], lost[code]),
          wonAmount: wonAmount[code],
          lostAmount: lostAmount[code],
          cycleDaysMedian: cycles[code]?.meanAndMedian().median ?? null,
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
