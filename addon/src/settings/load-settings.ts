import { findStagesTab } from './find-stages-tab';
import { type Settings, SHEET_SETTINGS_KEY, type SheetSettings } from './settings';
import { userLanguage } from './user-language';

const cellText = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell));

/**
 * Reads the shared sheet settings (DocumentProperties), the stage table of
 * the "Stages" tab when the spreadsheet has one (it wins over the table
 * saved in Settings) and the user's language (UserProperties). Never call
 * it from onOpen in AuthMode.NONE.
 */
export function loadSettings(): Settings {
  const raw = PropertiesService.getDocumentProperties().getProperty(SHEET_SETTINGS_KEY);
  let sheet: SheetSettings = {};
  if (raw) {
    try {
      sheet = JSON.parse(raw) as SheetSettings;
    } catch {
      sheet = {};
    }
  }
  const language = userLanguage(true);
  const tab = findStagesTab();
  const tabRows =
    tab && tab.getLastRow() > 0
      ? tab
          .getDataRange()
          .getValues()
          .map((row) => row.map(cellText))
          .filter((row) => row.some((cell) => cell.trim() !== ''))
      : [];
  if (tabRows.length > 0) {
    return { ...sheet, stageTable: tabRows, stageSource: 'stagesTab', language };
  }
  const saved = (sheet.stageTable || []).length > 0;
  return { ...sheet, stageSource: saved ? 'settings' : 'default', language };
}
