import { ingestRows } from '../../../shared/index';
import type { Deal, StageTable } from '../../../shared/types';
import { dateCell } from './date-cell';
import { describeValue } from './describe-value';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

/** Deals read from a range whose first row is the header, by 1-based row within the range. */
export interface DealRange {
  /** Number of rows in the range, header included. */
  readonly height: number;
  readonly deals: readonly Deal[];
}

/**
 * Reads a pipeline range with its header row for a custom function, through
 * the shared ingestion (columns found by header name in English or Chinese).
 * Dates are read as the calendar day the cell shows.
 *
 * @throws Error naming the formula, the argument, and the row, column and
 *   value of the first cell that cannot be read
 */
export function readDeals(fn: string, arg: string, value: unknown, table: StageTable): DealRange {
  if (!Array.isArray(value) || value.length < 1) {
    throw new Error(
      `${fn}: ${arg} must be the pipeline range including its header row (got ${describeValue(value)})`,
    );
  }
  const rows = (value as unknown[][]).map((row) => row.map(dateCell));
  let result: ReturnType<typeof ingestRows>;
  try {
    result = ingestRows(rows, { stages: table });
  } catch (error) {
    return rethrowAsFormulaError(fn, arg, undefined, error);
  }
  const first = result.errors[0];
  if (first) {
    const column = first.column ? `, column "${first.column}"` : '';
    const got = first.value !== undefined ? ` (got ${JSON.stringify(first.value)})` : '';
    throw new Error(`${fn}: ${arg} in row ${first.row}${column}: ${first.message}${got}`);
  }
  return { height: rows.length, deals: result.deals };
}
