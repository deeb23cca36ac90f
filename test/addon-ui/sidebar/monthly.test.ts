import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactPath,
  deferred,
  launchBrowser,
  openSidebar,
  screenshot,
} from '../harness/open-sidebar';
import { monthlyView } from '../harness/monthly-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const progressValue = (page: Page) => page.getByTestId('progress').getAttribute('aria-valuenow');
const stepClasses = (page: Page) =>
  page.getByTestId('step').evaluateAll((els) => els.map((el) => el.className));

describe('monthly self-assessment sidebar', () => {
  it('shows progress while it works, then the eight answers, the source and the written tab', async () => {
    const reading = deferred();
    const writing = deferred();
    const { page, calls, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: async () => {
        await reading.promise;
        return monthlyView();
      },
      writeMonthlyReportTab: async () => {
        await writing.promise;
        return { sheetName: 'Self-assessment 2026-10' };
      },
    });
    await page.getByTestId('month').fill('2026-10');
    await page.getByTestId('run').click();

    // Step 1 under way: nothing answered yet, the button cannot start a second run.
    await expect.poll(() => stepClasses(page)).toEqual(['active', '']);
    expect(await progressValue(page)).toBe('5');
    expect(await page.getByTestId('run').isDisabled()).toBe(true);
    expect(await page.getByTestId('answer').count()).toBe(0);

    // Answers shown as soon as they are known, while the tab is being written.
    reading.resolve();
    await expect.poll(() => stepClasses(page)).toEqual(['done', 'active']);
    expect(await progressValue(page)).toBe('50');
    expect(await page.getByTestId('step').first().textContent()).toBe(
      '✓ Analysed 48 deals · Using the analytics service',
    );
    expect(await page.getByTestId('answer').count()).toBe(8);
    const first = page.getByTestId('answer').first();
    expect(await first.locator('.question').textContent()).toBe(
      'Is the win rate trending up, flat or down?',
    );
    expect(await first.locator('.answer-text').textContent()).toBe('Up');
    expect(await first.locator('.muted').textContent()).toBe(
      'Last 3 months 33% (6 of 18) against 25% (5 of 20) the 3 months before',
    );
    expect(await page.locator('[data-question="8"] .answer-text').textContent()).toBe(
      'Bring the economic buyer in before the proposal',
    );
    expect(await page.getByTestId('source').getAttribute('data-source')).toBe('worker');
    expect(await page.getByTestId('source').textContent()).toBe(
      'Using the analytics service snapshot of 2026-10-31',
    );

    writing.resolve();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('✓ Report written to tab "Self-assessment 2026-10"');
    expect(await stepClasses(page)).toEqual(['done', 'done']);
    expect(await progressValue(page)).toBe('100');
    expect(await page.getByTestId('run').isDisabled()).toBe(false);
    expect(calls).toEqual([
      { name: 'getMonthlyAssessment', args: ['2026-10'] },
      { name: 'writeMonthlyReportTab', args: ['2026-10'] },
    ]);
    const rows = await page.getByTestId('months').locator('tbody tr').allTextContents();
    expect(rows).toEqual(['2026-082433%48,000', '2026-091325%52,000', '2026-103538%46,000']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the sheet was used because the analytics service did not answer', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () =>
        monthlyView({
          source: 'sheet',
          sourceLabel: 'Using this sheet only',
          snapshotAsOf: null,
          fallbackReason: 'the service answered 401 (API key not accepted)',
        }),
      writeMonthlyReportTab: () => ({ sheetName: 'Self-assessment 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('source').textContent()).toBe('Using this sheet only');
    expect(await page.getByTestId('source').getAttribute('data-source')).toBe('sheet');
    expect(await page.getByTestId('fallback').textContent()).toBe(
      'The analytics service did not answer: the service answered 401 (API key not accepted)',
    );
    await page.close();
  });

  it('shows the server message, marks the failed step and lets the user run it again', async () => {
    let attempt = 0;
    const { page, calls } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => {
        attempt++;
        if (attempt === 1)
          throw new Error(
            'No pipeline sheet found: use "Set up a pipeline sheet" or name the sheet in Settings.',
          );
        return monthlyView();
      },
      writeMonthlyReportTab: () => ({ sheetName: 'Self-assessment 2026-10' }),
    });
    await page.getByTestId('month').fill('2026-10');
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'No pipeline sheet found: use "Set up a pipeline sheet" or name the sheet in Settings.',
      );
    expect(await stepClasses(page)).toEqual(['warn', '']);
    expect(calls.map((c) => c.name)).toEqual(['getMonthlyAssessment']);

    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('answer').count()).toBe(8);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('switches to Chinese when the server says the user reads Chinese', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyView({ language: 'zh', sourceLabel: '使用分析服务' }),
      writeMonthlyReportTab: () => ({ sheetName: '自我评估 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('✓ 报告已写入工作表“自我评估 2026-10”');
    expect(await page.getByTestId('run').textContent()).toBe('生成报告');
    expect(await page.locator('label[for="month"]').textContent()).toBe('月份');
    await page.close();
  });

  it('fits a 300 px sidebar without sideways scrolling (screenshot)', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyView(),
      writeMonthlyReportTab: () => ({ sheetName: 'Self-assessment 2026-10' }),
    });
    await page.getByTestId('month').fill('2026-10');
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await screenshot(page, artifactPath('monthly'));
    await page.close();
  });
});
