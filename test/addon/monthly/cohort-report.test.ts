import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import {
  cohortReportSection,
  monthlyCohorts,
} from '../../../addon/src/sidebar/client/monthly-cohorts';
import { monthlyReportLayout } from '../../../addon/src/sidebar/client/monthly-report-layout';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

// The built bundle reads the month and writes the tab; the cohort rows are
// laid out in between by the monthly sidebar's own code, as the sidebar does,
// so the server's cell checks see exactly what the sidebar sends.

describe('cohort win rate in the monthly report tab', () => {
  it('passes the server checks and is written as laid out (hand-worked)', () => {
    const addon = loadAddon({ sheets: { Pipeline: reviewPipeline() }, now: REVIEW_NOW });
    const data = addon.call<MonthlyData>('getMonthlyAssessment', '2026-11');
    const view = monthlyView(data);
    const section = cohortReportSection(monthlyCohorts(data), 'en');
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeMonthlyReportTab',
      '2026-11',
      monthlyReportLayout(view, [section]),
    );
    const rows = addon.book.getSheetByName(sheetName)!.data;
    const at = rows.findIndex((r) => r[0] === 'Cohort win rate');
    expect(at).toBeGreaterThan(0);
    // The review pipeline by created month (2025-12 to 2026-11 asked, empty months left out):
    // June D7 lost; July D6 won 10,000; August D2 open; September D1 open and D4 won 40,000;
    // October D5 lost; November D3 open. Win rate won / (won + lost); "–" while none closed.
    expect(rows.slice(at + 3, at + 9).map((r) => r.slice(0, 9))).toEqual([
      ['2026-06', 1, 0, 1, 0, '0%', '0%', 0, ''],
      ['2026-07', 1, 1, 0, 0, '100%', '0%', 10_000, ''],
      ['2026-08', 1, 0, 0, 1, '–', '100%', 0, 'Still maturing'],
      ['2026-09', 2, 1, 0, 1, '100%', '50%', 40_000, 'Still maturing'],
      ['2026-10', 1, 0, 1, 0, '0%', '0%', 0, ''],
      ['2026-11', 1, 0, 0, 1, '–', '100%', 0, 'Still maturing'],
    ]);
  });
});
