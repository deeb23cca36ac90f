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
  /** Why a row could not be read, by 1-based row within the range (its first bad cell). */
  readonly rowErrors: ReadonlyMap<number, string>;
  /** The stage table the deals were read with (given, or a recognised CRM's, or the playbook's). */
  readonly table: StageTable;
}

/**
 * Reads a pipeline range with its header row for a custom function, through
 * the shared ingestion (columns found by header name in English or Chinese).
 * Dates are read as the calendar day the cell shows. A bad cell is reported
 * for its own row in `rowErrors`, naming the formula, argument, row, column
 * and value, so the other rows are still computed.
 *
 * @throws Error naming the formula and argument when the range cannot be
 *   read at all (no header or no stage column), or when it has more bad
 *   cells than ingestion lists
 */
export function readDeals(
  fn: string,
  arg: string,
  value: unknown,
  table: StageTable | undefined,
): DealRange {
  if (!Array.isArray(value) || value.length < 1) {
    throw new Error(
      `${fn}: ${arg} must be the pipeline range including its header row (got ${describeValue(value)})`,
    );
  }
  const rows = (value as unknown[][]).map((row) => row.map(dateCell));
  let result: ReturnType<typeof ingestRows>;
  try {
    result = ingestRows(rows, table ? { stages: table } : {});
  } catch (error) {
    return rethrowAsFormulaError(fn, arg, undefined, error);
  }
  const rowErrors = new Map<number, string>();
  for (const error of result.errors) {
    if (rowErrors.has(error.row)) continue;
    const column = error.column ? `, column "${error.column}"` : '';
    const got = error.value !== undefined ? ` (got ${JSON.stringify(error.value)})` : '';
    rowErrors.set(error.row, `${fn}: ${arg} in row ${error.row}${column}: ${error.message}${got}`);
  }
  // A stage the table does not know: the row's figure needs a stage, so it says so.
  const known = new Set(result.stages.stages.map((s) => s.name));
  for (const deal of result.deals) {
    if (known.has(deal.stage) || rowErrors.has(deal.row)) continue;
    const unmapped = result.unmappedStages.find((u) => u.name === deal.stage);
    const hint = unmapped?.suggested ? ` (it looks like ${unmapped.suggested.stage})` : '';
    rowErrors.set(
      deal.row,
      `${fn}: ${arg} in row ${deal.row}: stage ${JSON.stringify(deal.stage)} is not in the stage table${hint}; add it to stage_table`,
    );
  }
  if (result.errorCount > result.errors.length) {
    throw new Error(
      `${fn}: ${arg} has ${result.errorCount} cells that cannot be read; the first: ${rowErrors.values().next().value}`,
    );
  }
  return { height: rows.length, deals: result.deals, rowErrors, table: result.stages };
}
