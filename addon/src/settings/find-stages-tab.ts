/** Tab names that hold a team's stage table (never taken for the pipeline tab). */
export const STAGES_TAB_NAMES: readonly string[] = ['Stages', 'Stage table', '阶段', '阶段表'];

/** The tab holding the team's stage table ("Stages" or "阶段表"), or null when there is none. */
export function findStagesTab(): GoogleAppsScript.Spreadsheet.Sheet | null {
  const book = SpreadsheetApp.getActive();
  for (const name of STAGES_TAB_NAMES) {
    const sheet = book.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}
