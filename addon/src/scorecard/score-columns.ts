import type { ColumnMap } from '../../../shared/types';

/** 0-based columns of the eight MEDDPICC scores, or null unless all eight are mapped. */
export function scoreColumns(columns: ColumnMap): number[] | null {
  const found = ([1, 2, 3, 4, 5, 6, 7, 8] as const).map((i) => columns.fields[`meddpicc${i}`]);
  return found.every((c) => c !== undefined) ? (found as number[]) : null;
}
