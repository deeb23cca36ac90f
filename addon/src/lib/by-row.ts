import type { Language } from '../../../shared/types';
import { describeValue } from './describe-value';
import { localizeError, SINGLE_COLUMN } from './localize-error';

// Bound once: where the global object is a proxy (node:vm, and hosts built like it),
// every global name looked up on every row costs a call into the host.
const isArray = Array.isArray;

/** A custom function's result: one value, or a column that spills down. */
export type Spill<T> = T | T[][];

/** The rows of a range argument, each checked to be `width` cells wide; `null` for a single value. */
function shape(
  fn: string,
  name: string,
  value: unknown,
  width: number,
): readonly (readonly unknown[])[] | null {
  if (!isArray(value)) {
    if (width > 1) {
      throw new Error(
        `${fn}: ${name} must be a range of ${width} cells per row (got ${describeValue(value)})`,
      );
    }
    return null;
  }
  // Sheets passes rows as arrays already: only a hand-made 1-D list needs wrapping,
  // and then into a copy, so the caller's list stays as it was.
  let rows = value as unknown[][];
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i];
    if (!isArray(row)) {
      if (rows === value) rows = value.slice();
      rows[i] = row = [row];
    }
    if (row.length !== width) {
      const expected = width === 1 ? SINGLE_COLUMN : `${width} columns wide`;
      throw new Error(
        `${fn}: ${name} must be ${expected} (got ${row.length} columns in row ${i + 1})`,
      );
    }
  }
  return rows;
}

/**
 * Calls `visit` once per row of the range arguments, in row order, with the
 * cells of the row, the 1-based row and the number of rows: what `byRow`
 * does without collecting a result, for formulas that add the rows up. When
 * no argument is a multi-row range, `visit` runs once with row `undefined`
 * (and 1 row). Same checks, errors and reused cell buffer as `byRow`.
 *
 * @param lang - the language of the errors thrown (see `localizeError`)
 */
export function eachRow(
  fn: string,
  names: string,
  values: readonly unknown[],
  visit: (cells: unknown[], row: number | undefined, height: number) => void,
  lang: Language = 'en',
): void {
  try {
    const args = names.split(' ').map((arg) => arg.split(':'));
    const widths = args.map(([, width]) => (width ? +width : 1));
    const ranges = values.map((value, i) => shape(fn, args[i][0], value, widths[i]));
    let height = 1;
    let tallest: number | undefined;
    ranges.forEach((rows, i) => {
      if (rows === null || rows.length === 1) return;
      if (tallest !== undefined && rows.length !== height) {
        throw new Error(
          `${fn}: ${args[i][0]} has ${rows.length} rows but ${args[tallest][0]} has ${height}; ` +
            'give ranges of the same height',
        );
      }
      tallest = i;
      height = rows.length;
    });
    const cells: unknown[] = [];
    for (let r = 0; r < height; r++) {
      for (let i = 0; i < values.length; i++) {
        const rows = ranges[i];
        if (rows === null) cells[i] = values[i];
        else {
          // A one-row range counts as a single value: its row on every row.
          const row = rows.length === 1 ? rows[0] : rows[r];
          cells[i] = widths[i] === 1 ? row[0] : row;
        }
      }
      visit(cells, tallest === undefined ? undefined : r + 1, height);
    }
  } catch (error) {
    if (lang === 'en' || !(error instanceof Error)) throw error;
    throw new Error(localizeError(error.message, lang));
  }
}

/**
 * Runs `compute` once per row of the range arguments, which is what lets one
 * formula serve a whole column: a single value in gives a single value out,
 * a column in gives a column out (Sheets spills it into the cells below).
 * Single values are reused on every row; ranges must have the same height
 * (a one-row range counts as a single value).
 *
 * The arguments come as their names in the formula, space-separated (for
 * error messages), each with `:width` when it takes several cells per row
 * (`scores:8` for a row of MEDDPICC scores; one cell otherwise), and what
 * Sheets passed for each, in the same order: a single value or a 2-D range.
 *
 * `compute` gets the cell of each argument in order (for an argument wider
 * than one cell, the row's cells as an array) and the 1-based row within the
 * range, or `undefined` when no argument is a multi-row range. The cells come
 * in one array reused from row to row: `compute` must not keep it.
 *
 * Cost: O(rows x arguments).
 *
 * @param lang - the language of the errors thrown (see `localizeError`)
 * @throws Error naming the formula and argument when a range has the wrong
 *   width or the ranges differ in height, or what `compute` throws
 * @example
 * byRow('DOUBLE', 'x', [[[1], [2]]], ([x]) => Number(x) * 2) // => [[2], [4]]
 */
export function byRow<T>(
  fn: string,
  names: string,
  values: readonly unknown[],
  compute: (cells: unknown[], row: number | undefined) => T,
  lang?: Language,
): Spill<T> {
  let out: T[][] | undefined;
  let one: T | undefined;
  eachRow(
    fn,
    names,
    values,
    (cells, row, height) => {
      if (row === undefined) one = compute(cells, row);
      else {
        if (row === 1) out = new Array(height);
        (out as T[][])[row - 1] = [compute(cells, row)];
      }
    },
    lang,
  );
  return out || (one as T);
}
