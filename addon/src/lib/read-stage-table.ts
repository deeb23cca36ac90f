import { createStageTable, DEFAULT_STAGE_TABLE, parseStageTable } from '../../../shared/index';
import type { StageTable } from '../../../shared/types';
import { describeValue } from './describe-value';
import { isBlank } from '../../../shared/ingest/cell-text';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

/**
 * The optional `stage_table` argument of a custom function: a range of rows
 * (name, probability, kind, [aliases], [average days]) that replaces the
 * playbook's default stages (§1); blank or missing means the defaults.
 *
 * @throws Error naming the formula when the argument is a single value or a
 *   row of the range is wrong
 */
export function readStageTable(fn: string, value: unknown): StageTable {
  if (isBlank(value)) return DEFAULT_STAGE_TABLE;
  if (!Array.isArray(value)) {
    throw new Error(
      `${fn}: stage_table must be a range of rows (name, probability, kind) (got ${describeValue(value)})`,
    );
  }
  try {
    return createStageTable(parseStageTable(value as unknown[][], fn));
  } catch (error) {
    return rethrowAsFormulaError(fn, 'stage_table', undefined, error);
  }
}
