import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReportLayout } from '../../../addon/src/monthly/monthly-types';
import type { Deal } from '../../../shared/types';
import { launchBrowser, openSidebar } from '../harness/open-sidebar';
import { monthlyData } from '../harness/monthly-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A YYYY-MM-DD day as the day number the server sends. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
let row = 1;
const deal = (stage: string, amount: number | null, created?: string): Deal => ({
  row: ++row,
  stage,
  amount,
  ...(created ? { created: day(created) } : {}),
});

// Assessed month 2026-10: cohorts of 2025-11 to 2026-10, as the deals stand today.
// June: 1 won (10,000), 3 lost, 1 open → 1 / (1 + 3) = 25%; 1 of 5 open = 20%, not above
//   the 20% line: settled.
// August: 2 won (20,000 + 30,000), 1 lost, 1 open → 2 / 3 = 67%; 1 of 4 open = 25%: maturing.
// October: 1 won (5,000), 1 open → 1 / 1 = 100%; 1 of 2 open = 50%: maturing.
// One lost deal without a created date: its own row, 0 / 1 = 0%.
// Left out: created 2025-09 (before the twelve months) and 2026-11 (after the month).
const DEALS: Deal[] = [
  deal('Closed Won', 10_000, '2026-06-03'),
  deal('Closed Lost', 4_000, '2026-06-12'),
  deal('Closed Lost', 4_000, '2026-06-28'),
  deal('Closed Lost', 4_000, '2026-06-30'),
  deal('Proposal', 8_000, '2026-06-15'),
  deal('Closed Won', 20_000, '2026-08-05'),
  deal('Closed Won', 30_000, '2026-08-10'),
  deal('Closed Lost', 6_000, '2026-08-20'),
  deal('Negotiation', 9_000, '2026-08-25'),
  deal('Discovery', 3_000, '2026-10-02'),
  deal('Closed Won', 5_000, '2026-10-09'),
  deal('Closed Lost', 2_000),
  deal('Closed Won', 7_000, '2025-09-01'),
  deal('Prospecting', 1_000, '2026-11-02'),
];

/** The report rows below the title row whose first cell is `title`. */
const rowsBelow = (report: MonthlyReportLayout, title: string, count: number) => {
  const at = report.rows.findIndex((r) => r[0] === title);
  return report.rows.slice(at + 1, at + 1 + count);
};

describe('monthly sidebar: cohort win rate', () => {
  it('follows each creation month to its outcome and marks the maturing ones (English)', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ deals: DEALS }),
      writeMonthlyReportTab: () => ({ sheetName: 'Report 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');
    const cohorts = page.getByTestId('cohorts');
    expect(await cohorts.locator('h2').textContent()).toBe('Cohort win rate');
    expect(await cohorts.locator('tbody tr').allTextContents()).toEqual([
      '2026-06Won 10,00020% open513125%',
      '2026-08Won 50,00025% open: still maturing421167%',
      '2026-10Won 5,00050% open: still maturing2101100%',
      'No created dateWon 00% open10100%',
    ]);
    expect(await cohorts.locator('tr[data-maturing="yes"]').count()).toBe(2);
    // Fits the 300 px sidebar without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    expect(await cohorts.locator('p.muted').last().textContent()).toBe(
      'A cohort is still maturing while more than 20% of its deals are open: its win rate may still change.',
    );

    // The same table in the report tab; the server's checks take it (text and number cells).
    const report = calls[1].args[1] as MonthlyReportLayout;
    expect(rowsBelow(report, 'Cohort win rate', 7)).toEqual([
      [
        'Deals created in each month, followed to where they stand today; win rate = won / (won + lost).',
      ],
      ['Created in', 'Created', 'Won', 'Lost', 'Open', 'Win rate', 'Open share', 'Won amount', ''],
      ['2026-06', 5, 1, 3, 1, '25%', '20%', 10_000, ''],
      ['2026-08', 4, 2, 1, 1, '67%', '25%', 50_000, 'Still maturing'],
      ['2026-10', 2, 1, 0, 1, '100%', '50%', 5_000, 'Still maturing'],
      ['No created date', 1, 0, 1, 0, '0%', '0%', 0, ''],
      [
        'A cohort is still maturing while more than 20% of its deals are open: its win rate may still change.',
      ],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the same in Chinese', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ language: 'zh', deals: DEALS }),
      writeMonthlyReportTab: () => ({ sheetName: '报告 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');
    const cohorts = page.getByTestId('cohorts');
    expect(await cohorts.locator('h2').textContent()).toBe('同期群成交率');
    expect(await cohorts.locator('tbody tr').allTextContents()).toEqual([
      '2026-06赢单金额 10,00020% 未结束513125%',
      '2026-08赢单金额 50,00025% 未结束：仍在成熟中421167%',
      '2026-10赢单金额 5,00050% 未结束：仍在成熟中2101100%',
      '无创建日期赢单金额 00% 未结束10100%',
    ]);
    const report = calls[1].args[1] as MonthlyReportLayout;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    const rows = rowsBelow(report, '同期群成交率', 7);
    expect(rows[1][0]).toBe('创建月份');
    expect(rows[3]).toEqual(['2026-08', 4, 2, 1, 1, '67%', '25%', 50_000, '仍在成熟中']);
    expect(rows[5][0]).toBe('无创建日期');
    expect(rows[6]).toEqual([
      '同期群中仍有超过 20% 的交易未结束时视为仍在成熟中：其成交率仍可能变化。',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when no deal was created in the twelve months', async () => {
    const { page, calls } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ deals: [deal('Closed Won', 1_000, '2024-01-05')] }),
      writeMonthlyReportTab: () => ({ sheetName: 'Report 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');
    expect(await page.getByTestId('cohorts').locator('table').count()).toBe(0);
    const report = calls[1].args[1] as MonthlyReportLayout;
    expect(rowsBelow(report, 'Cohort win rate', 1)).toEqual([
      ['No deal created in 2025-11 – 2026-10'],
    ]);
    await page.close();
  });
});
