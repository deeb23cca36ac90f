// A 10,000-deal pipeline through the four report calls the sidebars make in
// turn. Each must stay well inside Apps Script's 30 s per call; the node:vm
// timings printed here are a rough guide (Apps Script's V8 is slower, the
// fakes are faster than real getValues), so they are printed, not asserted.
// What is asserted: the big tab is read in one getValues call per call.

import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { monthlyReportLayout } from '../../../addon/src/sidebar/client/monthly-report-layout';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { weeklyReviewRows } from '../../../addon/src/review/weekly-review-rows';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { loadAddon } from '../harness/load-addon';
import { REVIEW_HEADER, REVIEW_NOW } from '../harness/review-pipeline';

const ROWS = 10_000;
const STAGES = [
  'Prospecting',
  'Discovery',
  'Evaluation',
  'Proposal',
  'Negotiation',
  'Closed Won',
  'Closed Lost',
];
const REASONS = ['Price', 'Timing', 'No decision maker', 'Went with the status quo', ''];
const SOURCES = ['Referral', 'Outbound', 'Inbound', 'Events'];

function bigPipeline(): unknown[][] {
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  const rows: unknown[][] = [[...REVIEW_HEADER]];
  for (let i = 0; i < ROWS; i++) {
    const stage = STAGES[i % STAGES.length];
    const created = (i * 7) % 680;
    rows.push([
      `D${i}`,
      `Deal ${i}`,
      `Account ${i % 900}`,
      stage,
      1000 + ((i * 37) % 90) * 1000,
      day(created),
      day(created + 20 + (i % 60)),
      day(created + 10),
      stage === 'Closed Lost' ? REASONS[i % REASONS.length] : '',
      i % 3 === 0 ? '' : 'Follow up',
      i % 3 === 0 ? '' : day(created + 30),
      SOURCES[i % SOURCES.length],
      stage === 'Closed Lost' ? STAGES[i % 5] : '',
      '',
    ]);
  }
  return rows;
}

describe(`report calls on a ${ROWS.toLocaleString('en')}-deal pipeline`, () => {
  const addon = loadAddon({ sheets: { Pipeline: bigPipeline() }, now: REVIEW_NOW });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify({ quota: 5e6 }));

  function timed<T>(name: string, ...args: unknown[]): T {
    return timedReads<T>(1, name, ...args);
  }

  /** Runs a call, prints its time, and checks it reads the big tab `reads` times. */
  function timedReads<T>(reads: number, name: string, ...args: unknown[]): T {
    addon.book.reads.length = 0;
    const start = performance.now();
    const result = addon.call<T>(name, ...args);
    console.log(`${name}: ${Math.round(performance.now() - start)} ms for ${ROWS} deals`);
    const big = addon.book.reads.filter((r) => r.sheet === 'Pipeline' && r.rows > 1);
    expect(big, `${name} reads the pipeline tab ${reads} time(s)`).toHaveLength(reads);
    return result;
  }

  it('reviews the week reading the tab once, and writes the review tab reading it no more', () => {
    const view = buildWeeklyReview(timed<WeeklyReviewData>('getWeeklyReview'));
    expect(view.dealCount).toBe(ROWS);
    expect(view.problems.count).toBe(0);
    expect(view.top).toHaveLength(10);
    // The sidebar lays the tab out from the review it shows; writing reads nothing again.
    const tab = timedReads<{ sheetName: string }>(
      0,
      'writeWeeklyReviewTab',
      weeklyReviewRows(view),
    );
    expect(tab.sheetName).toBe('Review 2026-11-23');
  });

  it('assesses the month reading the tab once, and writes the report tab reading it no more', () => {
    // The server reads the tab; the sidebar's code works the answers out and lays out the report.
    const view = monthlyView(timed<MonthlyData>('getMonthlyAssessment', '2026-11'));
    expect(view.answers).toHaveLength(8);
    expect(view.months.length).toBeGreaterThan(0);
    timedReads(0, 'writeMonthlyReportTab', '2026-11', monthlyReportLayout(view));
  });
});
