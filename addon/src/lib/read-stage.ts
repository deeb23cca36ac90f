import { resolveStage } from '../../../shared/index';
import type { StageDefinition, StageTable } from '../../../shared/types';
import { isBlank } from '../../../shared/ingest/cell-text';
import { stageLookup } from '../../../shared/stages/stage-lookup';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

// The cached lookup of the last table read from: a column names few distinct
// stages, so each text is normalised once per table, not once per row.
let lastTable: StageTable | undefined;
let lookup: (text: string) => StageDefinition | undefined = () => undefined;

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
  if (table !== lastTable) {
    lastTable = table;
    lookup = stageLookup(table);
  }
  // A text that names a stage is not blank: only misses need the checks below.
  const found = typeof value === 'string' ? lookup(value) : undefined;
  if (found) return found;
  if (isBlank(value)) return null;
  try {
    return resolveStage(table, String(value));
  } catch (error) {
    return rethrowAsFormulaError(fn, arg, row, error);
  }
}
