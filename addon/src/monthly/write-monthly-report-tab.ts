import type { WrittenTab } from '../review/weekly-review-types';

/** Writes the monthly report with charts to a new tab. */
export function writeMonthlyReportTab(month?: string): WrittenTab {
  throw new Error(`writeMonthlyReportTab: not available (${month ?? ''})`);
}
