import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { DEFAULT_STAGE_TABLE } from '../../../shared/index';
import type { Deal } from '../../../shared/types';

/** A YYYY-MM-DD day as the day number the server sends (days since 1970-01-01). */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

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
 * The ten largest open deals, 180,000 down to 45,000 (1,125,000 in all),
 * Negotiation for the first four, Proposal for the rest, owned by Ana Li and
 * Ben Park in turn: Acme entered Negotiation this week, its close date
 * 2026-11-15 has passed and it has no next step (red); Globex and Initech
 * have had no activity since 2026-11-02, three weeks (yellow); the rest were
 * worked 2026-11-20 and have a next step on 2026-11-26 (green).
 */
function topDeals(): Deal[] {
  return ACCOUNTS.map((account, i) => ({
    row: i + 2,
    id: `D-${101 + i}`,
    name: `${account} platform`,
    account,
    owner: i % 2 === 0 ? 'Ana Li' : 'Ben Park',
    stage: i < 4 ? 'Negotiation' : 'Proposal',
    amount: 180_000 - i * 15_000,
    created: day('2026-08-03'),
    stageEntered: day(i === 0 ? '2026-11-18' : '2026-11-02'),
    lastActivity: day(i === 1 || i === 2 ? '2026-11-02' : '2026-11-20'),
    ...(i === 0 ? {} : { nextStep: 'Security review call', nextStepDate: day('2026-11-26') }),
    closeDate: day(i === 0 ? '2026-11-15' : '2026-12-18'),
  }));
}

/** A closed deal: won or lost on `closed`, created on `created`. */
function closed(
  row: number,
  name: string,
  stage: 'Closed Won' | 'Closed Lost',
  amount: number,
  created: string,
  closeDate: string,
  lost: { lossReason?: string; lostAtStage?: string } = {},
): Deal {
  return {
    row,
    id: `D-${row + 100}`,
    name,
    account: name.split(' ')[0],
    owner: 'Ana Li',
    stage,
    amount,
    created: day(created),
    closeDate: day(closeDate),
    ...lost,
  };
}

/**
 * What getWeeklyReview sends for a pipeline of 18 deals on 2026-11-23 (the
 * week 2026-11-17 to 2026-11-23), with a 600,000 quarterly quota and the
 * mature-team win-rate band (20%–35%, playbook §4). Hand calculation:
 * - open: the ten of `topDeals` plus Vandelay (Prospecting, 30,000) and Pied
 *   Piper (Discovery, 40,000), both created this week: 12 deals, 1,195,000;
 * - weighted (playbook §1 probabilities): 630,000 × 75% + 495,000 × 50% +
 *   30,000 × 5% + 40,000 × 15% = 727,500;
 * - won: Massive Dynamic 48,000 (2026-09-05 → 2026-11-19, 75 days, this week)
 *   and Initrode 72,000 (2026-07-01 → 2026-08-15, 45 days): average 60,000,
 *   cycle mean and median 60 days;
 * - lost: Wonka 40,000 (Price) and Gringotts 25,000 (No decision) this
 *   week, Bluth 10,000 and Dunder 20,000 before: win rate 2 / 6 = 33%;
 * - coverage: 1,195,000 / (600,000 − 48,000 won this quarter) = 2.16, under 3×;
 * - velocity: 12 × 2/6 × 60,000 / 60 = 4,000 a day;
 * - Bluth and Dunder have no "lost at stage", so stage conversion is approximate.
 */
export function weeklyReviewData(overrides: Partial<WeeklyReviewData> = {}): WeeklyReviewData {
  const fresh = (row: number, name: string, stage: string, amount: number, created: string) => ({
    row,
    id: `D-${row + 100}`,
    name,
    account: name.split(' ')[0],
    owner: 'Ben Park',
    stage,
    amount,
    created: day(created),
    stageEntered: day(created),
    lastActivity: day('2026-11-21'),
    nextStep: 'Discovery call',
    nextStepDate: day('2026-11-25'),
    closeDate: day('2027-02-26'),
  });
  return {
    language: 'en',
    sheetName: 'Pipeline',
    today: '2026-11-23',
    deals: [
      ...topDeals(),
      fresh(12, 'Vandelay import', 'Prospecting', 30_000, '2026-11-18'),
      fresh(13, 'Pied Piper', 'Discovery', 40_000, '2026-11-20'),
      closed(14, 'Massive Dynamic', 'Closed Won', 48_000, '2026-09-05', '2026-11-19'),
      closed(15, 'Initrode', 'Closed Won', 72_000, '2026-07-01', '2026-08-15'),
      closed(16, 'Wonka', 'Closed Lost', 40_000, '2026-09-01', '2026-11-20', {
        lossReason: 'Price',
        lostAtStage: 'Proposal',
      }),
      closed(17, 'Gringotts', 'Closed Lost', 25_000, '2026-09-01', '2026-11-21', {
        lossReason: 'No decision',
        lostAtStage: 'Evaluation',
      }),
      closed(18, 'Bluth', 'Closed Lost', 10_000, '2026-06-01', '2026-09-10'),
      closed(19, 'Dunder', 'Closed Lost', 20_000, '2026-07-01', '2026-10-05'),
    ],
    stages: [...DEFAULT_STAGE_TABLE.stages],
    stageDays: [],
    problems: { count: 1, messages: ['row 31, Amount: "TBD" is not a number'] },
    // No earlier snapshot yet: advanced and slipped are the estimates from dates.
    history: { from: '', to: '', reason: 'none', detail: '', deals: [] },
    // the whole team, as when Google gives the add-on no email
    rep: { owners: ['Ana Li', 'Ben Park'], owner: '', why: 'noEmail', email: '', quota: null },
    quota: 600_000,
    quotaPeriod: 'quarter',
    winRateBand: 'mature',
    ...overrides,
  };
}
