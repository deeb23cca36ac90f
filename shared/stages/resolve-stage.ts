import { PlaybookError, type StageDefinition, type StageTable } from '../types';
import { findStage } from './find-stage';

/**
 * Like `findStage`, but an unknown name is an error that names it and lists
 * the stages the table knows.
 *
 * @param where - appended to the message to place the value, e.g. `' in row 4'`
 * @throws PlaybookError `Unknown stage "Pilot" in row 4; expected one of: ...`
 * @example
 * resolveStage(DEFAULT_STAGE_TABLE, 'Demo').name // => 'Evaluation'
 */
export function resolveStage(table: StageTable, text: string, where = ''): StageDefinition {
  const stage = findStage(table, text);
  if (stage) return stage;
  const known = table.stages.map((s) => s.name).join(', ');
  throw new PlaybookError(`Unknown stage "${text}"${where}; expected one of: ${known}`);
}
