import { describeValue } from './describe-value';

/** One argument of a custom function that is read row by row. */
export interface RowArg {
  /** The parameter's name in the formula, for error messages. */
  readonly name: string;
  /** What Sheets passed: a single value or a 2-D range. */
  readonly value: unknown;
  /** Cells per row: 1 for a cell argument (the default), 8 for a row of MEDDPICC scores. */
  readonly width?: number;
}

/** A custom function's result: one value, or a column that spills down. */
export type Spill<T> = T | T[][];

interface Shaped {
  readonly arg: RowArg;
  readonly rows: readonly (readonly unknown[])[] | null;
}

function shape(fn: string, arg: RowArg): Shaped {
  const width = arg.width ?? 1;
  const { value } = arg;
  if (!Array.isArray(value)) {
    if (width > 1) {
      throw new Error(
        `${fn}: ${arg.name} must be a range of ${width} cells per row (got ${describeValue(value)})`,
      );
    }
    return { arg, rows: null };
  }
  // Sheets passes rows as arrays already: only a hand-made 1-D list needs wrapping.
  const rows: readonly unknown[][] = value.every(Array.isArray)
    ? (value as unknown[][])
    : value.map((row) => (Array.isArray(row) ? row : [row]));
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].length !== width) {
      const expected = width === 1 ? 'a single column' : `${width} columns wide`;
      throw new Error(
        `${fn}: ${arg.name} must be ${expected} (got ${rows[i].length} columns in row ${i + 1})`,
      );
    }
  }
  return { arg, rows };
}

/**
 * Runs `compute` once per row of the range arguments, which is what lets one
 * formula serve a whole column: a single value in gives a single value out,
 * a column in gives a column out (Sheets spills it into the cells below).
 * Single values are reused on every row; ranges must have the same height
 * (a one-row range counts as a single value).
 *
 * `compute` gets the cell of each argument in order (for an argument wider
 * than one cell, the row's cells as an array) and the 1-based row within the
 * range, or `undefined` when no argument is a multi-row range. The cells come
 * in one array reused from row to row: `compute` must not keep it.
 *
 * Cost: O(rows x arguments).
 *
 * @throws Error naming the formula and argument when a range has the wrong
 *   width or the ranges differ in height
 * @example
 * byRow('DOUBLE', [{ name: 'x', value: [[1], [2]] }], ([x]) => Number(x) * 2) // => [[2], [4]]
 */
export function byRow<T>(
  fn: string,
  args: readonly RowArg[],
  compute: (cells: unknown[], row: number | undefined) => T,
): Spill<T> {
  const shaped = args.map((arg) => shape(fn, arg));
  let height = 1;
  let tallest: Shaped | undefined;
  for (const item of shaped) {
    if (item.rows === null || item.rows.length === 1) continue;
    if (tallest && item.rows.length !== height) {
      throw new Error(
        `${fn}: ${item.arg.name} has ${item.rows.length} rows but ${tallest.arg.name} has ${height}; ` +
          'give ranges of the same height',
      );
    }
    tallest = item;
    height = item.rows.length;
  }
  // One buffer for every row: `compute` reads the cells of its row and keeps none.
  const cells: unknown[] = new Array(shaped.length);
  const cellsAt = (r: number): unknown[] => {
    for (let i = 0; i < shaped.length; i++) {
      const { arg, rows } = shaped[i];
      if (rows === null) cells[i] = arg.value;
      else {
        const row = rows.length === 1 ? rows[0] : rows[r];
        cells[i] = (arg.width ?? 1) === 1 ? row[0] : row;
      }
    }
    return cells;
  };
  if (!tallest) return compute(cellsAt(0), undefined);
  const out: T[][] = new Array(height);
  for (let r = 0; r < height; r++) out[r] = [compute(cellsAt(r), r + 1)];
  return out;
}
