import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchBrowser, openSidebar, screenshot } from '../harness/open-sidebar';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { weeklyReviewData } from '../harness/weekly-review-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The value and the line under it of one figure tile. */
async function tile(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  return [await el.locator('.value').textContent(), await el.locator('.sub').textContent()];
}

describe('weekly review sidebar', () => {
  it('renders the week’s figures as it works them out from the deals the server read', async () => {
    const { page, errors } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
    });
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('week').textContent()).toBe('2026-11-17 to 2026-11-23');
    // hand calculations in the harness (weeklyReviewData)
    expect(await tile(page, 'total')).toEqual(['1,195,000', '12 deals']);
    expect(await page.getByTestId('weighted').locator('.value').textContent()).toBe('727,500');
    expect(await tile(page, 'new')).toEqual(['2', '70,000']);
    // Acme 180,000 and Pied Piper 40,000 entered their stage this week (Vandelay's is the first)
    expect(await tile(page, 'advanced')).toEqual(['2', '220,000 · from stage-entered dates']);
    expect(await tile(page, 'won')).toEqual(['1', '48,000']);
    expect(await tile(page, 'lost')).toEqual(['2', '65,000']);
    expect(await tile(page, 'slipped')).toEqual(['1', '180,000 · close date has passed']);
    // hand calculation: 1,195,000 / (600,000 - 48,000) = 2.16, under 3x (playbook §4)
    expect(await tile(page, 'coverage')).toEqual([
      '2.2×',
      'Under-covered · Remaining quota 552,000',
    ]);
    expect(await tile(page, 'win-rate')).toEqual(['33%', '2 won, 4 lost · Healthy · band 20%–35%']);
    expect(await page.getByTestId('average-deal-size').locator('.value').textContent()).toBe(
      '60,000',
    );
    // (75 + 45) / 2 = 60 days
    expect(await tile(page, 'cycle')).toEqual(['60 days', 'mean 60 · median 60']);
    // hand calculation: 12 × 2/6 × 60,000 / 60 = 4,000 a day (playbook §4)
    expect(await tile(page, 'velocity')).toEqual(['4,000', 'per day']);
    expect(await page.getByTestId('loss-reasons').locator('li').allTextContents()).toEqual([
      'Price: 1 · 40,000',
      'No decision: 1 · 25,000',
    ]);
    expect(await page.getByTestId('problems').locator('summary').textContent()).toBe(
      '1 cell(s) could not be read',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the ten largest open deals with red/yellow/green risk and the reasons', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
    });
    const deals = page.getByTestId('top-deal');
    await deals.first().waitFor();
    expect(await deals.count()).toBe(10);
    const risks = await deals.evaluateAll((els) => els.map((el) => el.getAttribute('data-risk')));
    expect(risks).toEqual(['red', 'yellow', 'yellow', ...Array(7).fill('green')]);
    const first = deals.first();
    expect(await first.locator('.deal-name').textContent()).toBe('Acme platform');
    expect(await first.locator('.num').textContent()).toBe('180,000');
    expect(await first.locator('.reasons').textContent()).toBe(
      'Red: Expected close date has passed; No next step; No next step date',
    );
    expect(await first.getByRole('img').getAttribute('aria-label')).toBe('Risk: Red');
    expect(await first.textContent()).toContain('No next step');
    expect(await deals.nth(1).textContent()).toContain(
      'Next step: Security review call (2026-11-26)',
    );
    expect(await deals.last().locator('.reasons').count()).toBe(0);
    const rows = await page.getByTestId('conversion').locator('tbody tr').allTextContents();
    // All 18 deals reached Prospecting; all but Vandelay (still there) and Bluth and Dunder
    // (lost with no stage recorded, so counted at the first) went on: 15 / 18 = 83%, rounded
    expect(rows[0]).toBe('Prospecting181583%');
    expect(await page.getByTestId('approximate').textContent()).toBe(
      'Approximate: read from one snapshot of the sheet',
    );
    await page.close();
  });

  it('adds up the quarter’s forecast by category against the quota, for the team or one owner', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
    });
    const section = page.getByTestId('forecast-rollup');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toBe('Forecast, 2026-10-01 to 2026-12-31');
    // Deals closing in the quarter (harness): won Massive Dynamic 48,000; Commit (Negotiation)
    // 180,000 + 165,000 + 150,000 + 135,000 = 630,000; Best Case (Proposal) 495,000; Vandelay and
    // Pied Piper close in February. Against 600,000: 8%, 113%, 1,173,000 / 600,000 = 196%.
    expect(await section.locator('tbody tr').allTextContents()).toEqual([
      'Closed48,00048,0008%',
      '+ Commit630,000678,000113%',
      '+ Best Case495,0001,173,000196%',
      '+ Pipeline01,173,000196%',
      '+ Upside01,173,000196%',
    ]);
    await page.close();

    // Ana Li's deals against her 250,000: 48,000 = 19%; Acme 180,000 + Initech 150,000 = 330,000
    // Commit, 378,000 = 151%; Hooli, Wayne, Cyberdyne 270,000 Best Case, 648,000 = 259%.
    const ana = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () =>
        weeklyReviewData({
          language: 'zh',
          rep: {
            owners: ['Ana Li', 'Ben Park'],
            owner: 'Ana Li',
            why: 'chosen',
            email: '',
            quota: 250000,
          },
        }),
    });
    const zh = ana.page.getByTestId('forecast-rollup');
    await zh.waitFor();
    expect(await zh.locator('h2').textContent()).toBe('预测（2026-10-01 至 2026-12-31）');
    expect(await zh.locator('tbody tr').allTextContents()).toEqual([
      '已成交48,00048,00019%',
      '+ 肯定会成交330,000378,000151%',
      '+ 最佳情况270,000648,000259%',
      '+ 待成交0648,000259%',
      '+ 可能性较低0648,000259%',
    ]);
    await ana.page.close();
  });

  it('writes the dated review tab and says which tab it wrote', async () => {
    let attempt = 0;
    const { page, calls } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
      writeWeeklyReviewTab: () => {
        attempt++;
        if (attempt === 1) throw new Error('Exception: Service Spreadsheets timed out');
        return { sheetName: 'Review 2026-11-23' };
      },
    });
    await page.getByTestId('write').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Service Spreadsheets timed out');
    await page.getByTestId('write').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('✓ Review written to tab "Review 2026-11-23"');
    expect(await page.getByRole('alert').count()).toBe(0);
    // (the forecast section's read of the stored call aside)
    const served = calls.filter((c) => c.name !== 'getForecastCall');
    expect(served.map((c) => c.name)).toEqual([
      'getWeeklyReview',
      'writeWeeklyReviewTab',
      'writeWeeklyReviewTab',
    ]);
    // The sidebar lays the tab out from the review on screen; the server only writes it.
    const [tab] = served[1].args as [{ rows: unknown[][]; titles: number[] }];
    expect(tab.rows[0]).toEqual(['Weekly review: 2026-11-17 – 2026-11-23', '', '', 'Pipeline']);
    expect(tab.rows[1][0]).toMatch(/^Advanced and slipped deals are estimated from dates/);
    expect(tab.titles[0]).toBe(1);
    await page.close();
  });

  it('says there are no open deals and shows Chinese labels for a Chinese sheet', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () =>
        weeklyReviewData({
          language: 'zh',
          // only the closed deals
          deals: weeklyReviewData().deals.filter((d) => d.stage.startsWith('Closed')),
          problems: { count: 0, messages: [] },
        }),
    });
    await page.getByTestId('total').waitFor();
    expect(await page.getByText('没有进行中的交易').count()).toBe(1);
    expect(await page.getByTestId('total').locator('.label').textContent()).toBe('未结管道'); // shared label openPipeline (zh);
    expect(await page.getByTestId('problems').count()).toBe(0);
    await page.close();
  });

  it('says when advanced and slipped are estimated, and why, in both languages', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
    });
    const note = page.getByTestId('history-note');
    await note.waitFor();
    expect(await note.getAttribute('data-measured')).toBe('false');
    expect(await note.textContent()).toBe(
      'Advanced and slipped deals are estimated from dates (stage entered this week; close date passed). There is no earlier snapshot yet: turn on weekly snapshots in Settings.',
    );
    await page.close();

    const cases: [WeeklyReviewData['history'], string][] = [
      [
        { from: '', to: '', reason: 'noWorker', detail: '', deals: [] },
        '推进与延期交易依据日期估算（本周进入阶段；预计成交日期已过）。在设置中配置分析服务和每周快照即可实测。',
      ],
      [
        { from: '', to: '', reason: 'stale', detail: '2026-11-09', deals: [] },
        '推进与延期交易依据日期估算（本周进入阶段；预计成交日期已过）。最新快照（2026-11-09）已超过一周。',
      ],
      [
        {
          from: '',
          to: '',
          reason: 'unreachable',
          detail: 'HTTP 429: Try again in 60 seconds.',
          deals: [],
        },
        '推进与延期交易依据日期估算（本周进入阶段；预计成交日期已过）。分析服务未响应：HTTP 429: Try again in 60 seconds.',
      ],
    ];
    for (const [history, text] of cases) {
      const zh = await openSidebar(browser, 'weekly-review', {
        getWeeklyReview: () => weeklyReviewData({ language: 'zh', history }),
      });
      await zh.page.getByTestId('history-note').waitFor();
      expect(await zh.page.getByTestId('history-note').textContent()).toBe(text);
      await zh.page.close();
    }
  });

  it('says when they are measured between two snapshots', async () => {
    // The waterfall's changed deals: two advanced (150,000 + 110,000), one of them slipped too,
    // and a removed deal that counts nowhere.
    const later = (stage: string, amount: number, closeDate: string) => ({
      stage,
      amount,
      closeDate,
    });
    const view = weeklyReviewData({
      history: {
        from: '2026-11-16',
        to: '2026-11-23',
        reason: '',
        detail: '',
        deals: [
          {
            key: 'id:D-101',
            name: 'Acme platform',
            changes: ['advanced'],
            after: later('Negotiation', 150000, '2026-12-18'),
          },
          {
            key: 'id:D-102',
            name: 'Globex platform',
            changes: ['advanced', 'slipped'],
            after: later('Negotiation', 110000, '2027-01-08'),
          },
          { key: 'id:D-150', name: 'Gone', changes: ['removed'], after: null },
        ],
      },
    });
    const { page } = await openSidebar(browser, 'weekly-review', { getWeeklyReview: () => view });
    await page.getByTestId('history-note').waitFor();
    expect(await page.getByTestId('history-note').getAttribute('data-measured')).toBe('true');
    expect(await page.getByTestId('history-note').textContent()).toBe(
      'Advanced and slipped deals are measured: what changed between the snapshots of 2026-11-16 and 2026-11-23.',
    );
    expect(await tile(page, 'advanced')).toEqual(['2', '260,000 · measured']);
    expect(await tile(page, 'slipped')).toEqual(['1', '110,000 · measured']);
    await page.close();

    const zh = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => ({ ...view, language: 'zh' }),
    });
    await zh.page.getByTestId('history-note').waitFor();
    expect(await zh.page.getByTestId('history-note').textContent()).toBe(
      '推进与延期交易为实测：2026-11-16 与 2026-11-23 两次快照之间的变化。',
    );
    expect((await tile(zh.page, 'advanced'))[1]).toBe('260,000 · 实测');
    await zh.page.close();
  });

  it('fits a 300 px sidebar without sideways scrolling (screenshot)', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => weeklyReviewData(),
    });
    await page.getByTestId('total').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await screenshot(page, artifactPath('weekly-review'));
    await page.close();
  });
});

describe('close dates pushed in the weekly review', () => {
  it('lists the deals pushed this week with their 13 weeks of pushes, in both languages', async () => {
    // As getWeeklyReview sends them: D1 pushed 10 days this week, 3 times in 13 weeks.
    const pushed = [
      { key: 'id:D9', name: 'Nine', pushes: 1, pushedDays: 4, total: 1 },
      { key: 'id:D1', name: 'Alpha', account: 'Acme', pushes: 1, pushedDays: 10, total: 3 },
    ];
    for (const [language, lines] of [
      [
        'en',
        [
          'Alpha · Acme: pushed 10 d this week · pushed 3× in 13 weeks',
          'Nine: pushed 4 d this week · pushed 1× in 13 weeks',
        ],
      ],
      [
        'zh',
        [
          'Alpha · Acme：本周推迟 10 天 · 近 13 周共推迟 3 次',
          'Nine：本周推迟 4 天 · 近 13 周共推迟 1 次',
        ],
      ],
    ] as const) {
      const { page } = await openSidebar(browser, 'weekly-review', {
        getWeeklyReview: () => ({ ...weeklyReviewData(), language, pushed }),
      });
      await page.getByTestId('pushed').waitFor();
      // Most pushed over 13 weeks first.
      expect(await page.getByTestId('pushed').locator('li').allTextContents()).toEqual(lines);
      await page.close();
    }
  });

  it('shows no list when no close date was pushed', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => ({ ...weeklyReviewData(), pushed: [] }),
    });
    await page.getByTestId('stage-days').waitFor();
    expect(await page.getByTestId('pushed').count()).toBe(0);
    await page.close();
  });
});

describe('average days per stage in the weekly review', () => {
  it('says which averages were typed and which measured, in both languages', async () => {
    // Discovery 14 days measured over 3 deals, Proposal 30 days typed (as getWeeklyReview sends
    // them, stage names as the table names them; the sidebar shows them in the user's language)
    const stageDays = (discovery: string, proposal: string) => [
      { stage: discovery, days: 14, source: 'measured' as const, deals: 3 },
      { stage: proposal, days: 30, source: 'typed' as const, deals: 0 },
    ];
    for (const [language, days, lines] of [
      [
        'en',
        stageDays('Discovery', 'Proposal'),
        [
          'Discovery: 14 d · measured from the stage dates of 3 deals',
          'Proposal: 30 d · typed in the stage table',
        ],
      ],
      [
        'zh',
        stageDays('Discovery', 'Proposal'),
        ['深入挖掘：14 天 · 依据 3 笔交易的阶段日期测得', '提案阶段：30 天 · 阶段表中填写'],
      ],
    ] as const) {
      const { page } = await openSidebar(browser, 'weekly-review', {
        getWeeklyReview: () => ({ ...weeklyReviewData(), language, stageDays: days }),
      });
      await page.getByTestId('stage-days').waitFor();
      expect(await page.getByTestId('stage-days').locator('li').allTextContents()).toEqual(lines);
      await page.close();
    }
  });

  it('says which averages were measured from the snapshots, in both languages', async () => {
    // Negotiation 20 days over 2 deals' stays from GET /v1/deal-history (as getWeeklyReview sends it)
    const days = [{ stage: 'Negotiation', days: 20, source: 'snapshots' as const, deals: 2 }];
    for (const [language, line] of [
      ['en', "Negotiation: 20 d · measured from the team's snapshots, 2 deals"],
      ['zh', '谈判阶段：20 天 · 依据团队快照中 2 笔交易测得'],
    ] as const) {
      const { page } = await openSidebar(browser, 'weekly-review', {
        getWeeklyReview: () => ({ ...weeklyReviewData(), language, stageDays: days }),
      });
      await page.getByTestId('stage-days').waitFor();
      const item = page.getByTestId('stage-days').locator('li');
      expect(await item.allTextContents()).toEqual([line]);
      expect(await item.getAttribute('data-source')).toBe('snapshots');
      await page.close();
    }
  });

  it('says why no deal can be stalled when no stage has average days', async () => {
    const { page } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: () => ({ ...weeklyReviewData(), stageDays: [] }),
    });
    await page.getByTestId('stage-days').waitFor();
    expect(await page.getByTestId('stage-days').locator('.warn').textContent()).toContain(
      'No stage has average days',
    );
    await page.close();
  });
});
