import { type ReportCell, writeNewTab } from '../sheet/write-new-tab';
import type { WrittenTab } from './weekly-review-types';

/** A review tab as the review sidebar lays it out (`weeklyReviewRows` of the review it shows). */
export interface ReviewTab {
  /** The tab's name; a number is added when it is taken. */
  readonly name: string;
  readonly rows: ReportCell[][];
  /** 1-based rows to set in bold. */
  readonly titles: number[];
  /** Cells to show as a percentage or a multiple. */
  readonly formats: { row: number; column: number; format: string }[];
}

/**
 * Writes the review the sidebar shows to a new tab named after the day,
 * "Review 2026-11-23" (回顾 in Chinese), or "Review 2026-11-23 2" when that
 * name is taken: existing tabs are never overwritten. The sidebar lays the
 * rows out (`weeklyReviewRows`), so the tab holds exactly the review on the
 * screen and the server reads nothing again.
 *
 * @param tab - its name, rows of text, numbers and booleans, title rows and number formats
 * @returns the new tab's name
 * @throws Error when `tab` holds no rows
 */
export function writeWeeklyReviewTab(tab: ReviewTab): WrittenTab {
  // Cells and positions are checked by Sheets itself as they are written.
  if (!(tab && Array.isArray(tab.rows) && tab.rows.every(Array.isArray))) {
    throw new Error('writeWeeklyReviewTab: no rows');
  }
  const { rows, titles, formats } = tab;
  const sheet = writeNewTab(String(tab.name || 'Review'), rows);
  for (const row of titles) sheet.getRange(row, 1).setFontWeight('bold');
  for (const f of formats) sheet.getRange(f.row, f.column).setNumberFormat(f.format);
  sheet.setFrozenRows(1);
  return { sheetName: sheet.getName() };
}
