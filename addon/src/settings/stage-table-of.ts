import { createStageTable, DEFAULT_STAGE_TABLE, parseStageTable } from '../../../shared/index';
import type { StageTable } from '../../../shared/types';
import type { Settings, SheetSettings } from './settings';

/**
 * The team's stage table: the rows of the "Stages" tab or of Settings
 * (whichever `loadSettings` found), or the playbook's defaults (§1). A stage
 * named like a playbook stage keeps that stage's forecast category, Chinese
 * name and aliases unless the row gives its own (the shared `createStageTable`).
 *
 * @throws PlaybookError naming the source, row and column of a bad cell
 */
export function stageTableOf(
  settings: SheetSettings & Pick<Partial<Settings>, 'stageSource'>,
): StageTable {
  const rows = settings.stageTable ?? [];
  if (rows.length === 0) return DEFAULT_STAGE_TABLE;
  const source = settings.stageSource === 'stagesTab' ? 'Stages tab' : 'Settings';
  return createStageTable(parseStageTable(rows, source));
}
