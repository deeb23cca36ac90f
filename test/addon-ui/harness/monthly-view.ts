import type { JsonAnswer, MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { DEFAULT_STAGE_TABLE } from '../../../shared/index';
import type { Deal } from '../../../shared/types';

/** The eight answers (playbook §9) for October 2026 as the analytics service sends them. */
const ANSWERS: JsonAnswer[] = [
  {
    question: 1,
    answer: 'up',
    figures: {
      recent: { from: '2026-08', to: '2026-10', winRate: 6 / 18 },
      previous: { from: '2026-05', to: '2026-07', winRate: 5 / 20 },
    },
  },
  {
    question: 2,
    answer: 'Evaluation',
    figures: { stage: 'Evaluation', lost: 5, of: 12 },
  },
  {
    question: 3,
    answer: 0.42,
    figures: { confirmed: 5, scored: 12 },
  },
  {
    question: 4,
    answer: 'down',
    figures: { recent: 46_000, previous: 58_000 },
  },
  {
    question: 5,
    answer: 'price',
    figures: { type: 'price', count: 4, of: 9 },
  },
  {
    question: 6,
    answer: 'Referral',
    figures: { source: 'Referral', won: 4, closed: 6 },
  },
  {
    question: 7,
    answer: 0.78,
    figures: { share: 0.78, accounts: 5, of: 24 },
  },
  {
    question: 8,
    answer: 'Bring the economic buyer in before the proposal',
    figures: { deal: 'Wonka', closeDate: '2026-10-24' },
  },
];

/** A YYYY-MM-DD day as the day number the server sends (days since 1970-01-01). */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The pipeline tab's 48 deals as the server reads them: October's two
 * closed deals, Wonka won 2026-10-10 and Zed lost at Negotiation 2026-10-20,
 * so out of Negotiation 1 of 2 won = 50%, under the 75% the playbook §1
 * probabilities imply (Negotiation 75% → Closed Won 100%); the other 46 are
 * open in Prospecting.
 */
function deals(): Deal[] {
  const open = Array.from({ length: 46 }, (_, i) => ({
    row: i + 4,
    id: `D${i + 3}`,
    stage: 'Prospecting',
    amount: 10_000,
    closeDate: day('2026-12-15'),
  }));
  return [
    {
      row: 2,
      id: 'D1',
      name: 'Wonka',
      stage: 'Closed Won',
      amount: 52_000,
      closeDate: day('2026-10-10'),
    },
    {
      row: 3,
      id: 'D2',
      name: 'Zed',
      stage: 'Closed Lost',
      lostAtStage: 'Negotiation',
      lossReason: 'Price',
      amount: 30_000,
      closeDate: day('2026-10-20'),
    },
    ...open,
  ];
}

/**
 * The accounts, activity and win/loss tabs as the server sends them for
 * October 2026 (today 2026-10-31), with headers and words in one language.
 * Tier 1: five accounts, four touched within 4 days = 80% exactly, which
 * does not exceed 80% (playbook §6); Fern is tier 3 and idle 90 days
 * (2026-08-02 → 2026-10-31). Ana works every activity band's low edge; Ben
 * sends 20 emails and makes 10 calls a day and holds 6 meetings a week
 * (playbook §8). Closing is self-scored (5 + 4) / 2 = 4.5 while Negotiation
 * converted 50% (playbook §9).
 */
export function templateTabs(language: 'en' | 'zh'): MonthlyData['tabs'] {
  const zh = language === 'zh';
  const t1 = zh ? '一级客户' : 'Tier 1';
  const full = zh ? '完全符合' : 'Full fit';
  const yes = zh ? '是' : 'Yes';
  return {
    accounts: {
      name: zh ? '客户' : 'Accounts',
      values: [
        zh
          ? ['客户', '客户等级', 'ICP 匹配度', '可见痛点', '负责人', '最近触达']
          : ['Account', 'Tier', 'ICP fit', 'Visible pain', 'Owner', 'Last touch'],
        ['Acme', t1, full, yes, 'Ana', '2026-10-29'],
        ['Bolt', t1, full, yes, 'Ana', '2026-10-20'],
        ['Crux', t1, full, yes, 'Ben', '2026-10-31'],
        ['Dyna', t1, full, yes, 'Ben', '2026-10-30'],
        ['Echo', t1, full, yes, 'Ben', '2026-10-28'],
        [
          'Fern',
          zh ? '三级客户' : 'Tier 3',
          zh ? '部分符合' : 'Partial fit',
          zh ? '否' : 'No',
          'Ana',
          '2026-08-02',
        ],
      ],
    },
    activity: {
      name: zh ? '活动' : 'Activity',
      values: [
        zh
          ? [
              '销售代表',
              '所在周',
              '工作天数',
              '邮件',
              '电话',
              '会议',
              '需求挖掘通话',
              '演示',
              '提案',
              '自主开发占比',
            ]
          : [
              'Rep',
              'Week of',
              'Days worked',
              'Emails',
              'Calls',
              'Meetings',
              'Discovery calls',
              'Demos',
              'Proposals',
              'Self-generated %',
            ],
        ['Ana', '2026-10-05', 5, 150, 75, 8, 5, 3, 2, 0.35],
        ['Ben', '2026-10-12', 5, 100, 50, 6, 5, 3, 2, 0.4],
      ],
    },
    winLoss: {
      name: zh ? '输赢分析' : 'Win-Loss',
      values: [
        zh
          ? [
              '交易',
              '结果',
              '金额',
              '成交日期',
              '主要原因',
              '有效做法',
              '无效做法',
              '经验教训',
              '促成交易',
            ]
          : [
              'Deal',
              'Outcome',
              'Amount',
              'Close date',
              'Primary reason',
              'What worked',
              'What did not',
              'Lesson',
              'Closing',
            ],
        [
          'Wonka',
          zh ? '赢单' : 'Won',
          52000,
          '2026-10-10',
          'Referral',
          'Early CFO call',
          '',
          '',
          5,
        ],
        [
          'Zed',
          zh ? '输单' : 'Lost',
          30000,
          '2026-10-20',
          'Price',
          '',
          'Late discount',
          'Anchor value first',
          4,
        ],
      ],
    },
  };
}

/**
 * What getMonthlyAssessment returns for October 2026: the sheet's deals and
 * the analytics service's answers and trend.
 */
export function monthlyData(overrides: Partial<MonthlyData> = {}): MonthlyData {
  return {
    language: 'en',
    month: '2026-10',
    sheetName: 'Pipeline',
    today: '2026-10-31',
    deals: deals(),
    stages: [...DEFAULT_STAGE_TABLE.stages],
    problems: { count: 0, messages: [] },
    fallback: null,
    // The service's two bodies, passed on by the server as they came.
    worker: {
      report: { month: '2026-10', snapshotAsOf: '2026-10-31', answers: ANSWERS },
      trends: {
        from: '2025-11',
        to: '2026-10',
        months: [
          {
            month: '2026-08',
            won: 2,
            lost: 4,
            winRate: 2 / 6,
            wonAmount: 96_000,
            averageDealSize: 48_000,
          },
          {
            month: '2026-09',
            won: 1,
            lost: 3,
            winRate: 1 / 4,
            wonAmount: 52_000,
            averageDealSize: 52_000,
          },
          {
            month: '2026-10',
            won: 3,
            lost: 5,
            winRate: 3 / 8,
            wonAmount: 138_000,
            averageDealSize: 46_000,
          },
        ],
      },
    },
    tabs: { accounts: null, activity: null, winLoss: null },
    ...overrides,
  };
}
