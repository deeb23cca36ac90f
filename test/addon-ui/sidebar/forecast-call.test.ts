// The weekly review's forecast call in Chromium: the form prefilled with the
// quarter's Closed + Commit, a typing mistake kept next to its field, the call
// sent and its version shown, the Worker's refusal, what to set up without a
// Worker, and last quarter's accuracy per rep, in English and Chinese.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAccuracy } from '../../../shared/forecast/call-accuracy';
import { forecastAccuracy } from '../../../shared/forecast/forecast-accuracy';
import { artifactPath, launchBrowser, openSidebar, screenshot } from '../harness/open-sidebar';
import { weeklyReviewData } from '../harness/weekly-review-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ANA = {
  owners: ['Ana Li', 'Ben Park'],
  owner: 'Ana Li',
  why: 'chosen' as const,
  email: '',
  quota: 250000,
};

/**
 * GET /v1/forecast-accuracy/reps for 2026-Q3, worked by hand:
 * Ana Li called 100,000 and won 95,000: 95,000 / 100,000 = 95%, inside 90–110%;
 * |95,000 − 100,000| = 5,000 ≤ 9,500 (10% of won); HubSpot 1 − 5,000 / 95,000 = 94.7% → 95%.
 * Ben Park called 200,000 and won 150,000: 75%, outside; 50,000 > 15,000;
 * HubSpot 1 − 50,000 / 150,000 = 66.7% → 67%.
 */
const ACCURACY = {
  period: { label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' },
  actualAsOf: '2026-11-23',
  reps: [
    {
      rep: 'Ana Li',
      call: { commit: 100000, bestCase: null, version: 2 },
      actual: { won: 95000, count: 2 },
      accuracy: {
        ratio: 0.95,
        withinTarget: true,
        withinTenPercentOfActual: true,
        hubspot: 1 - 5000 / 95000,
      },
      // 2 Commit deals at the start of the quarter, 2 won: 2 / 2 = 100%, inside 90–110%.
      byDeals: { committed: 2, won: 2, ratio: 1, withinTarget: true },
    },
    {
      rep: 'Ben Park',
      call: { commit: 200000, bestCase: 260000, version: 1 },
      actual: { won: 150000, count: 3 },
      accuracy: {
        ratio: 0.75,
        withinTarget: false,
        withinTenPercentOfActual: false,
        hubspot: 1 - 50000 / 150000,
      },
      // No Commit deals at the start of the quarter, 3 won: no ratio.
      byDeals: { committed: 0, won: 3, ratio: null, withinTarget: null },
    },
  ],
};

describe('forecast call in the weekly review', () => {
  it('agrees with the shared accuracy measures (the fake answer above)', () => {
    expect(callAccuracy(95000, 100000)).toEqual(ACCURACY.reps[0].accuracy);
    expect(callAccuracy(150000, 200000)).toEqual(ACCURACY.reps[1].accuracy);
    const { committed, won, ...ana } = ACCURACY.reps[0].byDeals;
    expect(forecastAccuracy(won, committed)).toEqual(ana);
    const { committed: c, won: w, ...ben } = ACCURACY.reps[1].byDeals;
    expect(forecastAccuracy(w, c)).toEqual(ben);
  });

  it('submits the team’s call, keeps a mistake next to its field, and shows the stored version', async () => {
    let version = 0;
    const { page, calls, errors } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
      // no call stored yet for the team
      getForecastCall: () => ({ status: 200, body: {} }),
      submitForecastCall: (period, rep, call) => {
        version++;
        return {
          status: version === 1 ? 201 : 200,
          body: { period, rep, bestCase: null, note: null, ...(call as object), version },
        };
      },
    });
    const section = page.getByTestId('forecast-call');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toBe('My forecast call, 2026-Q4');
    // Closed 48,000 + Commit 630,000 (the forecast table's second row)
    expect(await page.getByTestId('call-commit').inputValue()).toBe('678000');
    await page.getByTestId('call-best-case').fill('-20');
    await page.getByTestId('call-note').fill('Acme signs in December');
    await page.getByTestId('call-submit').click();
    expect(await page.getByTestId('call-best-case-error').textContent()).toBe('Must be 0 or more');
    expect(await page.getByTestId('call-commit-error').textContent()).toBe('');
    // nothing typed is lost, nothing was sent
    expect(await page.getByTestId('call-best-case').inputValue()).toBe('-20');
    expect(await page.getByTestId('call-note').inputValue()).toBe('Acme signs in December');
    expect(calls.filter((c) => c.name === 'submitForecastCall')).toEqual([]);

    await page.getByTestId('call-best-case').fill('1,173,000');
    await page.getByTestId('call-submit').click();
    await expect
      .poll(() => page.getByTestId('call-status').textContent())
      .toBe('✓ Stored for team: commit 678,000, best case 1,173,000, version 1');
    expect(await page.getByTestId('call-best-case-error').textContent()).toBe('');
    expect(calls.find((c) => c.name === 'submitForecastCall')?.args).toEqual([
      '2026-Q4',
      'team',
      { commit: 678000, bestCase: 1173000, note: 'Acme signs in December' },
      null,
    ]);
    await page.getByTestId('call-submit').click();
    await expect.poll(() => page.getByTestId('call-status').textContent()).toContain('version 2');
    // the second write replaces only the version the first one stored
    expect(calls.filter((c) => c.name === 'submitForecastCall').at(-1)?.args[3]).toBe(1);
    expect(await page.getByTestId('call-current').textContent()).toBe(
      'Your call on record: commit 678,000, best case 1,173,000, version 2',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the call on record and does not replace a newer one unseen (412), in Chinese', async () => {
    // Ana Li's call on record is version 3; someone stores version 4 while the sidebar is open.
    let onRecord = {
      period: '2026-Q4',
      rep: 'Ana Li',
      commit: 350000,
      bestCase: 400000,
      version: 3,
    };
    const { page, calls, errors } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData({ language: 'zh', rep: ANA }),
      getForecastCall: () => ({ status: 200, body: onRecord }),
      submitForecastCall: (_period, _rep, _call, version) =>
        version === onRecord.version
          ? { status: 200, body: { ...onRecord, commit: 300000, bestCase: null, version: 5 } }
          : { status: 412, body: { status: 412, detail: 'The call is at version 4' } },
    });
    await expect
      .poll(() => page.getByTestId('call-current').textContent())
      .toBe('已保存的预测：承诺 350,000，最佳情况 400,000，版本 3');
    expect(calls.find((c) => c.name === 'getForecastCall')?.args).toEqual(['2026-Q4', 'Ana Li']);
    onRecord = { ...onRecord, commit: 360000, bestCase: 410000, version: 4 };
    await page.getByTestId('call-commit').fill('300000');
    await page.getByTestId('call-submit').click();
    await expect
      .poll(() => page.getByTestId('error').textContent())
      .toBe(
        '在此期间 Ana Li 已保存了更新的预测，因此未提交您的预测。您输入的内容仍在；再次提交将替换上方显示的预测。',
      );
    expect(calls.filter((c) => c.name === 'submitForecastCall').at(-1)?.args[3]).toBe(3);
    // the newer call is shown and nothing typed is lost
    expect(await page.getByTestId('call-current').textContent()).toBe(
      '已保存的预测：承诺 360,000，最佳情况 410,000，版本 4',
    );
    expect(await page.getByTestId('call-commit').inputValue()).toBe('300000');
    // submitting again replaces version 4, knowingly
    await page.getByTestId('call-submit').click();
    await expect.poll(() => page.getByTestId('call-status').textContent()).toContain('版本 5');
    expect(calls.filter((c) => c.name === 'submitForecastCall').at(-1)?.args[3]).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the Worker’s refusal next to the field and what to set up without a Worker, in Chinese', async () => {
    let answer: unknown = {
      status: 400,
      body: {
        status: 400,
        detail: '预测字段 commit：必须是 0 或以上的数字',
        errors: [{ field: 'commit', message: '必须是 0 或以上的数字' }],
      },
    };
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData({ language: 'zh', rep: ANA }),
      submitForecastCall: () => answer,
    });
    await page.getByTestId('forecast-call').waitFor();
    expect(await page.getByTestId('forecast-call').locator('h2').textContent()).toBe(
      '我的预测（2026-Q4）',
    );
    // Ana Li: Closed 48,000 + Commit 330,000
    expect(await page.getByTestId('call-commit').inputValue()).toBe('378000');
    await page.getByTestId('call-commit').fill('三十万');
    await page.getByTestId('call-submit').click();
    expect(await page.getByTestId('call-commit-error').textContent()).toBe(
      '请输入数字，例如 120000',
    );
    expect(await page.getByTestId('call-commit').inputValue()).toBe('三十万');
    expect(await page.getByTestId('call-submit').textContent()).toBe('提交我的预测');

    await page.getByTestId('call-commit').fill('300000');
    await page.getByTestId('call-submit').click();
    await expect
      .poll(() => page.getByTestId('call-commit-error').textContent())
      .toBe('必须是 0 或以上的数字');
    expect(await page.getByTestId('error').textContent()).toBe(
      '分析服务拒绝了请求（HTTP 400）：预测字段 commit：必须是 0 或以上的数字',
    );
    expect(await page.getByTestId('call-commit').inputValue()).toBe('300000');

    answer = { reason: 'noKey' };
    await page.getByTestId('call-submit').click();
    await expect
      .poll(() => page.getByTestId('error').textContent())
      .toBe('预测保存在分析服务中：请先在设置中保存其 API 密钥。');
    await page.close();
  });

  it('shows last quarter’s calls against what each rep won, or that none were submitted', async () => {
    let reps = ACCURACY.reps;
    const { page, calls } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
      getForecastAccuracy: () => ({ status: 200, body: { ...ACCURACY, reps } }),
    });
    await page.getByTestId('call-accuracy-show').click();
    const table = page.getByTestId('call-accuracy');
    await table.waitFor();
    expect(calls.at(-1)).toMatchObject({ name: 'getForecastAccuracy', args: ['2026-Q3'] });
    expect(await page.getByTestId('call-legend').textContent()).toBe(
      'Won / call within 90%–110% (playbook §3); ±10% of won: |won − call| ≤ 10% of won; HubSpot: max(0, 1 − |won − call| / won).',
    );
    expect(await table.getByTestId('call-accuracy-rep').allTextContents()).toEqual([
      'Ana LiCall 100,000 · won 95,000 (2 deals)Won / call 95% (yes) · ±10% of won: yes · HubSpot 95%By deals: Commit 2 · won 2 · won / Commit 100% (yes)',
      'Ben ParkCall 200,000 · won 150,000 (3 deals)Won / call 75% (no) · ±10% of won: no · HubSpot 67%By deals: Commit 0 · won 3 · won / Commit –',
    ]);
    await screenshot(page, artifactPath('weekly-review-forecast-call'));
    reps = [];
    await page.getByTestId('call-accuracy-show').click();
    await expect
      .poll(() => page.getByTestId('call-accuracy').textContent())
      .toBe('No forecast calls were submitted for 2026-Q3.');
    await page.close();

    let zhAnswer: unknown = { status: 200, body: ACCURACY };
    const zh = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData({ language: 'zh' }),
      getForecastAccuracy: () => zhAnswer,
    });
    await zh.page.getByTestId('call-accuracy-show').click();
    await zh.page.getByTestId('call-accuracy').waitFor();
    expect(await zh.page.getByTestId('call-accuracy-rep').allTextContents()).toEqual([
      'Ana Li预测 100,000 · 赢单 95,000（2 笔）赢单 / 预测 95%（是） · 赢单 ±10%：是 · HubSpot 95%按笔数：肯定会成交 2 笔 · 赢单 2 笔 · 赢单 / 肯定会成交 100%（是）',
      'Ben Park预测 200,000 · 赢单 150,000（3 笔）赢单 / 预测 75%（否） · 赢单 ±10%：否 · HubSpot 67%按笔数：肯定会成交 0 笔 · 赢单 3 笔 · 赢单 / 肯定会成交 –',
    ]);
    expect(await zh.page.getByTestId('call-accuracy-show').textContent()).toBe(
      '查看 2026-Q3 的预测准确度',
    );
    // no snapshot dated in or after the quarter yet: 404 from the Worker, said plainly
    zhAnswer = {
      status: 404,
      body: { status: 404, detail: 'No snapshot dated in or after 2026-Q3' },
    };
    await zh.page.getByTestId('call-accuracy-show').click();
    await expect
      .poll(() => zh.page.getByTestId('call-accuracy').textContent())
      .toBe('还没有 2026-Q3 当期或之后的快照，无法读取赢单。');
    await zh.page.close();
  });
});
