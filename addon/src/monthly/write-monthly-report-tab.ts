import { monthLabel } from '../../../shared/analysis/month-label';
import { parseMonth } from '../../../shared/analysis/parse-month';
import type { WrittenTab } from '../review/weekly-review-types';
import { loadSettings } from '../settings/load-settings';
import { writeNewTab } from '../sheet/write-new-tab';
import type { MonthlyReportLayout, ReportTable } from './monthly-types';

/** Where the charts go: to the right of the tables. */
const CHART_COLUMN = 7;
const CHART_HEIGHT_ROWS = 20;

const isCell = (c: unknown) =>
  typeof c === 'string' || typeof c === 'boolean' || (typeof c === 'number' && Number.isFinite(c));

/**
 * The report as the sidebar sent it, checked cell by cell before anything is
 * written: rows of text, number or yes/no cells, title rows and chart tables
 * that lie inside them.
 *
 * @throws Error `writeMonthlyReportTab: …` saying which part is malformed
 */
function checkedReport(report: unknown, fn: string): MonthlyReportLayout {
  const r = (report ?? {}) as Partial<Record<keyof MonthlyReportLayout, unknown>>;
  const rows = r.rows;
  if (
    !Array.isArray(rows) ||
    rows.length === 0 ||
    !rows.every((row) => Array.isArray(row) && row.every(isCell))
  ) {
    throw new Error(`${fn}: the report must be rows of text, number or yes/no cells`);
  }
  const inside = (n: unknown): n is number =>
    Number.isInteger(n) && (n as number) >= 1 && (n as number) <= rows.length;
  if (!Array.isArray(r.titles) || !r.titles.every(inside)) {
    throw new Error(`${fn}: the report's titles must be row numbers from 1 to ${rows.length}`);
  }
  for (const name of ['months', 'funnel', 'lossReasons'] as const) {
    const t = (r[name] ?? {}) as Partial<ReportTable>;
    const ok =
      inside(t.headerRow) &&
      Number.isInteger(t.rows) &&
      (t.rows as number) >= 0 &&
      t.headerRow + (t.rows as number) <= rows.length &&
      typeof t.title === 'string';
    if (!ok) {
      throw new Error(
        `${fn}: the report's ${name} table must be { headerRow, rows, title } within its ${rows.length} rows`,
      );
    }
  }
  return report as MonthlyReportLayout;
}

/**
 * Writes the monthly self-assessment report the sidebar laid out (see
 * `monthlyReportLayout`) to a new tab, "Report 2026-11" (报告 in Chinese;
 * "Report 2026-11 2" when taken), with native Sheets charts next to the
 * tables: win rate by month (line), the funnel (bar) and loss reasons (pie).
 * A table with no rows gets no chart. Existing tabs are never touched, and
 * nothing is written unless the month and the whole report are well formed.
 *
 * @param month - YYYY-MM, the assessed month (names the tab)
 * @param report - the tab's cells, title rows and chart tables, as laid out by the sidebar
 * @returns the new tab's name
 * @throws Error naming the month when it is not YYYY-MM, or the part of the
 *   report that is malformed
 */
export function writeMonthlyReportTab(month: string, report: MonthlyReportLayout): WrittenTab {
  const fn = 'writeMonthlyReportTab';
  const index = parseMonth(typeof month === 'string' ? month : JSON.stringify(month), fn);
  const layout = checkedReport(report, fn);
  const settings = loadSettings();
  const base = `${settings.language === 'zh' ? '报告' : 'Report'} ${monthLabel(index)}`;
  const sheet = writeNewTab(base, layout.rows);
  for (const row of layout.titles) sheet.getRange(row, 1).setFontWeight('bold');
  sheet.getRange(1, 4, layout.rows.length, 1).setWrap(true);
  if (layout.months.rows > 0) {
    sheet.getRange(layout.months.headerRow + 1, 2, layout.months.rows, 1).setNumberFormat('0%');
  }
  if (layout.funnel.rows > 0) {
    sheet.getRange(layout.funnel.headerRow + 1, 4, layout.funnel.rows, 1).setNumberFormat('0%');
  }

  let anchor = 1;
  const chart = (
    table: ReportTable,
    type: GoogleAppsScript.Charts.ChartType,
    columns: readonly number[],
  ) => {
    if (table.rows === 0) return;
    const builder = sheet.newChart().setChartType(type);
    for (const column of columns) {
      builder.addRange(sheet.getRange(table.headerRow, column, table.rows + 1, 1));
    }
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setPosition(anchor, CHART_COLUMN, 0, 0)
        .setOption('title', table.title)
        .setOption('legend', { position: type === Charts.ChartType.PIE ? 'right' : 'none' })
        .build(),
    );
    anchor += CHART_HEIGHT_ROWS;
  };
  chart(layout.months, Charts.ChartType.LINE, [1, 2]);
  chart(layout.funnel, Charts.ChartType.BAR, [1, 2]);
  chart(layout.lossReasons, Charts.ChartType.PIE, [1, 2]);
  return { sheetName: sheet.getName() };
}
