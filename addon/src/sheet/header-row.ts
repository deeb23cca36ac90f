/**
 * The first row of a tab as trimmed text, read in one call: the headers
 * column mapping and the settings form work from.
 *
 * @returns the header cells, or `[]` for a missing or empty tab
 */
export function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): string[] {
  if (!sheet) return [];
  const width = sheet.getLastColumn();
  if (width < 1 || sheet.getLastRow() < 1) return [];
  return sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((cell) => String(cell).trim());
}
