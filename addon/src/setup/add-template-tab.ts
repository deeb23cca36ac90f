import type { WrittenTab } from '../review/weekly-review-types';
import type { TemplateTabSpec } from './template-tab-spec';
import { uniqueSheetName } from './unique-sheet-name';

/**
 * Adds a tab from the set-up sidebar (an accounts, activity or win/loss tab
 * in the user's language): bold frozen headers, date and percent formats,
 * number ranges and dropdowns on the rows below. The name is made free
 * first ("Accounts 2" when "Accounts" is taken), so no existing tab is ever
 * changed. The sidebar holds the templates, so Code.js carries none of
 * their words.
 *
 * @returns the new tab's name
 * @throws Error naming the field when the spec is malformed
 */
export function addTemplateTab(spec: TemplateTabSpec): WrittenTab {
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '' && v.length <= 100;
  const columns = spec?.columns;
  const bad =
    !text(spec?.name) ||
    !Array.isArray(columns) ||
    columns.length < 1 ||
    columns.length > 50 ||
    columns.some(
      (c) =>
        !text(c?.header) ||
        (c.list !== undefined && !(Array.isArray(c.list) && c.list.every(text))) ||
        (c.between !== undefined && !c.between.every?.((n: unknown) => typeof n === 'number')),
    );
  if (bad) {
    throw new Error(
      'addTemplateTab: the tab needs a name and 1-50 columns, each with a header (up to 100 characters)',
    );
  }
  const book = SpreadsheetApp.getActive();
  const sheet = book.insertSheet(uniqueSheetName(book, spec.name.trim()));
  sheet
    .getRange(1, 1, 1, columns.length)
    .setValues([columns.map((c) => c.header)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  const rows = Math.max(999, sheet.getMaxRows() - 1);
  columns.forEach((c, i) => {
    const range = sheet.getRange(2, i + 1, rows, 1);
    if (c.format) range.setNumberFormat(c.format === 'date' ? 'yyyy-mm-dd' : '0%');
    const rule = SpreadsheetApp.newDataValidation();
    const valid = c.list
      ? rule.requireValueInList([...c.list])
      : c.between && rule.requireNumberBetween(c.between[0], c.between[1]);
    if (valid) range.setDataValidation(valid.setAllowInvalid(false).build());
  });
  sheet.activate();
  return { sheetName: sheet.getName() };
}
