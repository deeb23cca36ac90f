import type { Spill } from './by-row';

/** The values of a `byRow` result in row order, whether it is one value or a column. */
export function asList<T>(result: Spill<T>): T[] {
  return Array.isArray(result) ? (result as T[][]).map((row) => row[0]) : [result];
}
