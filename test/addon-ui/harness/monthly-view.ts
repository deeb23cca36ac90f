import type { AnswerView, MonthlyAssessmentView } from '../../../addon/src/monthly/monthly-types';

/** The eight answers (playbook §9) for October 2026 as the server words them. */
const ANSWERS: AnswerView[] = [
  {
    question: 1,
    text: 'Is the win rate trending up, flat or down?',
    answer: 'up',
    answerText: 'Up',
    detail: 'Last 3 months 33% (6 of 18) against 25% (5 of 20) the 3 months before',
    figures: { recent: 6 / 18, previous: 5 / 20 },
  },
  {
    question: 2,
    text: 'At which stage are most deals lost?',
    answer: 'Evaluation',
    answerText: 'Evaluation',
    detail: '5 of 12 lost deals were lost at Evaluation',
    figures: { stage: 'Evaluation', lost: 5, of: 12 },
  },
  {
    question: 3,
    text: 'Am I reaching decision makers?',
    answer: 0.42,
    answerText: '42%',
    detail: 'Economic buyer scored 3 on 5 of 12 open deals',
    figures: { confirmed: 5, scored: 12 },
  },
  {
    question: 4,
    text: 'Is deal size rising or falling?',
    answer: 'down',
    answerText: 'Down',
    detail: 'Average won deal 46,000 against 58,000 the 3 months before',
    figures: { recent: 46_000, previous: 58_000 },
  },
  {
    question: 5,
    text: 'Which objection type do I handle worst?',
    answer: 'price',
    answerText: 'Price',
    detail: '4 of 9 losses with a reason were about price',
    figures: { type: 'price', count: 4, of: 9 },
  },
  {
    question: 6,
    text: 'Which lead source converts best?',
    answer: 'Referral',
    answerText: 'Referral',
    detail: 'Referral: 4 won of 6 closed (67%)',
    figures: { source: 'Referral', won: 4, closed: 6 },
  },
  {
    question: 7,
    text: 'Is my time on the right accounts?',
    answer: 0.78,
    answerText: '78%',
    detail: '78% of won value came from the top 20% of accounts (5 of 24)',
    figures: { share: 0.78, accounts: 5, of: 24 },
  },
  {
    question: 8,
    text: 'What did the last loss teach?',
    answer: 'Bring the economic buyer in before the proposal',
    answerText: 'Bring the economic buyer in before the proposal',
    detail: 'Wonka, lost on 2026-10-24 (Price)',
    figures: { deal: 'Wonka', closeDate: '2026-10-24' },
  },
];

/** What getMonthlyAssessment returns for October 2026, answered by the analytics service. */
export function monthlyView(overrides: Partial<MonthlyAssessmentView> = {}): MonthlyAssessmentView {
  return {
    language: 'en',
    month: '2026-10',
    sheetName: 'Pipeline',
    source: 'worker',
    sourceLabel: 'Using the analytics service',
    fallbackReason: null,
    snapshotAsOf: '2026-10-31',
    answers: ANSWERS,
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
    funnel: { approximate: true, stages: [] },
    lossReasons: [{ reason: 'Price', count: 4, amount: 170_000 }],
    dealCount: 48,
    problems: { count: 0, messages: [] },
    ...overrides,
  };
}
