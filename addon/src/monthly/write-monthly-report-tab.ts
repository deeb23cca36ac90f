import { loadSettings } from '../settings/load-settings';
import { readPipeline } from '../sheet/read-pipeline';
import { writeNewTab } from '../sheet/write-new-tab';
import type { WrittenTab } from '../review/weekly-review-types';
import { buildMonthlyAssessment } from './build-monthly-assessment';
import { monthlyReportLayout, type ReportTable } from './monthly-report-layout';
import type { ReportSection } from './monthly-types';

/** Where the charts go: to the right of the tables. */
const CHART_COLUMN = 7;
const CHART_HEIGHT_ROWS = 20;

/**
 * Writes the monthly self-assessment (see `getMonthlyAssessment`) to a new
 * tab, "Report 2026-11" (报告 in Chinese; "Report 2026-11 2" when taken),
 * with native Sheets charts next to the tables: win rate by month (line),
 * the funnel (bar) and loss reasons (pie). A table with no rows gets no
 * chart. Existing tabs are never touched.
 *
 * @param month - YYYY-MM; this month by default
 * @param sections - sections the sidebar adds (territory review, activity,
 *   win/loss, self-scores), worded in the user's language, written after the tables
 * @param details - the sidebar's sentence of each answer's figures, in question order
 * @returns the new tab's name
 * @throws Error naming the month when it is not YYYY-MM, or in the user's
 *   language when there is no pipeline tab
 */
export function writeMonthlyReportTab(
  month?: string,
  sections?: ReportSection[],
  details?: string[],
): WrittenTab {
  const fn = 'writeMonthlyReportTab';
  const cell = (c: unknown) => /^(string|number|boolean)$/.test(typeof c);
  if (
    details !== undefined &&
    !(Array.isArray(details) && details.every((d) => typeof d === 'string'))
  ) {
    throw new Error(`${fn}: details must be a list of texts`);
  }
  for (const s of sections ?? []) {
    if (typeof s?.title !== 'string' || !s.rows?.every((r) => r?.every?.(cell))) {
      throw new Error(
        `${fn}: each section must be { title, rows } of text, number or yes/no cells`,
      );
    }
  }
  const settings = loadSettings();
  const view = buildMonthlyAssessment(settings, readPipeline(settings), month, fn);
  const layout = monthlyReportLayout(view, sections, details);
  const base = `${settings.language === 'zh' ? '报告' : 'Report'} ${view.month}`;
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
