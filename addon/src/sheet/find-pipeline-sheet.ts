import { DEAL_COLUMN_ALIASES } from '../../../shared/index';
import { headerKey } from '../../../shared/ingest/header-key';
import { STAGES_TAB_NAMES } from '../settings/find-stages-tab';
import type { SheetSettings } from '../settings/settings';
import { headerRow } from './header-row';

const STAGE_HEADERS = new Set(DEAL_COLUMN_ALIASES.stage.map(headerKey));

function hasStageHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, stageHeader?: string): boolean {
  if (STAGES_TAB_NAMES.includes(sheet.getName())) return false;
  return headerRow(sheet).some((text) => {
    if (stageHeader) return text === stageHeader;
    return STAGE_HEADERS.has(headerKey(text));
  });
}

/**
 * The pipeline tab: the one named in Settings, else the active tab when its
 * header has a stage column, else the first tab whose header has one (the
 * "Stages" tab, whose header may say Stage too, never counts).
 *
 * @returns the sheet, or `null` when no tab looks like a pipeline
 */
export function findPipelineSheet(
  settings: SheetSettings,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const book = SpreadsheetApp.getActive();
  if (settings.sheetName) {
    const named = book.getSheetByName(settings.sheetName);
    if (named) return named;
  }
  const stageHeader = settings.columns?.stage;
  const active = book.getActiveSheet();
  if (hasStageHeader(active, stageHeader)) return active;
  return book.getSheets().find((sheet) => hasStageHeader(sheet, stageHeader)) ?? null;
}
