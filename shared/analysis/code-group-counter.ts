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
  return new CodeGroups(column.codes, column.values);
}

/**
 * The counter as a class: one `add` for every counter, so the optimiser's
 * call of it in `analyzeTable`'s loop stays the same from report to report.
 */
class CodeGroups implements CodeGroupCounter {
  private readonly open: Float64Array;
  private readonly won: Float64Array;
  private readonly lost: Float64Array;
  private readonly wonAmount: Float64Array;
  private readonly lostAmount: Float64Array;
  private readonly cycles: (CycleList | undefined)[];

  constructor(
    private readonly codes: Int32Array,
    private readonly values: readonly string[],
  ) {
    const size = values.length;
    this.open = new Float64Array(size);
    this.won = new Float64Array(size);
    this.lost = new Float64Array(size);
    this.wonAmount = new Float64Array(size);
    this.lostAmount = new Float64Array(size);
    this.cycles = new Array(size);
  }

  add(row: number, kind: number, amount: number, cycle: number): void {
    const code = this.codes[row];
    if (kind === 1) {
      this.won[code]++;
      this.wonAmount[code] += amount;
      if (cycle >= 0) {
        let list = this.cycles[code];
        if (list === undefined) {
          list = new CycleList();
          this.cycles[code] = list;
        }
        list.push(cycle);
      }
    } else if (kind === 2) {
      this.lost[code]++;
      this.lostAmount[code] += amount;
    } else this.open[code]++;
  }

  result(): WinLossGroup[] {
    const { open, won, lost, wonAmount, lostAmount, cycles, values } = this;
    const rows: WinLossGroup[] = [];
    for (let code = 0; code < values.length; code++) {
      // Whole counts: the sum is exact.
      const deals = open[code] + won[code] + lost[code];
      if (deals === 0) continue;
      rows.push({
        key: values[code],
        deals,
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
  }
}
