import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { monthlyReportLayout } from '../../../addon/src/sidebar/client/monthly-report-layout';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { type Addon, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

// The built bundle reads the month and writes the tab; the report is laid out
// in between by the monthly sidebar's own code (imported from its source), as
// the sidebar does.

interface Chart {
  options: { type: string; ranges: string[]; title: string };
}

function open(sheets: Record<string, unknown[][]> = {}) {
  return loadAddon({ sheets: { Pipeline: reviewPipeline(), ...sheets }, now: REVIEW_NOW });
}

/** The report the sidebar lays out for a month (no template tabs, no sentences). */
function report(addon: Addon, month: string) {
  return monthlyReportLayout(monthlyView(addon.call<MonthlyData>('getMonthlyAssessment', month)));
}

/** Reads the month, lays the report out and writes it, as the sidebar does. */
function write(addon: Addon, month: string): { sheetName: string } {
  return addon.call('writeMonthlyReportTab', month, report(addon, month));
}

describe('writeMonthlyReportTab', () => {
  it('writes the answers and three native charts to a new tab', () => {
    const addon = open();
    const { sheetName } = write(addon, '2026-11');
    expect(sheetName).toBe('Report 2026-11');
    const sheet = addon.book.getSheetByName(sheetName)!;
    const rows = sheet.data;
    expect(rows[0][0]).toBe('Monthly self-assessment 2026-11');
    expect(rows[1][0]).toBe('Using this sheet only');
    const q1 = rows.find((r) => r[0] === 1);
    expect(q1?.slice(1, 3)).toEqual(['Is the win rate trending up, flat or down?', 'Down']);
    expect(
      rows.filter((r) => typeof r[0] === 'number' && r[1] !== '').length,
    ).toBeGreaterThanOrEqual(8);

    const charts = plainCharts(sheet.charts);
    expect(charts.map((c) => c.options.type)).toEqual(['LINE', 'BAR', 'PIE']);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Win rate by month',
      'Funnel',
      'Loss reasons',
    ]);
    // each chart reads its table: the header row and every data row
    const headerRow = (title: string) => rows.findIndex((r) => r[0] === title) + 2;
    const monthsHeader = headerRow('Win rate by month');
    expect(charts[0].options.ranges).toEqual([
      `R${monthsHeader}C1:R${monthsHeader + 3}C1`,
      `R${monthsHeader}C2:R${monthsHeader + 3}C2`,
    ]);
    expect(rows[monthsHeader - 1].slice(0, 2)).toEqual(['Month', 'Win rate']);
    expect(rows[monthsHeader].slice(0, 4)).toEqual(['2026-08', 1, 1, 0]);
    const reasonsHeader = headerRow('Loss reasons');
    expect(charts[2].options.ranges[0]).toBe(`R${reasonsHeader}C1:R${reasonsHeader + 2}C1`);
  });

  it('leaves every existing tab alone and picks a free name', () => {
    const addon = open({ 'Report 2026-11': [['kept']] });
    const before = JSON.stringify(addon.book.sheets.map((s) => [s.name, s.data]));
    const { sheetName } = write(addon, '2026-11');
    expect(sheetName).toBe('Report 2026-11 2');
    expect(JSON.stringify(addon.book.sheets.slice(0, 2).map((s) => [s.name, s.data]))).toBe(before);
    expect(addon.book.writes.every((w) => w.sheet === sheetName)).toBe(true);
    expect(addon.book.getSheetByName('Report 2026-11')!.charts).toEqual([]);
  });

  it('names the report tab in Chinese for a Chinese user', () => {
    const addon = open();
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    expect(write(addon, '2026-11').sheetName).toBe('报告 2026-11');
  });

  it('draws no chart for an empty table', () => {
    const addon = open();
    // a month long before every deal: no closed deal in its twelve months, no loss reasons
    const { sheetName } = write(addon, '2020-01');
    const charts = plainCharts(addon.book.getSheetByName(sheetName)!.charts);
    expect(charts.map((c) => c.options.type)).toEqual(['BAR']);
  });

  it('rejects a malformed month before writing anything', () => {
    const addon = open();
    expect(() => addon.call('writeMonthlyReportTab', 'November', report(addon, '2026-11'))).toThrow(
      'writeMonthlyReportTab: month must be YYYY-MM, e.g. 2026-03 (got "November")',
    );
    expect(addon.book.sheets.map((s) => s.name)).toEqual(['Pipeline']);
  });
});

function plainCharts(charts: unknown[]): Chart[] {
  return JSON.parse(JSON.stringify(charts));
}
