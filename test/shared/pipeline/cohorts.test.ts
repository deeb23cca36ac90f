import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_TABLE } from '../../../shared/index';
import { cohortWinRates, MATURING_OPEN_SHARE } from '../../../shared/pipeline/cohorts';
import type { Deal } from '../../../shared/types';

// Day numbers: 2026-01-01 is day 20454; January has 31 days, February 28.
const JAN_1 = 20454;
const FEB_1 = 20485;
const MAR_1 = 20513;
const APR_1 = MAR_1 + 31;
const stages = DEFAULT_STAGE_TABLE;
// Month indexes (year × 12 + month − 1): 2026-01 is 24312.
const JAN = 2026 * 12;

let row = 1;
const deal = (fields: Partial<Deal> & { stage: string }): Deal => ({
  row: ++row,
  amount: null,
  ...fields,
});

// A small pipeline worked out by hand:
// January cohort: 3 won (10,000 + 20,000 + blank), 1 lost, 1 open → 5 created,
//   win rate 3 / (3 + 1) = 0.75, open share 1 / 5 = 0.2 (not above 20%: settled).
// February cohort: none created.
// March cohort: 1 won (5,000), 1 lost, 2 open → 4 created, win rate 1 / 2 = 0.5,
//   open share 2 / 4 = 0.5 (still maturing).
// Undated: 1 lost, 1 open → win rate 0 / 1 = 0, open share 0.5.
const deals: Deal[] = [
  deal({ stage: 'Closed Won', amount: 10_000, created: JAN_1, closeDate: FEB_1 }),
  deal({ stage: 'Won', amount: 20_000, created: JAN_1 + 30, closeDate: MAR_1 }),
  deal({ stage: 'Won', created: JAN_1 + 5, closeDate: MAR_1 }),
  deal({ stage: 'Lost', amount: 7_000, created: JAN_1 + 10, closeDate: FEB_1 }),
  deal({ stage: 'Proposal', amount: 9_000, created: JAN_1 + 12 }),
  deal({ stage: 'Won', amount: 5_000, created: MAR_1, closeDate: APR_1 }),
  deal({ stage: 'Lost', amount: 1_000, created: MAR_1 + 2 }),
  deal({ stage: 'Discovery', amount: 3_000, created: MAR_1 + 30 }),
  deal({ stage: 'Negotiation', amount: 4_000, created: MAR_1 + 3 }),
  deal({ stage: 'Lost', amount: 2_000 }),
  deal({ stage: 'Qualification', amount: 2_500 }),
];

describe('cohortWinRates', () => {
  it('follows each creation month to its outcome, with empty months and the undated deals', () => {
    const result = cohortWinRates(deals, { stages });
    expect(result.cohorts).toEqual([
      {
        month: '2026-01',
        created: 5,
        won: 3,
        lost: 1,
        open: 1,
        wonAmount: 30_000,
        winRate: 0.75,
        openShare: 0.2,
        maturing: false,
      },
      {
        month: '2026-02',
        created: 0,
        won: 0,
        lost: 0,
        open: 0,
        wonAmount: 0,
        winRate: null,
        openShare: 0,
        maturing: false,
      },
      {
        month: '2026-03',
        created: 4,
        won: 1,
        lost: 1,
        open: 2,
        wonAmount: 5_000,
        winRate: 0.5,
        openShare: 0.5,
        maturing: true,
      },
    ]);
    expect(result.undated).toEqual({
      month: null,
      created: 2,
      won: 0,
      lost: 1,
      open: 1,
      wonAmount: 0,
      winRate: 0,
      openShare: 0.5,
      maturing: true,
    });
    // The won January deal with a blank amount.
    expect(result.missingAmount).toBe(1);
    // Every deal counted exactly once: 5 + 0 + 4 + 2 = 11.
    const total =
      result.cohorts.reduce((n, c) => n + c.created, 0) + (result.undated?.created ?? 0);
    expect(total).toBe(deals.length);
  });

  it('keeps to the asked months, still counting the undated deals once', () => {
    // February to April: February empty, March as above, April empty; January left out.
    const result = cohortWinRates(deals, { stages, from: JAN + 1, to: JAN + 3 });
    expect(result.cohorts.map((c) => [c.month, c.created, c.won, c.lost, c.open])).toEqual([
      ['2026-02', 0, 0, 0, 0],
      ['2026-03', 4, 1, 1, 2],
      ['2026-04', 0, 0, 0, 0],
    ]);
    expect(result.undated?.created).toBe(2);
    // The blank-amount deal is in January, outside the range.
    expect(result.missingAmount).toBe(0);
  });

  it('marks a cohort maturing only above the threshold, and counts an unknown stage as open', () => {
    expect(MATURING_OPEN_SHARE).toBe(0.2);
    // 1 open of 4 = 25% > 20%: maturing; the unknown stage is the open one.
    const result = cohortWinRates(
      [
        deal({ stage: 'Won', amount: 1, created: JAN_1 }),
        deal({ stage: 'Won', amount: 1, created: JAN_1 }),
        deal({ stage: 'Lost', amount: 1, created: JAN_1 }),
        deal({ stage: 'Somewhere else', amount: 1, created: JAN_1 }),
      ],
      { stages },
    );
    expect(result.cohorts).toHaveLength(1);
    expect(result.cohorts[0]).toMatchObject({ open: 1, openShare: 0.25, maturing: true });
    // 2 / (2 + 1), by deals (playbook §4).
    expect(result.cohorts[0].winRate).toBeCloseTo(2 / 3, 12);
    expect(result.undated).toBeNull();
  });

  it('gives no months for no deals', () => {
    expect(cohortWinRates([], { stages })).toEqual({
      cohorts: [],
      undated: null,
      missingAmount: 0,
    });
  });
});
