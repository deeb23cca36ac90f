import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

function open(settings: Record<string, unknown> = { quota: 150000 }, language?: string) {
  const addon = loadAddon({ sheets: { Pipeline: reviewPipeline() }, now: REVIEW_NOW });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify(settings));
  if (language) addon.userProperties.store.set('salesPlaybook.language', language);
  return addon;
}

describe('getWeeklyReview, worked out as the sidebar does,', () => {
  const view = buildWeeklyReview(open().call<WeeklyReviewData>('getWeeklyReview'));

  it('gets from the server what it read, plain: days as day numbers, today as YYYY-MM-DD', () => {
    const data = open().call<WeeklyReviewData>('getWeeklyReview');
    expect(data.today).toBe('2026-11-23');
    expect(data.deals).toHaveLength(7);
    // A Date would arrive as text with a time; the deals' days are numbers (days since 1970-01-01).
    const days = data.deals.flatMap((d) => [d.created, d.closeDate, d.stageEntered]);
    const given = days.filter((day) => day !== undefined);
    expect(given.length).toBeGreaterThan(7);
    expect(given.every((day) => Number.isInteger(day))).toBe(true);
    // Settings as the review pipeline's test sets them: quota 150,000, defaults for the rest.
    expect(data).toMatchObject({
      quota: 150000,
      quotaPeriod: 'quarter',
      winRateBand: 'founderLed',
    });
  });

  it('reviews the seven days ending today', () => {
    expect(view.asOf).toBe('2026-11-23');
    expect(view.week).toEqual({ start: '2026-11-17', end: '2026-11-23' });
    expect(view.dealCount).toBe(7);
    expect(view.problems.count).toBe(0);
  });

  it('totals open and weighted pipeline by the default stage probabilities', () => {
    // hand calculation: open D1 100,000 + D2 50,000 + D3 20,000
    expect(view.total).toEqual({ count: 3, amount: 170000 });
    // hand calculation: 100,000 × 0.5 + 50,000 × 0.75 + 20,000 × 0.05 (playbook §1 table)
    expect(view.weighted).toBeCloseTo(88500, 6);
  });

  it('finds new, advanced, won, lost and slipped deals of the week', () => {
    expect(view.newDeals.count).toBe(1);
    expect(view.newDeals.deals.map((d) => d.id)).toEqual(['D3']);
    // D1 entered Proposal on 2026-11-18; D3 entered the first stage, which is no advance
    expect(view.advanced).toMatchObject({ count: 1, amount: 100000, method: 'stageEntered' });
    expect(view.won).toMatchObject({ count: 1, amount: 40000 });
    expect(view.lost.count).toBe(1);
    expect(view.lost.reasons).toEqual([{ reason: 'Price too high', count: 1, amount: 30000 }]);
    expect(view.slipped).toMatchObject({ count: 1, amount: 50000, method: 'pastCloseDate' });
    expect(view.slipped.deals[0]).toMatchObject({ id: 'D2', closeDate: '2026-11-10' });
  });

  it('lists the largest open deals first with their risk and reasons in words', () => {
    expect(view.top.map((d) => d.id)).toEqual(['D1', 'D2', 'D3']);
    expect(view.top[0]).toMatchObject({
      name: 'Alpha',
      stage: 'Proposal',
      daysInStage: 5,
      nextStep: 'Demo',
      nextStepDate: '2026-11-30',
      risk: 'green',
      reasons: [],
    });
    // playbook §5: a past close date makes a deal red
    expect(view.top[1]).toMatchObject({ risk: 'red', riskLabel: 'Red' });
    expect(view.top[1].reasons).toEqual([
      'Expected close date has passed',
      'No next step',
      'No next step date',
    ]);
  });

  it('measures coverage against the quota less what was won this quarter', () => {
    // hand calculation: remaining = 150,000 − 40,000 (D4, won 2026-11-19); 170,000 / 110,000
    expect(view.coverage).toMatchObject({
      quota: 150000,
      period: { start: '2026-10-01', end: '2026-12-31' },
      wonInPeriod: 40000,
      remainingQuota: 110000,
      health: 'under',
      healthLabel: 'Under-covered',
    });
    expect(view.coverage.ratio).toBeCloseTo(170000 / 110000, 9);
  });

  it('counts won deals against a monthly or yearly quota by that calendar period', () => {
    const month = buildWeeklyReview(
      open({ quota: 150000, quotaPeriod: 'month' }).call<WeeklyReviewData>('getWeeklyReview'),
    );
    // November 2026: only D4 (won 2026-11-19)
    expect(month.coverage).toMatchObject({
      period: { start: '2026-11-01', end: '2026-11-30' },
      wonInPeriod: 40000,
    });
    const year = buildWeeklyReview(
      open({ quota: 150000, quotaPeriod: 'year' }).call<WeeklyReviewData>('getWeeklyReview'),
    );
    // 2026: D4 40,000 and D6 10,000 (won 2026-08-31)
    expect(year.coverage).toMatchObject({
      period: { start: '2026-01-01', end: '2026-12-31' },
      wonInPeriod: 50000,
      remainingQuota: 100000,
    });
  });

  it('shows the won amount that coverage used, never below 0', () => {
    const pipeline = reviewPipeline();
    // a credit note booked as a won deal this quarter: 40,000 (D4) − 60,000 = −20,000
    pipeline.push([
      'D8',
      'Credit',
      'Theta Co',
      'Closed Won',
      -60000,
      '',
      '2026-11-05',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const addon = loadAddon({ sheets: { Pipeline: pipeline }, now: REVIEW_NOW });
    addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify({ quota: 150000 }));
    const credit = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
    // playbook §4: remaining quota = quota − won in the period, with a negative won total as 0
    expect(credit.coverage).toMatchObject({ wonInPeriod: 0, remainingQuota: 150000 });
  });

  it('reports win rate, deal size, cycle, velocity and stage conversion', () => {
    // hand calculation: won D4, D6; lost D5, D7
    expect(view.winRate).toMatchObject({ value: 0.5, won: 2, lost: 2, health: 'above' });
    expect(view.averageDealSize).toBe(25000); // (40,000 + 10,000) / 2
    // D4: 2026-09-15 → 2026-11-19 = 65 days; D6: 2026-07-01 → 2026-08-31 = 61 days
    expect(view.cycleDays).toEqual({ mean: 63, median: 63 });
    // playbook §4: 3 open × 0.5 × 25,000 / 63 days
    expect(view.velocity).toBeCloseTo((3 * 0.5 * 25000) / 63, 6);
    // reach: D3 Prospecting, D7 Evaluation (lost there), D1 and D5 Proposal, D2 Negotiation,
    // D4 and D6 won (every stage)
    expect(view.stageConversion.approximate).toBe(false);
    expect(view.stageConversion.stages.map((s) => [s.stage, s.reached, s.advanced])).toEqual([
      ['Prospecting', 7, 6],
      ['Discovery', 6, 6],
      ['Evaluation', 6, 5],
      ['Proposal', 5, 3],
      ['Negotiation', 3, 2],
    ]);
  });

  it('leaves coverage empty without a quota', () => {
    const bare = buildWeeklyReview(open({}).call<WeeklyReviewData>('getWeeklyReview'));
    expect(bare.coverage).toMatchObject({
      quota: null,
      ratio: null,
      health: null,
      healthLabel: '',
    });
  });

  it('labels stages, risk and health in Chinese for a Chinese user', () => {
    const zh = buildWeeklyReview(
      open({ quota: 150000 }, 'zh').call<WeeklyReviewData>('getWeeklyReview'),
    );
    expect(zh.language).toBe('zh');
    // playbook §1 Chinese stage name; the label tables' Chinese texts for red and win rate
    expect(zh.top[0].stage).toBe('提案阶段');
    expect(zh.top[1].riskLabel).toBe('红');
    expect(zh.coverage.healthLabel).toBe('覆盖不足');
  });
});

describe('getWeeklyReview, worked out as the sidebar does, on a sheet exported from a CRM', () => {
  // Salesforce's default stages and columns (shared/stages/crm-vocabularies.ts), plus
  // one stage no table knows. Today is 2026-11-23 (REVIEW_NOW).
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // biome-ignore format: one deal per line reads as the table it is
  const rows = [
    ['Opportunity ID', 'Opportunity Name', 'Stage', 'Amount', 'Probability (%)', 'Created Date', 'Close Date'],
    ['S1', 'Acme', 'Negotiation/Review', 10000, 90, d('2026-09-01'), d('2026-12-20')],
    ['S2', 'Beta', 'Value Proposition', 20000, '', d('2026-09-01'), d('2026-12-20')],
    ['S3', 'Gamma', 'Engaging', 5000, '', d('2026-10-01'), d('2026-12-20')],
    ['S4', 'Delta', 'Closed Won', 7000, 100, d('2026-09-01'), d('2026-11-20')],
  ];
  const addon = loadAddon({ sheets: { Pipeline: rows }, now: REVIEW_NOW });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify({}));
  const view = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));

  it("weighs each deal by Salesforce's stage probability or its own, and keeps the unknown stage open", () => {
    // hand calculation: 10,000 × 90% (its own) + 20,000 × 50% (Value Proposition) + 5,000 × 0 (unmapped)
    expect(view.total).toEqual({ count: 3, amount: 35000 });
    expect(view.weighted).toBeCloseTo(19000, 6);
    expect(view.won).toMatchObject({ count: 1, amount: 7000 });
  });

  it('names the stage it does not know once, with its rows and a suggestion', () => {
    expect(view.problems.count).toBe(1);
    expect(view.problems.messages).toEqual([
      '1 deal(s) with stage "Engaging", which the Stages tab does not list: kept open, unweighted (row 4); it looks like Discovery',
    ]);
  });
});
