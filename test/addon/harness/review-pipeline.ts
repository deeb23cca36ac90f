// A small pipeline worked by hand for the weekly review and the monthly
// assessment. "Today" is 2026-11-23, so the review week is 2026-11-17 to
// 2026-11-23 and the quota quarter 2026-10-01 to 2026-12-31.

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const REVIEW_NOW = '2026-11-23T10:00:00Z';

export const REVIEW_HEADER = [
  'Deal ID',
  'Deal',
  'Account',
  'Stage',
  'Amount',
  'Created',
  'Close date',
  'Stage entered',
  'Loss reason',
  'Next step',
  'Next step date',
  'Source',
  'Lost at stage',
  'Lesson',
];

export function reviewPipeline(): unknown[][] {
  // biome-ignore format: one deal per line reads as the table it is
  return [
    [...REVIEW_HEADER],
    // open, moved to Proposal this week, green
    ['D1', 'Alpha', 'Acme', 'Proposal', 100000, d('2026-09-01'), d('2026-12-20'), d('2026-11-18'), '', 'Demo', d('2026-11-30'), 'Referral', '', ''],
    // open, close date passed, no next step: slipped and red
    ['D2', 'Beta', 'Beta Co', 'Negotiation', 50000, d('2026-08-01'), d('2026-11-10'), d('2026-10-01'), '', '', '', 'Outbound', '', ''],
    // open, created this week in the first stage: new, not advanced
    ['D3', 'Gamma', 'Gamma Co', 'Prospecting', 20000, d('2026-11-20'), d('2027-01-31'), d('2026-11-20'), '', 'Call', d('2026-11-25'), 'Outbound', '', ''],
    // won this week (and in the quarter)
    ['D4', 'Delta', 'Delta Co', 'Closed Won', 40000, d('2026-09-15'), d('2026-11-19'), '', '', '', '', 'Referral', '', ''],
    // lost this week over price, at Proposal
    ['D5', 'Epsilon', 'Eps Co', 'Closed Lost', 30000, d('2026-10-01'), d('2026-11-21'), '', 'Price too high', '', '', 'Outbound', 'Proposal', 'Anchor value before price'],
    // won in August
    ['D6', 'Zeta', 'Zeta Co', 'Closed Won', 10000, d('2026-07-01'), d('2026-08-31'), '', '', '', '', 'Referral', '', ''],
    // lost in September over timing, at Evaluation
    ['D7', 'Eta', 'Eta Co', 'Closed Lost', 20000, d('2026-06-01'), d('2026-09-30'), '', 'Bad timing', '', '', 'Referral', 'Evaluation', ''],
  ];
}

/** The default stage table's rows as typed in the sheet, with 30 days typed as Proposal's average stay. */
export function stageTableWithProposalAverage(): string[][] {
  return [
    ['Prospecting', '0.05', 'open', '', ''],
    ['Discovery', '0.15', 'open', '', ''],
    ['Evaluation', '0.3', 'open', '', ''],
    ['Proposal', '0.5', 'open', '', '30'],
    ['Negotiation', '0.75', 'open', '', ''],
    ['Closed Won', '1', 'won', '', ''],
    ['Closed Lost', '0', 'lost', '', ''],
  ];
}
