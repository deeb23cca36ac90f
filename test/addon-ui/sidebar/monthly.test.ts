import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactPath,
  deferred,
  launchBrowser,
  openSidebar,
  screenshot,
} from '../harness/open-sidebar';
import type { MonthlyReportLayout } from '../../../addon/src/monthly/monthly-types';
import { monthlyData, templateTabs } from '../harness/monthly-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const progressValue = (page: Page) => page.getByTestId('progress').getAttribute('aria-valuenow');
/** The first cell of each section title the sidebar added after the report's own tables. */
const sectionTitles = (report: MonthlyReportLayout) =>
  report.titles
    .filter((row) => row > report.lossReasons.headerRow)
    .map((row) => report.rows[row - 1][0]);
/** The report row `offset` rows below the title row whose first cell is `title`. */
const below = (report: MonthlyReportLayout, title: string, offset: number) =>
  report.rows[report.rows.findIndex((r) => r[0] === title) + offset];
const stepClasses = (page: Page) =>
  page.getByTestId('step').evaluateAll((els) => els.map((el) => el.className));

describe('monthly self-assessment sidebar', () => {
  it('shows progress while it works, then the eight answers, the source and the written tab', async () => {
    const reading = deferred();
    const writing = deferred();
    const { page, calls, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: async () => {
        await reading.promise;
        return monthlyData();
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
      'Win rate 33% in 2026-08 – 2026-10 against 25% in 2026-05 – 2026-07',
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
    expect(calls.map((c) => [c.name, c.args[0]])).toEqual([
      ['getMonthlyAssessment', '2026-10'],
      ['writeMonthlyReportTab', '2026-10'],
    ]);
    // the template tabs are asked for by their required headers, in both languages
    expect((calls[0].args[1] as Record<string, string[][]>).accounts).toEqual([
      ['Account', '客户'],
      ['Tier', '客户等级'],
      ['Last touch', '最近触达'],
    ]);
    // the report is laid out here: question 1's row with its sentence as worded here
    const report = calls[1].args[1] as MonthlyReportLayout;
    expect(report.rows.find((r) => r[0] === 1)).toEqual([
      1,
      'Is the win rate trending up, flat or down?',
      'Up',
      'Win rate 33% in 2026-08 – 2026-10 against 25% in 2026-05 – 2026-07',
    ]);
    // the Worker's trend (2026-08 to 2026-10) is the chart table under "Win rate by month"
    expect(below(report, 'Win rate by month', 2)).toEqual(['2026-08', 2 / 6, 2, 4, 48_000]);
    expect(report.months.rows).toBe(3);
    // the sheet's October losses: Zed, 30,000 over price
    expect(below(report, 'Loss reasons', 2)).toEqual(['Price', 1, 30_000]);
    // no template tab in this spreadsheet: the report says how to add each
    expect(sectionTitles(report)).toEqual([
      'Territory review',
      'Activity against targets',
      'Self-scores and outcomes',
      'Cohort win rate',
    ]);
    expect(await page.getByTestId('territory-missing').textContent()).toBe(
      'No accounts tab yet: the add-on menu item "Add accounts, activity or win/loss tabs" adds one.',
    );
    const rows = await page.getByTestId('months').locator('tbody tr').allTextContents();
    expect(rows).toEqual(['2026-082433%48,000', '2026-091325%52,000', '2026-103538%46,000']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the sheet was used because the analytics service did not answer', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () =>
        monthlyData({
          worker: null,
          fallback: { reason: 'failed', error: '/v1/reports/monthly answered HTTP 401' },
        }),
      writeMonthlyReportTab: () => ({ sheetName: 'Self-assessment 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('source').textContent()).toBe('Using this sheet only');
    expect(await page.getByTestId('source').getAttribute('data-source')).toBe('sheet');
    expect(await page.getByTestId('fallback').textContent()).toBe(
      'The analytics service did not answer: The analytics service could not be used: /v1/reports/monthly answered HTTP 401',
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
        return monthlyData();
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
      getMonthlyAssessment: () => monthlyData({ language: 'zh' }),
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

  it('works out the territory review, activity and self-scores and sends them with the report', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ tabs: templateTabs('en') }),
      writeMonthlyReportTab: () => ({ sheetName: 'Report 2026-10' }),
    });
    await page.getByTestId('month').fill('2026-10');
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');

    // playbook §6: 4 of 5 tier-1 accounts touched within 4 days = 80%, which is not above 80%
    expect(await page.locator('[data-testid="territory"] tr[data-tier="1"]').textContent()).toBe(
      'Tier 15480%',
    );
    expect(await page.getByTestId('tier1').textContent()).toBe(
      'Tier-1 coverage 80%: it must exceed 80%',
    );
    expect(await page.getByTestId('tier1').getAttribute('class')).toBe('warn');
    expect(await page.getByTestId('drop').textContent()).toBe('Fern · 90');

    // playbook §8: Ana on every low edge, Ben below on emails, calls and meetings
    const statuses = (rep: string) =>
      page
        .locator(`[data-rep="${rep}"] tr[data-metric]`)
        .evaluateAll((rows) =>
          rows.map((r) => `${r.getAttribute('data-metric')}:${r.getAttribute('data-status')}`),
        );
    expect(await statuses('Ana')).toEqual([
      'emails:onTarget',
      'calls:onTarget',
      'meetings:onTarget',
      'discoveryCalls:onTarget',
      'demos:onTarget',
      'proposals:onTarget',
      'selfGeneratedShare:onTarget',
    ]);
    expect((await statuses('Ben')).filter((s) => s.endsWith(':below'))).toEqual([
      'emails:below',
      'calls:below',
      'meetings:below',
    ]);
    expect(await page.locator('[data-rep="Ben"] tr[data-metric="emails"]').textContent()).toBe(
      'Emails2030-50 per day',
    );

    // playbook §9: closing self-scored 4.5 while Negotiation converted 50% (bar 75%)
    expect(await page.locator('[data-skill="closing"]').textContent()).toBe('Closing4.550%75%');
    expect(await page.getByTestId('mismatch').allTextContents()).toEqual([
      'Closing (Conversion out of Negotiation): High self-score, weak outcome: look at this skill again',
    ]);
    expect(await page.getByTestId('win-reasons').textContent()).toBe('Referral · 1');
    expect(await page.getByTestId('notes').locator('li').first().textContent()).toBe(
      'Wonka (Won)What worked: Early CFO call',
    );

    // the same sections go to the report tab
    const report = calls[1].args[1] as MonthlyReportLayout;
    expect(sectionTitles(report)).toEqual([
      'Territory review',
      'Drop: tier 3, no touch for 90 days',
      'Activity against targets',
      'Win reasons',
      'What worked and what did not',
      'Self-scores and outcomes',
      'Cohort win rate',
    ]);
    expect(below(report, 'Territory review', 3)).toEqual(['Tier 1', 5, 4, '80%', 4]);
    expect(below(report, 'Activity against targets', 2).slice(0, 3)).toEqual([
      'Target',
      '',
      '30-50 per day',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same sections in Chinese for a Chinese user and a Chinese spreadsheet', async () => {
    const { page, calls } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ language: 'zh', tabs: templateTabs('zh') }),
      writeMonthlyReportTab: () => ({ sheetName: '报告 2026-10' }),
    });
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('✓');
    expect(await page.getByTestId('tier1').textContent()).toBe('一级客户覆盖率 80%：须高于 80%');
    expect(await page.locator('[data-testid="territory"] tr[data-tier="3"] th').textContent()).toBe(
      '三级客户',
    );
    expect(await page.locator('[data-rep="Ben"] tr[data-metric="emails"]').textContent()).toBe(
      '邮件2030-50 每天',
    );
    expect(await page.locator('[data-skill="closing"] th').textContent()).toBe('促成交易');
    // the month's funnel is worked out here from the deals, so the stage has its Chinese name
    expect(await page.getByTestId('mismatch').allTextContents()).toEqual([
      '促成交易（谈判阶段转化率）：自评高但结果弱：请重新审视这项技能',
    ]);
    expect(await page.getByTestId('notes').locator('li').nth(1).textContent()).toBe(
      'Zed（输单）无效做法：Late discount经验教训：Anchor value first',
    );
    expect(sectionTitles(calls[1].args[1] as MonthlyReportLayout)).toEqual([
      '区域回顾',
      '剔除：三级客户，90 天未触达',
      '活动与目标',
      '赢单原因',
      '有效与无效做法',
      '自评与结果',
      '同期群成交率',
    ]);
    await page.close();
  });

  it('fits a 300 px sidebar without sideways scrolling (screenshot)', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => monthlyData({ tabs: templateTabs('en') }),
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
