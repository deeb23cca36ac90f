import { loadSettings } from '../settings/load-settings';
import { readPipeline } from '../sheet/read-pipeline';
import { writeNewTab } from '../sheet/write-new-tab';
import { buildWeeklyReview } from './build-weekly-review';
import type { WrittenTab } from './weekly-review-types';
import { weeklyReviewRows } from './weekly-review-rows';

/**
 * Writes this week's review (see `getWeeklyReview`) to a new tab named after
 * the day, "Review 2026-11-23" (回顾 in Chinese), or "Review 2026-11-23 2"
 * when that name is taken: existing tabs are never overwritten.
 *
 * @returns the new tab's name
 * @throws Error in the user's language when there is no pipeline tab
 */
export function writeWeeklyReviewTab(): WrittenTab {
  const settings = loadSettings();
  const view = buildWeeklyReview(settings, readPipeline(settings));
  const { rows, titles, formats } = weeklyReviewRows(view);
  const base = `${settings.language === 'zh' ? '回顾' : 'Review'} ${view.asOf}`;
  const sheet = writeNewTab(base, rows);
  for (const row of titles) sheet.getRange(row, 1).setFontWeight('bold');
  for (const f of formats) sheet.getRange(f.row, f.column).setNumberFormat(f.format);
  sheet.setFrozenRows(1);
  return { sheetName: sheet.getName() };
}
