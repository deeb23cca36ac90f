import { uniqueSheetName } from '../setup/unique-sheet-name';

/** A cell a report tab may hold. */
export type ReportCell = string | number | boolean;

/**
 * Text as Sheets should keep it. Sheets reads a written string the way it
 * reads typing: "=> send contract" or "+ follow up" would become a (broken)
 * formula, "00123" the number 123 and "true" a checkbox value. A leading
 * apostrophe keeps such text as written and is not part of the value.
 */
function asText(cell: ReportCell): ReportCell {
  if (typeof cell !== 'string') return cell;
  const parsed =
    /^[=+\-@']/.test(cell) ||
    /^\s*[-+]?[\d\s.,]*\d[\d\s.,]*%?\s*$/.test(cell) ||
    /^\s*(true|false)\s*$/i.test(cell);
  return parsed ? `'${cell}` : cell;
}

/**
 * Adds a new tab at the end of the spreadsheet under an unused name (`base`,
 * else `base 2`...) and writes `rows` into it from A1 in one setValues call
 * (short rows padded with blanks). Text that Sheets would read as a formula, a
 * number or a boolean is written as text. Existing tabs are never touched.
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
    const line: ReportCell[] = row.map(asText);
    while (line.length < width) line.push('');
    return line;
  });
  if (grid.length > 0) sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  return sheet;
}
