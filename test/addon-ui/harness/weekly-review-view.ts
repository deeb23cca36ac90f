import type { TopDealView, WeeklyReviewView } from '../../../addon/src/review/weekly-review-types';

const ACCOUNTS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
];

/**
 * The ten largest open deals, 180,000 down to 45,000: the first red (close
 * date passed, no next step), the next two yellow, the rest green.
 */
function topDeals(): TopDealView[] {
  return ACCOUNTS.map((account, i) => {
    const risk = i === 0 ? 'red' : i < 3 ? 'yellow' : 'green';
    return {
      row: i + 2,
      id: `D-${101 + i}`,
      name: `${account} platform`,
      account,
      stage: i < 4 ? 'Negotiation' : 'Proposal',
      amount: 180_000 - i * 15_000,
      daysInStage: 40 - i * 3,
      nextStep: i === 0 ? '' : 'Security review call',
      nextStepDate: i === 0 ? '' : '2026-11-26',
      closeDate: i === 0 ? '2026-11-15' : '2026-12-18',
      risk,
      riskLabel: { red: 'Red', yellow: 'Yellow', green: 'Green' }[risk],
      reasons:
        risk === 'red'
          ? ['Expected close date has passed', 'No next step']
          : risk === 'yellow'
            ? ['No change for 14 days or more: re-qualify']
            : [],
    };
  });
}

/**
 * What getWeeklyReview returns for a pipeline of 48 deals in the week of
 * 2026-11-17 to 2026-11-23, with a 600,000 quarterly quota. Figures agree
 * with each other: coverage 845,000 / 480,000 = 1.76; win rate 9 / 30 = 30%;
 * velocity 12 × 0.3 × 52,000 / 74.4 = 2,516 a day.
 */
export function weeklyReviewView(overrides: Partial<WeeklyReviewView> = {}): WeeklyReviewView {
  const deal = (row: number, name: string, stage: string, amount: number) => ({
    row,
    id: `D-${row + 100}`,
    name,
    account: name.split(' ')[0],
    stage,
    amount,
    closeDate: '2026-12-20',
  });
  return {
    language: 'en',
    sheetName: 'Pipeline',
    asOf: '2026-11-23',
    week: { start: '2026-11-17', end: '2026-11-23' },
    dealCount: 48,
    // the whole team, as when Google gives the add-on no email
    rep: { owners: ['Ana Li', 'Ben Park'], owner: '', why: 'noEmail', email: '', quota: null },
    problems: { count: 1, messages: ['row 31, Amount: "TBD" is not a number'] },
    total: { count: 12, amount: 845_000 },
    weighted: 312_750,
    newDeals: {
      count: 2,
      amount: 70_000,
      deals: [
        deal(40, 'Vandelay import', 'Prospecting', 30_000),
        deal(41, 'Pied Piper', 'Discovery', 40_000),
      ],
    },
    // No earlier snapshot yet: advanced and slipped are the estimates from dates.
    history: { from: '', to: '', reason: 'none', detail: '', deals: [] },
    advanced: {
      count: 3,
      amount: 210_000,
      method: 'stageEntered',
      deals: [
        deal(2, 'Acme platform', 'Negotiation', 180_000),
        deal(12, 'Oscorp pilot', 'Evaluation', 20_000),
        deal(13, 'Nakatomi', 'Discovery', 10_000),
      ],
    },
    won: { count: 1, amount: 48_000, deals: [deal(20, 'Massive Dynamic', 'Closed Won', 48_000)] },
    lost: {
      count: 2,
      amount: 65_000,
      deals: [
        deal(21, 'Wonka', 'Closed Lost', 40_000),
        deal(22, 'Gringotts', 'Closed Lost', 25_000),
      ],
      reasons: [
        { reason: 'Price', count: 1, amount: 40_000 },
        { reason: 'No decision', count: 1, amount: 25_000 },
      ],
    },
    slipped: {
      count: 1,
      amount: 180_000,
      method: 'pastCloseDate',
      deals: [deal(2, 'Acme platform', 'Negotiation', 180_000)],
    },
    top: topDeals(),
    coverage: {
      quota: 600_000,
      period: { start: '2026-10-01', end: '2026-12-31' },
      wonInPeriod: 120_000,
      remainingQuota: 480_000,
      ratio: 845_000 / 480_000,
      health: 'under',
      healthLabel: 'Under-covered',
    },
    winRate: {
      value: 0.3,
      won: 9,
      lost: 21,
      band: { min: 0.2, max: 0.35 },
      health: 'healthy',
      healthLabel: 'Healthy',
    },
    averageDealSize: 52_000,
    cycleDays: { mean: 74.4, median: 68 },
    velocity: (12 * 0.3 * 52_000) / 74.4,
    stageConversion: {
      method: 'snapshot',
      approximate: true,
      stages: [
        { stage: 'Prospecting', reached: 40, advanced: 31, conversion: 31 / 40 },
        { stage: 'Discovery', reached: 31, advanced: 22, conversion: 22 / 31 },
        { stage: 'Evaluation', reached: 22, advanced: 14, conversion: 14 / 22 },
        { stage: 'Proposal', reached: 14, advanced: 9, conversion: 9 / 14 },
        { stage: 'Negotiation', reached: 9, advanced: 7, conversion: 7 / 9 },
      ],
    },
    ...overrides,
  };
}
