import { describe, expect, it } from 'vitest';
import { weeklyReview } from '../../../shared/analysis/weekly-review';
import type { Deal } from '../../../shared/types';
import { deal, MAR_1 } from './fixtures';

// asOf 2026-03-15 (day 20527): the week is 20521..20527 (Mar 9-15), the period is March
// (20513..20543)
const asOf = MAR_1 + 14;

const current: Deal[] = [
  deal({
    id: 'a',
    stage: 'Proposal',
    amount: 50_000,
    created: 20400,
    stageEntered: 20523,
    closeDate: 20540,
    nextStep: 'Send the mutual action plan',
    nextStepDate: 20530,
  }),
  deal({
    id: 'b',
    stage: 'Negotiation',
    amount: 80_000,
    created: 20300,
    stageEntered: 20500,
    closeDate: 20545,
    nextStep: 'Legal review',
  }),
  deal({ id: 'c', stage: 'Discovery', amount: 5_000, created: 20522, stageEntered: 20522 }),
  deal({ id: 'd', stage: 'Prospecting', amount: 2_000, created: 20525, stageEntered: 20525 }),
  deal({
    id: 'e',
    stage: 'Closed Won',
    amount: 30_000,
    created: 20400,
    stageEntered: 20524,
    closeDate: 20524,
  }),
  deal({
    id: 'f',
    stage: 'Closed Lost',
    amount: 10_000,
    closeDate: 20526,
    lossReason: 'Price too high',
  }),
  deal({
    id: 'g',
    stage: 'Closed Lost',
    amount: 4_000,
    closeDate: 20521,
    lossReason: ' Price too high',
  }),
  deal({ id: 'h', stage: 'Closed Lost', amount: 6_000, closeDate: 20520, lossReason: 'Timing' }),
  deal({
    id: 'i',
    stage: 'Evaluation',
    amount: 20_000,
    created: 20300,
    stageEntered: 20450,
    closeDate: 20510,
  }),
  deal({ id: 'j', stage: 'Evaluation', amount: null }),
];

const previous: Deal[] = [
  deal({ id: 'a', stage: 'Evaluation', amount: 50_000, closeDate: 20540 }),
  deal({ id: 'b', stage: 'Negotiation', amount: 80_000, closeDate: 20530 }),
  deal({ id: 'd', stage: 'Prospecting', amount: 2_000 }),
  deal({ id: 'e', stage: 'Negotiation', amount: 30_000 }),
  deal({ id: 'f', stage: 'Proposal', amount: 10_000 }),
  deal({ id: 'i', stage: 'Evaluation', amount: 20_000, closeDate: 20510 }),
  deal({ id: 'j', stage: 'Discovery', amount: null, closeDate: 20535 }),
];

const ids = (list: readonly { id?: string }[]) => list.map((d) => d.id);

describe('weeklyReview without a previous snapshot', () => {
  const review = weeklyReview(current, { asOf });

  it('gives total and weighted open pipeline', () => {
    // open: a 50,000, b 80,000, c 5,000, d 2,000, i 20,000, j blank → 6 deals, 157,000
    // weighted: 25,000 + 60,000 + 750 + 100 + 6,000 = 91,850
    expect(review.week).toEqual({ start: 20521, end: 20527 });
    expect(review.pipeline.open).toEqual({ count: 6, amount: 157_000 });
    expect(review.pipeline.weighted).toBeCloseTo(91_850, 6);
  });

  it('counts deals created during the week as new', () => {
    expect(review.newDeals).toMatchObject({ count: 2, amount: 7_000 });
    expect(ids(review.newDeals.deals)).toEqual(['c', 'd']);
  });

  it('reads advanced deals from the stage-entered date, leaving out the first stage', () => {
    // a (Proposal), c (Discovery), e (won) entered their stage this week; d entered Prospecting
    expect(review.advanced).toMatchObject({ method: 'stageEntered', count: 3, amount: 85_000 });
    expect(ids(review.advanced.deals)).toEqual(['a', 'c', 'e']);
    expect(review.advanced.deals[0].from).toBeNull();
  });

  it('counts won and lost deals closed during the week with their loss reasons', () => {
    // h closed on 20520, the day before the week starts
    expect(review.won).toMatchObject({ count: 1, amount: 30_000 });
    expect(review.lost).toMatchObject({ count: 2, amount: 14_000 });
    expect(review.lost.reasons).toEqual([{ reason: 'Price too high', count: 2, amount: 14_000 }]);
  });

  it('counts open deals past their expected close date as slipped', () => {
    expect(review.slipped).toMatchObject({
      method: 'pastCloseDate',
      count: 1,
      amount: 20_000,
      period: { start: MAR_1, end: MAR_1 + 30 },
    });
    expect(review.slipped.deals[0]).toMatchObject({ id: 'i', from: null, to: 20510 });
  });

  it('lists the largest open deals with days in stage, next step and risk', () => {
    expect(ids(review.largest)).toEqual(['b', 'a', 'i', 'c', 'd']);
    expect(review.largest[0]).toMatchObject({
      stage: 'Negotiation',
      amount: 80_000,
      daysInStage: 27,
      nextStep: 'Legal review',
      nextStepDate: null,
    });
    // playbook §1: b has a next step but no next-step date, its only flag, so yellow
    expect(review.largest[0].risk).toEqual({ level: 'yellow', reasons: ['noNextStepDate'] });
    // i is past its expected close date (playbook §1 hygiene): red
    expect(review.largest[2].risk.level).toBe('red');
    expect(review.largest[2].risk.reasons).toContain('closeDatePast');
  });
});

describe('weeklyReview with a previous snapshot', () => {
  const review = weeklyReview(current, { asOf, previous });

  it('finds advanced deals by a later stage than last week', () => {
    // a Evaluation → Proposal, e Negotiation → Closed Won, j Discovery → Evaluation;
    // c is new (not in the snapshot), f was lost
    expect(review.advanced).toMatchObject({ method: 'previous', count: 3, amount: 80_000 });
    expect(review.advanced.deals.map((d) => [d.id, d.from, d.stage])).toEqual([
      ['a', 'Evaluation', 'Proposal'],
      ['e', 'Negotiation', 'Closed Won'],
      ['j', 'Discovery', 'Evaluation'],
    ]);
  });

  it('finds slipped deals whose expected close left the month', () => {
    // b 20530 (March) → 20545 (April); j 20535 → blank; i was already in February
    expect(review.slipped).toMatchObject({ method: 'previous', count: 2, amount: 80_000 });
    expect(review.slipped.deals.map((d) => [d.id, d.from, d.to])).toEqual([
      ['b', 20530, 20545],
      ['j', 20535, null],
    ]);
  });
});

describe('weeklyReview largest deals', () => {
  it('keeps only the ten largest open deals, largest first', () => {
    const deals = Array.from({ length: 12 }, (_, i) =>
      deal({ id: `x${i + 1}`, stage: 'Discovery', amount: (i + 1) * 1_000 }),
    );
    const review = weeklyReview(deals, { asOf });
    expect(ids(review.largest)).toEqual([
      'x12',
      'x11',
      'x10',
      'x9',
      'x8',
      'x7',
      'x6',
      'x5',
      'x4',
      'x3',
    ]);
  });

  it('lists as many as asked and keeps the first of equal amounts first', () => {
    const deals = [
      deal({ id: 'p', stage: 'Proposal', amount: 10 }),
      deal({ id: 'q', stage: 'Proposal', amount: 10 }),
      deal({ id: 'r', stage: 'Proposal', amount: 5 }),
    ];
    expect(ids(weeklyReview(deals, { asOf, largest: 2 }).largest)).toEqual(['p', 'q']);
  });

  it('gives empty figures for no deals', () => {
    const review = weeklyReview([], { asOf });
    expect(review.pipeline.open).toEqual({ count: 0, amount: 0 });
    expect(review.largest).toEqual([]);
    expect(review.lost.reasons).toEqual([]);
  });
});
