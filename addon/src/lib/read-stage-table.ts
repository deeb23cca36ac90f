import { createStageTable, DEFAULT_STAGE_TABLE, parseStageTable } from '../../../shared/index';
import type { Language, StageTable } from '../../../shared/types';
import { describeValue } from './describe-value';
import { isBlank } from '../../../shared/ingest/cell-text';
import { localizeError, STAGE_ROWS } from './localize-error';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

/**
 * The optional `stage_table` argument of a custom function: a range of rows
 * (name, probability, kind, [aliases], [average days]) that replaces the
 * playbook's default stages (§1); blank or missing means the defaults.
 *
 * @param lang - the language of the errors thrown
 * @throws Error naming the formula when the argument is a single value or a
 *   row of the range is wrong
 */
export function readStageTable(fn: string, value: unknown, lang: Language = 'en'): StageTable {
  try {
    return read(fn, value);
  } catch (error) {
    if (lang === 'en' || !(error instanceof Error)) throw error;
    throw new Error(localizeError(error.message, lang));
  }
}

function read(fn: string, value: unknown): StageTable {
  if (isBlank(value)) return DEFAULT_STAGE_TABLE;
  if (!Array.isArray(value)) {
    throw new Error(`${fn}: stage_table must be ${STAGE_ROWS} (got ${describeValue(value)})`);
  }
  try {
    return createStageTable(parseStageTable(value as unknown[][], fn));
  } catch (error) {
    return rethrowAsFormulaError(fn, 'stage_table', undefined, error);
  }
}
