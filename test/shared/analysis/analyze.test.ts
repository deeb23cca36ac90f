import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import { deal, JAN_1, tenDeals } from './fixtures';

describe('analyze on ten hand-worked deals', () => {
  const report = analyze(tenDeals());

  it('counts won and lost and the win rate by deals and by amount', () => {
    // hand calculation: 3 won, 2 lost → 3 / 5 = 0.6
    // amounts: won 30,000 + 12,000 + 18,000 = 60,000; lost 9,000 + 6,000 = 15,000
    // by amount: 60,000 / 75,000 = 0.8; average deal size 60,000 / 3 = 20,000
    expect(report.deals).toBe(10);
    expect(report.winLoss).toMatchObject({
      won: 3,
      lost: 2,
      winRate: 0.6,
      wonAmount: 60_000,
      lostAmount: 15_000,
      avgWonAmount: 20_000,
      winRateByAmount: 0.8,
      winRateHealth: 'above', // founder-led band 15-25% (playbook §4)
    });
  });

  it('gives mean and median cycle days for won and lost deals', () => {
    // won cycles 30, 60, 20 → mean 110 / 3, median 30; lost 40, 10 → mean 25, median 25
    expect(report.winLoss.cycleDays.won.mean).toBeCloseTo(110 / 3, 9);
    expect(report.winLoss.cycleDays.won.median).toBe(30);
    expect(report.winLoss.cycleDays.lost).toEqual({ mean: 25, median: 25 });
  });

  it('sums the open and weighted pipeline by stage', () => {
    // open: 10,000 + 20,000 + 5,000 + blank + 8,000 = 43,000 over 5 deals
    // weighted (playbook §1 probabilities): 10,000×0.5 + 20,000×0.75 + 5,000×0.3 + 8,000×0.15
    //   = 5,000 + 15,000 + 1,500 + 1,200 = 22,700
    expect(report.pipeline.open).toEqual({ count: 5, amount: 43_000 });
    expect(report.pipeline.weighted).toBeCloseTo(22_700, 6);
    expect(report.pipeline.byStage.map((s) => [s.stage, s.count, s.amount])).toEqual([
      ['Prospecting', 1, 0],
      ['Discovery', 1, 8_000],
      ['Evaluation', 1, 5_000],
      ['Proposal', 1, 10_000],
      ['Negotiation', 1, 20_000],
    ]);
    expect(report.pipeline.byStage[4].weighted).toBe(15_000);
  });

  it('rolls every deal up by forecast category with all six categories present', () => {
    // Best Case: Proposal 10,000 + Negotiation capped by MEDDPICC 17 20,000 (playbook §3)
    expect(report.pipeline.forecast).toEqual({
      commit: { count: 0, amount: 0 },
      bestCase: { count: 2, amount: 30_000 },
      pipeline: { count: 1, amount: 5_000 },
      upside: { count: 2, amount: 8_000 },
      closed: { count: 3, amount: 60_000 },
      omitted: { count: 2, amount: 15_000 },
    });
  });

  it('groups by owner and source with blanks under the empty key', () => {
    // Ann: d1 d2 open, d6 d8 won (48,000; cycles 30, 20 → median 25), d10 lost
    // Bob: d3 d4 open, d7 won (12,000; 60), d9 lost; '': d5 (owner is only spaces)
    expect(report.winLoss.by.owner).toEqual([
      {
        key: 'Ann',
        deals: 5,
        open: 2,
        won: 2,
        lost: 1,
        winRate: 2 / 3,
        wonAmount: 48_000,
        lostAmount: 6_000,
        cycleDaysMedian: 25,
      },
      {
        key: 'Bob',
        deals: 4,
        open: 2,
        won: 1,
        lost: 1,
        winRate: 0.5,
        wonAmount: 12_000,
        lostAmount: 9_000,
        cycleDaysMedian: 60,
      },
      {
        key: '',
        deals: 1,
        open: 1,
        won: 0,
        lost: 0,
        winRate: null,
        wonAmount: 0,
        lostAmount: 0,
        cycleDaysMedian: null,
      },
    ]);
    // source: Referral 2 won 0 lost; Inbound 1 won 1 lost; '' (d4, d10) 0 won 1 lost
    expect(report.winLoss.by.source?.map((g) => [g.key, g.won, g.lost, g.winRate])).toEqual([
      ['Referral', 2, 0, 1],
      ['Inbound', 1, 1, 0.5],
      ['', 0, 1, 0],
    ]);
  });

  it('buckets closed deals by close month in calendar order', () => {
    // January: d6 won 30,000, d10 lost; February: d8 won 18,000, d9 lost; March: d7 won 12,000
    expect(
      report.winLoss.byMonth.map((m) => [m.month, m.won, m.lost, m.winRate, m.wonAmount]),
    ).toEqual([
      ['2026-01', 1, 1, 0.5, 30_000],
      ['2026-02', 1, 1, 0.5, 18_000],
      ['2026-03', 1, 0, 1, 12_000],
    ]);
  });

  it('builds an approximate snapshot funnel when a lost deal has no lost-at stage', () => {
    // reach: d4 d10 → Prospecting only (d10 guessed); d5 Discovery; d3 Evaluation;
    // d1 and d9 (lost at Proposal) Proposal; d2 Negotiation; d6 d7 d8 won
    // reached: 10, 8, 7, 6, 4; advanced: 8, 7, 6, 4, 3 (won)
    expect(report.funnel.method).toBe('snapshot');
    expect(report.funnel.approximate).toBe(true);
    expect(report.funnel.approximateDeals).toBe(1);
    expect(report.funnel.stages.map((s) => [s.stage, s.reached, s.advanced])).toEqual([
      ['Prospecting', 10, 8],
      ['Discovery', 8, 7],
      ['Evaluation', 7, 6],
      ['Proposal', 6, 4],
      ['Negotiation', 4, 3],
    ]);
    expect(report.funnel.stages[1].conversion).toBe(7 / 8);
  });

  it('computes velocity from open deals, win rate, deal size and mean won cycle', () => {
    // 5 × 0.6 × 20,000 / (110 / 3) = 60,000 × 3 / 110
    expect(report.velocity).toBeCloseTo(180_000 / 110, 9);
  });

  it('warns about the missing amount, the approximate funnel and the high win rate', () => {
    expect(report.warnings.map((w) => [w.code, w.count])).toEqual([
      ['missingAmount', 1],
      ['approximateFunnel', 1],
      ['winRateAboveBand', 5],
    ]);
    expect(report.warnings[1].message).toMatch(/approximate/);
  });

  it('leaves coverage out without a quota', () => {
    expect(report.coverage).toBeUndefined();
  });
});

describe('analyze options', () => {
  it('adds coverage against the quota minus won amount', () => {
    // 43,000 / (100,000 - 60,000) = 1.075 → under 3x
    const { coverage } = analyze(tenDeals(), { quota: 100_000 });
    expect(coverage).toEqual({ ratio: 1.075, remainingQuota: 40_000, health: 'under' });
  });

  it('counts only won deals closed in the quota period against the quota', () => {
    // January only: d6 30,000 → 43,000 / 70,000
    const { coverage } = analyze(tenDeals(), {
      quota: 100_000,
      quotaPeriod: { start: JAN_1, end: JAN_1 + 30 },
    });
    expect(coverage?.remainingQuota).toBe(70_000);
  });

  it('judges the win rate against a given band', () => {
    const report = analyze(tenDeals(), { winRateBand: { min: 0.5, max: 0.7 } });
    expect(report.winLoss.winRateHealth).toBe('healthy');
    expect(report.warnings.some((w) => w.code === 'winRateAboveBand')).toBe(false);
  });

  it('groups by the fields asked for', () => {
    const report = analyze(tenDeals(), { groupBy: ['lossReason'] });
    expect(Object.keys(report.winLoss.by)).toEqual(['lossReason']);
    expect(report.winLoss.by.lossReason?.find((g) => g.key === 'Price too high')?.lost).toBe(1);
  });

  it('warns about open deals past their expected close date when asOf is given', () => {
    const deals = [deal({ stage: 'Proposal', amount: 1, closeDate: JAN_1 })];
    const report = analyze(deals, { asOf: JAN_1 + 1 });
    expect(report.warnings.find((w) => w.code === 'closeDatePast')?.count).toBe(1);
  });

  it('uses a custom stage table', () => {
    const stages = createStageTable([
      { name: 'Intro', aliases: [], order: 1, probability: 0.2, kind: 'open' },
      { name: 'Signed', aliases: [], order: 2, probability: 1, kind: 'won' },
      { name: 'Dropped', aliases: [], order: 3, probability: 0, kind: 'lost' },
    ]);
    const report = analyze(
      [deal({ stage: 'Intro', amount: 1_000 }), deal({ stage: 'Signed', amount: 500 })],
      { stages },
    );
    expect(report.pipeline.weighted).toBe(200);
    expect(report.winLoss.won).toBe(1);
    expect(report.funnel.stages).toEqual([
      { stage: 'Intro', reached: 2, advanced: 1, conversion: 0.5 },
    ]);
  });
});

describe('analyze edge cases', () => {
  it('answers null, not 0, when no deal is closed', () => {
    const report = analyze([deal({ stage: 'Proposal', amount: 10_000 })]);
    expect(report.winLoss.winRate).toBeNull();
    expect(report.winLoss.winRateHealth).toBeNull();
    expect(report.winLoss.avgWonAmount).toBeNull();
    expect(report.winLoss.winRateByAmount).toBeNull();
    expect(report.winLoss.cycleDays.won).toEqual({ mean: null, median: null });
    expect(report.velocity).toBeNull();
    expect(report.warnings.map((w) => w.code)).toEqual(['noClosedDeals']);
  });

  it('gives zero figures and null conversions for no deals', () => {
    const report = analyze([]);
    expect(report.deals).toBe(0);
    expect(report.pipeline.open).toEqual({ count: 0, amount: 0 });
    expect(report.pipeline.byStage).toHaveLength(5);
    expect(Object.keys(report.pipeline.forecast)).toHaveLength(6);
    expect(report.funnel.stages.every((s) => s.reached === 0 && s.conversion === null)).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  it('keeps a deal with an unknown stage open and unweighted, in the unmapped group', () => {
    const report = analyze([
      deal({ stage: 'Pilot', amount: 5 }),
      deal({ stage: 'Pilot', amount: 3, probability: 0.5 }),
      deal({ stage: 'Won', amount: 7 }),
    ]);
    expect(report.deals).toBe(3);
    expect(report.winLoss.won).toBe(1);
    expect(report.pipeline.open).toEqual({ count: 2, amount: 8 });
    // Only the deal's own probability weighs an unmapped deal: 3 × 0.5.
    expect(report.pipeline.weighted).toBe(1.5);
    expect(report.pipeline.unmapped).toEqual({
      count: 2,
      amount: 8,
      weighted: 1.5,
      stages: [{ stage: 'Pilot', count: 2, amount: 8 }],
    });
    expect(report.pipeline.byStage.reduce((n, s) => n + s.count, 0)).toBe(0);
    // Upside, the weakest open category, when nothing else is known (playbook §3).
    expect(report.pipeline.forecast.upside).toEqual({ count: 2, amount: 8 });
    expect(report.warnings[0]).toMatchObject({ code: 'unmappedStage', count: 2 });
  });

  it('weighs a deal by its own probability before its stage probability', () => {
    // Proposal is 50% (playbook §1); the deal says 20%: 1,000 × 0.2 = 200.
    const report = analyze([deal({ stage: 'Proposal', amount: 1000, probability: 0.2 })]);
    expect(report.pipeline.weighted).toBe(200);
    expect(report.pipeline.byStage.find((s) => s.stage === 'Proposal')?.weighted).toBe(200);
  });

  it('counts closed deals without a close date and withholds biased monthly win rates', () => {
    // A lead export: every won deal dated, every lost deal undated. Each month
    // would show 100% beside an overall 2 / 6 = 33%.
    const report = analyze([
      deal({ stage: 'Won', amount: 1, closeDate: JAN_1 }),
      deal({ stage: 'Won', amount: 1, closeDate: JAN_1 + 40 }),
      deal({ stage: 'Lost', amount: 1 }),
      deal({ stage: 'Lost', amount: 1 }),
      deal({ stage: 'Lost', amount: 1 }),
      deal({ stage: 'Lost', amount: 1 }),
    ]);
    expect(report.winLoss.winRate).toBeCloseTo(2 / 6);
    expect(report.winLoss.undatedClosed).toEqual({ won: 0, lost: 4 });
    expect(report.winLoss.byMonthWinRateWithheld).toBe(true);
    expect(report.winLoss.byMonth.map((m) => [m.month, m.won, m.winRate])).toEqual([
      ['2026-01', 1, null],
      ['2026-02', 1, null],
    ]);
    const codes = report.warnings.map((w) => [w.code, w.count]);
    expect(codes).toContainEqual(['closedWithoutCloseDate', 4]);
    expect(codes).toContainEqual(['monthlyWinRateWithheld', 4]);
  });

  it('keeps monthly win rates when undated deals are as common among won as lost', () => {
    const report = analyze([
      deal({ stage: 'Won', amount: 1, closeDate: JAN_1 }),
      deal({ stage: 'Won', amount: 1 }),
      deal({ stage: 'Lost', amount: 1, closeDate: JAN_1 }),
      deal({ stage: 'Lost', amount: 1 }),
    ]);
    expect(report.winLoss.byMonthWinRateWithheld).toBe(false);
    expect(report.winLoss.byMonth[0].winRate).toBe(0.5);
  });

  it('leaves a close date before the created date out of cycle days', () => {
    const report = analyze([
      deal({ stage: 'Closed Won', amount: 1, created: JAN_1 + 5, closeDate: JAN_1 }),
      deal({ stage: 'Closed Won', amount: 1, created: JAN_1, closeDate: JAN_1 + 8 }),
    ]);
    expect(report.winLoss.cycleDays.won).toEqual({ mean: 8, median: 8 });
    expect(report.warnings.find((w) => w.code === 'negativeCycle')?.count).toBe(1);
  });

  it('warns about negative amounts and keeps velocity and coverage answerable', () => {
    const report = analyze(
      [
        deal({ stage: 'Proposal', amount: -500 }),
        deal({ stage: 'Closed Won', amount: -100, created: JAN_1, closeDate: JAN_1 + 10 }),
      ],
      { quota: 1_000 },
    );
    expect(report.pipeline.open.amount).toBe(-500);
    expect(report.velocity).toBeNull();
    // open counts as 0 and won as 0: 0 / 1,000
    expect(report.coverage).toEqual({ ratio: 0, remainingQuota: 1_000, health: 'under' });
    expect(report.warnings.find((w) => w.code === 'negativeAmount')?.count).toBe(2);
  });

  it('accepts the default stages as plain definitions too', () => {
    const report = analyze([deal({ stage: 'Demo', amount: 100 })], {
      stages: createStageTable(DEFAULT_STAGES),
    });
    expect(report.pipeline.byStage[2]).toEqual({
      stage: 'Evaluation',
      count: 1,
      amount: 100,
      weighted: 30,
    });
  });
});

describe('analyze with a forecast override left on closed deals', () => {
  it('counts a won deal as Closed and a lost deal as Omitted, not Commit', () => {
    // playbook §3: Closed Won deals are Closed; Closed Lost deals are Omitted
    const report = analyze([
      deal({ stage: 'Closed Won', amount: 40_000, forecastOverride: 'commit' }),
      deal({ stage: 'Closed Lost', amount: 7_000, forecastOverride: 'commit' }),
      deal({ stage: 'Proposal', amount: 10_000, forecastOverride: 'commit' }),
    ]);
    expect(report.pipeline.forecast).toMatchObject({
      commit: { count: 1, amount: 10_000 },
      closed: { count: 1, amount: 40_000 },
      omitted: { count: 1, amount: 7_000 },
    });
  });
});
