// A small pipeline of two owners, worked by hand for the per-rep weekly
// review and monthly self-assessment, with Settings' owner mapping.

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Today is 2026-11-23: the week is 2026-11-17..23, the quarter 2026-10-01..12-31. */
export function repPipeline(): unknown[][] {
  // biome-ignore format: one deal per line reads as the table it is
  return [
    ['Deal ID', 'Deal', 'Account', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Stage entered', 'Loss reason', 'Next step', 'Next step date'],
    // Ana: open, entered Proposal this week (advanced)
    ['A1', 'Alpha', 'Acme', 'Ana', 'Proposal', 100000, d('2026-09-01'), d('2026-12-20'), d('2026-11-18'), '', 'Demo', d('2026-11-30')],
    // Ana: won this week, in the quarter
    ['A2', 'Delta', 'Delta Co', 'Ana', 'Closed Won', 40000, d('2026-09-15'), d('2026-11-19'), '', '', '', ''],
    // Ana: new this week, first stage
    ['A3', 'Gamma', 'Gamma Co', 'Ana', 'Prospecting', 20000, d('2026-11-20'), d('2027-01-31'), d('2026-11-20'), '', 'Call', d('2026-11-25')],
    // Ben: open, close date passed (slipped)
    ['B1', 'Beta', 'Beta Co', 'Ben', 'Negotiation', 50000, d('2026-08-01'), d('2026-11-10'), d('2026-10-01'), '', '', ''],
    // Ben: lost this week over price
    ['B2', 'Epsilon', 'Eps Co', 'Ben', 'Closed Lost', 30000, d('2026-10-01'), d('2026-11-21'), '', 'Price too high', '', ''],
    // Ben: won in October (in the quarter, not this week)
    ['B3', 'Zeta', 'Zeta Co', 'Ben', 'Closed Won', 10000, d('2026-07-01'), d('2026-10-15'), '', '', '', ''],
  ];
}

export const REP_SETTINGS = {
  quota: 300000,
  reps: [
    { name: 'Ana', email: 'ana@example.com', quota: 200000 },
    { name: 'Ben', email: 'ben@example.com', quota: 60000 },
    { name: 'Cy', email: '', quota: null },
  ],
};
