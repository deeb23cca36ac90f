import { cellForIngest } from '../sheet/cell-for-ingest';
import { headerRow } from '../sheet/header-row';
import type { TemplateTabView } from './monthly-types';

/**
 * The first tab (in tab order) whose header row has, for every group, one
 * of its headers (compared trimmed and without regard to case), read in one
 * getValues call: dates as the days the sheet shows (YYYY-MM-DD in its time
 * zone), other cells as they are. The sidebar sends the groups (each
 * required header in English and Chinese) and reads the cells itself.
 *
 * @param groups - e.g. `[['Account', '客户'], ['Last touch', '最近触达']]`
 * @returns the tab's name and values (header first), or `null` when no tab has the headers
 * @throws Error when `groups` is not a list of lists of header texts
 */
export function readTemplateTab(groups: unknown, timeZone: string): TemplateTabView | null {
  const key = (text: unknown) => String(text).trim().toLowerCase();
  const ok =
    Array.isArray(groups) &&
    groups.length > 0 &&
    groups.every((g) => Array.isArray(g) && g.every((t) => typeof t === 'string'));
  if (!ok) throw new Error('getMonthlyAssessment: each tab must be found by lists of header texts');
  for (const sheet of SpreadsheetApp.getActive().getSheets()) {
    const header = headerRow(sheet).map(key);
    if (!groups.every((g: string[]) => g.some((t) => header.includes(key(t))))) continue;
    const days = new Map<number, string>();
    const values = sheet
      .getDataRange()
      .getValues()
      .map((row) =>
        row.map((cell) => cellForIngest(cell, timeZone, days) as string | number | boolean),
      );
    return { name: sheet.getName(), values };
  }
  return null;
}
