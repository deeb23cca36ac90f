import type { Deal } from '../../../shared/types';

/** Day numbers used by the analysis tests (2026-01-01 is day 20454). */
export const JAN_1 = 20454;
export const FEB_1 = 20485; // January has 31 days
export const MAR_1 = 20513; // 2026 is not a leap year: February has 28 days
export const APR_1 = 20544;

let row = 1;

/** A deal with only the fields a test cares about; amount blank unless given. */
export function deal(fields: Partial<Deal> & { stage: string }): Deal {
  row++;
  return { row, amount: null, ...fields };
}

/**
 * Ten deals worked out by hand in analyze.test.ts:
 * five open (one per open stage, one without an amount), three won, two lost.
 */
export function tenDeals(): Deal[] {
  return [
    deal({ id: 'd1', stage: 'Proposal', amount: 10_000, owner: 'Ann', source: 'Referral' }),
    deal({
      id: 'd2',
      stage: 'Negotiation',
      amount: 20_000,
      owner: 'Ann',
      source: 'Inbound',
      meddpicc: [3, 3, 2, 2, 2, 2, 2, 1], // total 17 → capped at Best Case (playbook §3)
    }),
    deal({ id: 'd3', stage: 'Evaluation', amount: 5_000, owner: 'Bob', source: 'Referral' }),
    deal({ id: 'd4', stage: 'Prospecting', amount: null, owner: 'Bob' }),
    deal({ id: 'd5', stage: 'Discovery', amount: 8_000, owner: '  ', source: 'Inbound' }),
    deal({
      id: 'd6',
      stage: 'Closed Won',
      amount: 30_000,
      owner: 'Ann',
      source: 'Referral',
      created: JAN_1,
      closeDate: JAN_1 + 30, // 2026-01-31, 30 days
    }),
    deal({
      id: 'd7',
      stage: 'Closed Won',
      amount: 12_000,
      owner: 'Bob',
      source: 'Inbound',
      created: JAN_1,
      closeDate: JAN_1 + 60, // 2026-03-02, 60 days
    }),
    deal({
      id: 'd8',
      stage: 'Closed Won',
      amount: 18_000,
      owner: 'Ann',
      source: 'Referral',
      created: JAN_1 + 26,
      closeDate: JAN_1 + 46, // 2026-02-16, 20 days
    }),
    deal({
      id: 'd9',
      stage: 'Closed Lost',
      amount: 9_000,
      owner: 'Bob',
      source: 'Inbound',
      lostAtStage: 'Proposal',
      lossReason: 'Price too high',
      created: JAN_1,
      closeDate: JAN_1 + 40, // 2026-02-10, 40 days
    }),
    deal({
      id: 'd10',
      stage: 'Closed Lost',
      amount: 6_000,
      owner: 'Ann',
      created: JAN_1 + 6,
      closeDate: JAN_1 + 16, // 2026-01-17, 10 days; no "lost at stage"
    }),
  ];
}
