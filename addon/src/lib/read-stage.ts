import { resolveStage } from '../../../shared/index';
import type { StageDefinition, StageTable } from '../../../shared/types';
import { isBlank } from '../../../shared/ingest/cell-text';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

/**
 * A stage cell for a custom function: English, Chinese or an alias, looked up
 * in the stage table; `null` for a blank cell.
 *
 * @throws Error `WIN_RATE: stages in row 4: Unknown stage "Pilot"; expected one of: ...`
 */
export function readStage(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
  table: StageTable,
): StageDefinition | null {
  if (isBlank(value)) return null;
  try {
    return resolveStage(table, String(value));
  } catch (error) {
    return rethrowAsFormulaError(fn, arg, row, error);
  }
}
