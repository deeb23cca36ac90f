import { createStageTable, DEFAULT_STAGE_TABLE, parseStageTable } from '../../../shared/index';
import type { StageTable } from '../../../shared/types';
import type { SheetSettings } from './settings';

/** The team's stage table from the settings, or the playbook's defaults (§1). */
export function stageTableOf(settings: SheetSettings): StageTable {
  const rows = settings.stageTable ?? [];
  if (rows.length === 0) return DEFAULT_STAGE_TABLE;
  return createStageTable(parseStageTable(rows, 'Settings'));
}
