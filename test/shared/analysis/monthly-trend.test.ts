import { describe, expect, it } from 'vitest';
import { monthlyTrend } from '../../../shared/analysis/monthly-trend';
import { deal, FEB_1, JAN_1, tenDeals } from './fixtures';

describe('monthlyTrend', () => {
  it('gives win rate, deal size, cycle median and mean and won amount by close month', () => {
    // see tenDeals: January d6 won 30,000 in 30 days + d10 lost 6,000; February d8 won 18,000
    // in 20 days + d9 lost 9,000; March d7 won 12,000 in 60 days. Win rate 1 / (1 + 1) = 0.5.
    expect(monthlyTrend(tenDeals())).toEqual([
      {
        month: '2026-01',
        won: 1,
        lost: 1,
        winRate: 0.5,
        wonAmount: 30_000,
        lostAmount: 6_000,
        averageDealSize: 30_000,
        cycleDaysMedian: 30,
        cycleDaysMean: 30, // one won deal: mean = median
      },
      {
        month: '2026-02',
        won: 1,
        lost: 1,
        winRate: 0.5,
        wonAmount: 18_000,
        lostAmount: 9_000,
        averageDealSize: 18_000,
        cycleDaysMedian: 20,
        cycleDaysMean: 20, // one won deal: mean = median
      },
      {
        month: '2026-03',
        won: 1,
        lost: 0,
        winRate: 1,
        wonAmount: 12_000,
        lostAmount: 0,
        averageDealSize: 12_000,
        cycleDaysMedian: 60,
        cycleDaysMean: 60, // one won deal: mean = median
      },
    ]);
  });

  it('puts the last day of a month and the first of the next in different rows', () => {
    const rows = monthlyTrend([
      deal({ stage: 'Won', amount: 10, closeDate: FEB_1 - 1 }),
      deal({ stage: 'Won', amount: 20, closeDate: FEB_1 }),
      deal({ stage: 'Lost', amount: 5, closeDate: FEB_1 }),
    ]);
    expect(rows.map((r) => [r.month, r.won, r.lost])).toEqual([
      ['2026-01', 1, 0],
      ['2026-02', 1, 1],
    ]);
    expect(rows[1].cycleDaysMedian).toBeNull(); // no created date
    expect(rows[1].cycleDaysMean).toBeNull();
  });

  it('leaves out open deals and closed deals without a close date', () => {
    expect(
      monthlyTrend([
        deal({ stage: 'Proposal', amount: 1, closeDate: JAN_1 }),
        deal({ stage: 'Won', amount: 1 }),
      ]),
    ).toEqual([]);
  });

  it('gives a null deal size for a month with only losses', () => {
    const [row] = monthlyTrend([deal({ stage: 'Lost', amount: 1, closeDate: JAN_1 })]);
    expect(row).toMatchObject({ winRate: 0, averageDealSize: null });
  });

  it('gives mean and median cycles and leaves a deal closed before it was created out of both', () => {
    const [row] = monthlyTrend([
      deal({ stage: 'Won', amount: 1, created: JAN_1, closeDate: JAN_1 + 10 }),
      deal({ stage: 'Won', amount: 1, created: JAN_1, closeDate: JAN_1 + 20 }),
      deal({ stage: 'Won', amount: 1, created: JAN_1, closeDate: JAN_1 + 30 }),
      deal({ stage: 'Won', amount: 1, created: JAN_1 + 25, closeDate: JAN_1 + 29 }),
      deal({ stage: 'Won', amount: 1, created: JAN_1 + 9, closeDate: JAN_1 + 1 }),
    ]);
    // hand calculation: cycles 10, 20, 30, 4 (the -8 is left out) → mean 64 / 4 = 16, median 15
    expect(row).toMatchObject({ won: 5, cycleDaysMean: 16, cycleDaysMedian: 15 });
  });
});
