import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { answerDetail } from '../../../addon/src/sidebar/client/answer-detail';
import { monthlyReportLayout } from '../../../addon/src/sidebar/client/monthly-report-layout';
import { monthlyReportSections } from '../../../addon/src/sidebar/client/monthly-report-sections';
import { monthlySections } from '../../../addon/src/sidebar/client/monthly-sections';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { templateQuery } from '../../../addon/src/sidebar/client/template-query';
import { type Addon, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';
import { accountsTab, activityTab, winLossTab } from '../harness/template-tabs';

// The built bundle reads the template tabs; the monthly sidebar's own code
// (imported here from its source: it is plain TypeScript with no page in it)
// works the sections out, lays out the report and sends it with the call
// that writes the report tab.

/** The server's data for a month run through the sidebar's computation. */
function assess(addon: Addon, ...args: unknown[]) {
  return monthlyView(addon.call<MonthlyData>('getMonthlyAssessment', ...args));
}

function open(language: 'en' | 'zh' = 'en', tabs = true) {
  const addon = loadAddon({
    sheets: {
      Pipeline: reviewPipeline(),
      ...(tabs ? { 客户: accountsTab(), Activity: activityTab(), 'Win-Loss': winLossTab() } : {}),
    },
    now: REVIEW_NOW,
  });
  addon.userProperties.store.set('salesPlaybook.language', language);
  return addon;
}

describe('monthly sections from the template tabs', () => {
  it('reads the tabs by their headers in either language, dates as the days the sheet shows', () => {
    const addon = open();
    const view = assess(addon, '2026-11', templateQuery());
    expect(view.today).toBe('2026-11-23');
    expect(view.tabs.accounts?.name).toBe('客户');
    expect(view.tabs.accounts?.values[1]).toEqual([
      'Acme',
      '一级客户',
      '完全符合',
      '是',
      'Ana',
      '2026-11-20',
      3,
    ]);
    expect(view.tabs.activity?.values).toHaveLength(5);
    expect(view.tabs.winLoss?.name).toBe('Win-Loss');
    // deals closed in November (review pipeline): D4 won, D5 lost at Proposal
    expect(view.monthFunnel.map((s) => [s.stage, s.reached, s.conversion])).toEqual([
      ['Prospecting', 2, 1],
      ['Discovery', 2, 1],
      ['Evaluation', 2, 1],
      ['Proposal', 2, 0.5],
      ['Negotiation', 1, 1],
    ]);
    // without the query the tabs are not read at all
    const plain = assess(addon, '2026-11');
    expect(plain.tabs).toEqual({ accounts: null, activity: null, winLoss: null });
  });

  it('works out the territory review, activity and self-scores with the playbook numbers', () => {
    const addon = open();
    const view = assess(addon, '2026-11', templateQuery());
    const s = monthlySections(view);

    // playbook §6: tier 1 = Acme, Bolt, Crux, Dyna; touched within 4 days: Acme, Crux, Dyna → 75%
    const review = s.territory!.review;
    expect(review.tiers[1]).toEqual({ accounts: 4, touched: 3, coverage: 0.75, windowDays: 4 });
    expect(review.tier1Healthy).toBe(false);
    expect(review.drop.map((a) => [a.account, a.idleDays])).toEqual([
      ['Echo', 90],
      ['Gale', null],
    ]);
    expect(review.reTier.map((a) => [a.account, a.tier, a.suggested])).toEqual([['Crux', 1, 2]]);

    // playbook §8: Ana on every low edge; Ben's October week left out
    const [ana, ben] = s.activity!.reps;
    expect(ana.results.every((r) => r.status === 'onTarget')).toBe(true);
    expect(Object.fromEntries(ben.results.map((r) => [r.metric, r.status]))).toEqual({
      emails: 'above',
      calls: 'below',
      meetings: 'above',
      discoveryCalls: 'onTarget',
      demos: 'onTarget',
      proposals: 'onTarget',
      selfGeneratedShare: 'below',
    });

    // playbook §9: three November deals; closing (5 + 4 + 3) / 3 = 4 against Negotiation → Won 100%
    const w = s.winLoss!;
    expect([w.won, w.lost]).toEqual([2, 1]);
    expect(w.winReasons).toEqual([{ reason: 'Champion pushed', count: 2, amount: 50000 }]);
    const skill = (name: string) => w.skills.find((k) => k.skill === name)!;
    expect(skill('closing')).toMatchObject({ selfScore: 4, scored: 3, mismatch: false });
    // objection handling (5 + 4) / 2 = 4.5 while Proposal converted 50% < 50/75 → flagged
    expect(skill('objectionHandling').selfScore).toBe(4.5);
    expect(skill('objectionHandling').outcome.value).toBe(0.5);
    expect(skill('objectionHandling').mismatch).toBe(true);
    // relationship 4 while tier-1 coverage is 75% (not above 80%) → flagged
    expect(skill('relationship')).toMatchObject({ selfScore: 4, mismatch: true });

    // what could not be read is said with its tab, row and column
    expect(s.problems).toEqual([
      '客户 row 9, 客户等级: "Tier 9" is not Tier 1 / Tier 2 / Tier 3 / New inbound; left out',
      'Activity row 5, Days worked: "9" is not a number of days from 0.5 to 7; left out',
    ]);
  });

  it('writes the sections into the report tab after its own tables, in Chinese for a Chinese user', () => {
    const addon = open('zh');
    const view = assess(addon, '2026-11', templateQuery());
    const sections = monthlyReportSections(monthlySections(view), view);
    const details = view.answers.map((a) => answerDetail(a, 'zh'));
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeMonthlyReportTab',
      '2026-11',
      monthlyReportLayout(view, sections, details),
    );
    expect(sheetName).toBe('报告 2026-11');
    const rows = addon.book.getSheetByName(sheetName)!.data;
    const at = (title: string) => rows.findIndex((r) => r[0] === title);
    expect(at('区域回顾')).toBeGreaterThan(at('输单原因'));
    expect(rows[at('区域回顾') + 3].slice(0, 5)).toEqual(['一级客户', 4, 3, '75%', 4]);
    expect(rows.some((r) => r[0] === '一级客户覆盖率 75%：须高于 80%')).toBe(true);
    expect(rows[at('剔除：三级客户，90 天未触达') + 2].slice(0, 2)).toEqual(['Echo', 90]);
    const activity = at('活动与目标');
    expect(rows[activity + 2].slice(0, 3)).toEqual(['目标', '', '30-50 每天']);
    expect(rows[activity + 4][0]).toBe('Ben');
    expect(rows[activity + 4][8]).toBe('20%');
    expect(rows[activity + 4][9]).toBe(
      '邮件：高于目标；电话：低于目标；会议：高于目标；自主开发管道的时间占比：低于目标',
    );
    expect(rows.some((r) => r[0] === '赢单原因')).toBe(true);
    const scores = at('自评与结果');
    const objection = rows.slice(scores).find((r) => r[0] === '异议处理')!;
    expect(objection.slice(1, 7)).toEqual([
      4.5,
      2,
      '提案阶段转化率',
      '50%',
      '67%',
      '自评高但结果弱：请重新审视这项技能',
    ]);
    expect(addon.book.writes.every((w) => w.sheet === sheetName)).toBe(true);
  });

  it('says in the report which tab is missing and how to add it', () => {
    const addon = open('en', false);
    const view = assess(addon, '2026-11', templateQuery());
    const sections = monthlyReportSections(monthlySections(view), view);
    expect(sections.map((s) => [s.title, s.rows])).toEqual([
      [
        'Territory review',
        [
          [
            'No accounts tab yet: the add-on menu item "Add accounts, activity or win/loss tabs" adds one.',
          ],
        ],
      ],
      [
        'Activity against targets',
        [
          [
            'No activity tab yet: the add-on menu item "Add accounts, activity or win/loss tabs" adds one.',
          ],
        ],
      ],
      [
        'Self-scores and outcomes',
        [
          [
            'No win/loss tab yet: the add-on menu item "Add accounts, activity or win/loss tabs" adds one.',
          ],
        ],
      ],
    ]);
  });

  it('refuses a malformed report before writing anything', () => {
    const addon = open();
    const good = monthlyReportLayout(assess(addon, '2026-11'));
    const refused = (report: unknown) => () =>
      addon.call('writeMonthlyReportTab', '2026-11', report);
    // a cell that is neither text, number nor yes/no (an object, a non-finite number)
    expect(refused({ ...good, rows: [...good.rows, [{}]] })).toThrow(
      'writeMonthlyReportTab: the report must be rows of text, number or yes/no cells',
    );
    expect(refused({ ...good, rows: [...good.rows, [Number.NaN]] })).toThrow(
      'writeMonthlyReportTab: the report must be rows of text, number or yes/no cells',
    );
    expect(refused([])).toThrow(
      'writeMonthlyReportTab: the report must be rows of text, number or yes/no cells',
    );
    // a title row past the last row
    expect(refused({ ...good, titles: [1, good.rows.length + 1] })).toThrow(
      `writeMonthlyReportTab: the report's titles must be row numbers from 1 to ${good.rows.length}`,
    );
    // a chart table running past the last row
    expect(
      refused({ ...good, lossReasons: { ...good.lossReasons, rows: good.rows.length } }),
    ).toThrow(
      `writeMonthlyReportTab: the report's lossReasons table must be { headerRow, rows, title } within its ${good.rows.length} rows`,
    );
    expect(refused({ ...good, months: undefined })).toThrow(
      "writeMonthlyReportTab: the report's months table must be { headerRow, rows, title }",
    );
    expect(addon.book.sheets.map((s) => s.name)).toEqual([
      'Pipeline',
      '客户',
      'Activity',
      'Win-Loss',
    ]);
  });
});
