/**
 * A tab name not used yet in the spreadsheet: `base`, else `base 2`,
 * `base 3`... so setting up never overwrites an existing tab.
 */
export function uniqueSheetName(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  base: string,
): string {
  if (!book.getSheetByName(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!book.getSheetByName(name)) return name;
  }
}
