import type { StageDefinition, StageTable } from '../types';
import { normalizeStageKey } from './normalize-stage-key';

/**
 * Looks a stage up by name, Chinese name or alias, ignoring case, spaces,
 * hyphens and underscores (playbook §1).
 *
 * @returns the stage, or `undefined` when the table has no such name
 * @example
 * findStage(DEFAULT_STAGE_TABLE, '赢单')?.name // => 'Closed Won'
 */
export function findStage(table: StageTable, text: string): StageDefinition | undefined {
  return table.index.get(normalizeStageKey(text));
}
