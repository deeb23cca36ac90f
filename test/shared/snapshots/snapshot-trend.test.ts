import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_TABLE } from '../../../shared/index';
import { snapshotTrend } from '../../../shared/snapshots/snapshot-trend';
import type { Deal } from '../../../shared/types';

// Day numbers: 2026-01-01 is day 20454; January has 31 days, February 28.
const JAN_1 = 20454;
const FEB_1 = 20485;
const MAR_1 = 20513;
const stages = DEFAULT_STAGE_TABLE;

let row = 1;
const deal = (fields: Partial<Deal> & { stage: string }): Deal => ({
  row: ++row,
  amount: null,
  ...fields,
});

describe('snapshotTrend', () => {
  const january = {
    asOf: JAN_1 + 1,
    stages,
    deals: [
      deal({ stage: 'Proposal', amount: 10_000 }),
      deal({ stage: 'Negotiation', amount: 20_000 }),
    ],
  };
  const newest = {
    asOf: FEB_1 + 10,
    stages,
    deals: [
      deal({ stage: 'Won', amount: 30_000, created: JAN_1 - 20, closeDate: JAN_1 + 10 }),
      deal({ stage: 'Won', amount: 10_000, created: JAN_1, closeDate: JAN_1 + 20 }),
      deal({ stage: 'Lost', amount: 10_000, created: JAN_1, closeDate: JAN_1 + 5 }),
      deal({ stage: 'Won', amount: 6_000, created: JAN_1, closeDate: FEB_1 + 2 }),
      deal({ stage: 'Proposal', amount: 50_000 }),
    ],
  };

  it('gives closed figures by close month and pipeline from the first snapshot of the month', () => {
    const months = snapshotTrend([newest, january], { from: JAN_1, to: MAR_1 - 1, quota: 50_000 });
    // hand calculation, January: won 30,000 (30 days) and 10,000 (20 days), lost 10,000
    // → win rate 2/3, by amount 40,000 / 50,000 = 0.8, average 20,000, mean cycle 25;
    // pipeline from the 2026-01-02 snapshot: open 30,000, weighted 10,000 × 0.5 + 20,000 × 0.75
    // = 20,000 (playbook §1 probabilities), coverage 30,000 / (50,000 − 40,000) = 3
    expect(months[0]).toEqual({
      month: '2026-01',
      won: 2,
      lost: 1,
      winRate: 2 / 3,
      winRateByAmount: 0.8,
      wonAmount: 40_000,
      averageDealSize: 20_000,
      cycleDays: 25,
      snapshotAsOf: JAN_1 + 1,
      openPipeline: 30_000,
      weightedPipeline: 20_000,
      coverage: 3,
    });
    // February: one won deal of 6,000 in 33 days; pipeline from the 2026-02-11 snapshot
    // 50,000, coverage 50,000 / (50,000 − 6,000)
    expect(months[1]).toMatchObject({
      month: '2026-02',
      won: 1,
      lost: 0,
      winRate: 1,
      cycleDays: 33,
      openPipeline: 50_000,
      coverage: 50_000 / 44_000,
    });
  });

  it('does not throw on a stored deal that closed before it was created', () => {
    const snapshot = {
      asOf: FEB_1,
      stages,
      deals: [
        deal({ stage: 'Won', amount: 5_000, created: JAN_1 + 10, closeDate: JAN_1 }),
        deal({ stage: 'Won', amount: 5_000, created: JAN_1, closeDate: JAN_1 + 12 }),
      ],
    };
    const [month] = snapshotTrend([snapshot], { from: JAN_1, to: JAN_1 });
    // both deals count as won; only the 12-day cycle has a valid length
    expect(month).toMatchObject({ won: 2, wonAmount: 10_000, cycleDays: 12 });
  });

  it('does not throw on negative amounts (credit notes) in the win rate or coverage', () => {
    const snapshot = {
      asOf: JAN_1,
      stages,
      deals: [
        deal({ stage: 'Won', amount: -2_000, closeDate: JAN_1 + 3 }),
        deal({ stage: 'Lost', amount: -1_000, closeDate: JAN_1 + 4 }),
        deal({ stage: 'Proposal', amount: -500 }),
      ],
    };
    const [month] = snapshotTrend([snapshot], { from: JAN_1, to: JAN_1, quota: 10_000 });
    // the same rules as analyze: no positive closed amount → no win rate by amount;
    // a negative open pipeline counts as 0 for coverage: 0 / 10,000
    expect(month).toMatchObject({
      won: 1,
      lost: 1,
      winRate: 0.5,
      winRateByAmount: null,
      wonAmount: -2_000,
      openPipeline: -500,
      coverage: 0,
    });
  });

  it('leaves out a stored deal whose stage its snapshot does not know', () => {
    const snapshot = {
      asOf: JAN_1,
      stages,
      deals: [
        deal({ stage: 'Pilot', amount: 9_000, closeDate: JAN_1 }),
        deal({ stage: 'Won', amount: 1_000, closeDate: JAN_1 }),
      ],
    };
    const [month] = snapshotTrend([snapshot], { from: JAN_1, to: JAN_1 });
    expect(month).toMatchObject({ won: 1, wonAmount: 1_000, openPipeline: 0 });
  });

  it('names months across a year end', () => {
    const snapshot = { asOf: JAN_1, stages, deals: [] };
    // 2025-12-15 is day 20437 (17 days before 2026-01-01)
    expect(snapshotTrend([snapshot], { from: 20437, to: JAN_1 }).map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
    ]);
  });

  it('rejects an empty list of snapshots and a reversed range', () => {
    expect(() => snapshotTrend([], { from: JAN_1, to: JAN_1 })).toThrow(
      'snapshotTrend: no snapshot to read',
    );
    expect(() =>
      snapshotTrend([{ asOf: JAN_1, stages, deals: [] }], { from: FEB_1, to: JAN_1 }),
    ).toThrow('snapshotTrend: the range ends before it starts');
  });
});
