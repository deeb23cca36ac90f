import { uniqueSheetName } from '../setup/unique-sheet-name';

/** A cell a report tab may hold. */
export type ReportCell = string | number | boolean;

/**
 * Adds a new tab at the end of the spreadsheet under an unused name (`base`,
 * else `base 2`...) and writes `rows` into it from A1 in one setValues call
 * (short rows padded with blanks). Existing tabs are never touched.
 *
 * @param base - the preferred tab name
 * @param rows - the tab's content, row by row
 * @returns the new sheet
 */
export function writeNewTab(
  base: string,
  rows: readonly (readonly ReportCell[])[],
): GoogleAppsScript.Spreadsheet.Sheet {
  const book = SpreadsheetApp.getActive();
  const sheet = book.insertSheet(uniqueSheetName(book, base), book.getSheets().length);
  const width = Math.max(1, ...rows.map((row) => row.length));
  const grid = rows.map((row) => {
    const line: ReportCell[] = row.slice();
    while (line.length < width) line.push('');
    return line;
  });
  if (grid.length > 0) sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  return sheet;
}
