import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { analyzeTable } from '../../../shared/analysis/analyze-table';
import { tableFromDeals } from '../../../shared/ingest/deal-table';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import type { Deal, MeddpiccScore } from '../../../shared/types';

// Properties that hold for any pipeline, checked on random ones: the report's
// totals must add up however the deals are split (by stage, by category, by
// owner), and rates stay fractions. Known values live in analyze.test.ts.

const STAGE_NAMES = DEFAULT_STAGES.map((stage) => stage.name);
const KIND = new Map(DEFAULT_STAGES.map((stage) => [stage.name, stage.kind]));
const OPEN_COUNT = DEFAULT_STAGES.filter((stage) => stage.kind === 'open').length;

const score = fc.constantFrom<MeddpiccScore>(1, 2, 3);
const deal = fc.record(
  {
    stage: fc.constantFrom(...STAGE_NAMES),
    amount: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    owner: fc.constantFrom('Maya', 'Li Wei', '王芳', ''),
    source: fc.constantFrom('Inbound', 'Referral', 'Event'),
    created: fc.integer({ min: 19_000, max: 20_000 }),
    cycle: fc.integer({ min: 0, max: 400 }),
    meddpicc: fc.option(fc.array(score, { minLength: 8, maxLength: 8 }), { nil: undefined }),
  },
  { requiredKeys: ['stage', 'amount', 'owner', 'source', 'created', 'cycle'] },
);
const deals = fc
  .array(deal, { maxLength: 60 })
  .map((list) =>
    list.map(({ cycle, ...d }, i): Deal => ({ ...d, row: i + 2, closeDate: d.created + cycle })),
  );

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('analyze on random pipelines', () => {
  it('counts every deal exactly once as open, won or lost', () => {
    fc.assert(
      fc.property(deals, (list) => {
        const report = analyze(list, { asOf: 20_500 });
        const byKind = (kind: string) => list.filter((d) => KIND.get(d.stage) === kind);
        expect(report.deals).toBe(list.length);
        expect(report.winLoss.won).toBe(byKind('won').length);
        expect(report.winLoss.lost).toBe(byKind('lost').length);
        expect(report.pipeline.open.count).toBe(byKind('open').length);
        expect(report.winLoss.wonAmount).toBe(sum(byKind('won').map((d) => d.amount ?? 0)));
      }),
    );
  });

  it('splits the open pipeline into stages and forecast categories that add back up', () => {
    fc.assert(
      fc.property(deals, (list) => {
        const { pipeline } = analyze(list, { asOf: 20_500 });
        expect(sum(pipeline.byStage.map((s) => s.count))).toBe(pipeline.open.count);
        expect(sum(pipeline.byStage.map((s) => s.amount))).toBe(pipeline.open.amount);
        expect(sum(pipeline.byStage.map((s) => s.weighted))).toBeCloseTo(pipeline.weighted, 6);
        // Weighting by a probability of at most 1 never adds money.
        expect(pipeline.weighted).toBeLessThanOrEqual(pipeline.open.amount + 1e-6);
        const categories = Object.values(pipeline.forecast);
        expect(sum(categories.map((c) => c.count))).toBe(list.length);
      }),
    );
  });

  it('splits won and lost deals by owner without losing any', () => {
    fc.assert(
      fc.property(deals, (list) => {
        const { winLoss } = analyze(list, { asOf: 20_500, groupBy: ['owner'] });
        const groups = winLoss.by.owner ?? [];
        expect(sum(groups.map((g) => g.won))).toBe(winLoss.won);
        expect(sum(groups.map((g) => g.lost))).toBe(winLoss.lost);
        expect(sum(groups.map((g) => g.deals))).toBe(list.length);
        // playbook §4: win rate = won / (won + lost); no closed deal, no rate
        for (const g of groups) {
          const closed = g.won + g.lost;
          expect(g.winRate, g.key).toBe(closed === 0 ? null : g.won / closed);
        }
      }),
    );
  });

  it('keeps rates between 0 and 1 and a funnel that only narrows', () => {
    fc.assert(
      fc.property(deals, (list) => {
        const { winLoss, funnel } = analyze(list, { asOf: 20_500 });
        const closed = winLoss.won + winLoss.lost;
        expect(winLoss.winRate).toBe(closed === 0 ? null : winLoss.won / closed);
        expect(funnel.method).toBe('snapshot');
        expect(funnel.stages).toHaveLength(OPEN_COUNT);
        for (let i = 0; i < funnel.stages.length; i++) {
          const stage = funnel.stages[i];
          expect(stage.advanced).toBeLessThanOrEqual(stage.reached);
          // playbook §4: the share of those that reached a stage and went on;
          // none reached, no share
          expect(stage.conversion).toBe(
            stage.reached === 0 ? null : stage.advanced / stage.reached,
          );
          expect(stage.conversion ?? 0).toBeGreaterThanOrEqual(0);
          expect(stage.conversion ?? 0).toBeLessThanOrEqual(1);
          // Whoever advanced past a stage reached the next one.
          if (i + 1 < funnel.stages.length) {
            expect(funnel.stages[i + 1].reached).toBe(stage.advanced);
          }
        }
      }),
    );
  });

  it('gives the same report from a deal table as from the deals, figure for figure', () => {
    // analyzeTable sums in row order as analyze does, so even amounts compare exactly.
    const history = fc.array(
      fc.record({
        dealId: fc.constantFrom('a', 'b', 'c'),
        stage: fc.constantFrom(...STAGE_NAMES, 'Somewhere'),
        entered: fc.integer({ min: 19_000, max: 20_000 }),
      }),
      { maxLength: 10 },
    );
    const withExtras = deals.chain((list) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('a', 'b', 'c', undefined), {
            minLength: list.length,
            maxLength: list.length,
          }),
          fc.array(fc.constantFrom(...STAGE_NAMES, 'Unknown', undefined), {
            minLength: list.length,
            maxLength: list.length,
          }),
          fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), {
            minLength: list.length,
            maxLength: list.length,
          }),
        )
        .map(([ids, lostAt, probability]) =>
          list.map((d, i) => ({
            ...d,
            ...(ids[i] !== undefined ? { id: ids[i] } : {}),
            ...(lostAt[i] !== undefined ? { lostAtStage: lostAt[i] } : {}),
            ...(probability[i] !== undefined ? { probability: probability[i] } : {}),
            ...(i % 5 === 0 ? { stage: 'Not a stage' } : {}),
            ...(i % 7 === 0 ? { amount: -(d.amount ?? 1) } : {}),
          })),
        ),
    );
    fc.assert(
      fc.property(withExtras, fc.option(history, { nil: undefined }), (list, entries) => {
        const options = {
          asOf: 20_500,
          groupBy: ['owner', 'source'] as const,
          quota: 1_000_000,
          quotaPeriod: { start: 19_500, end: 20_500 },
          ...(entries ? { history: entries } : {}),
        };
        const table = tableFromDeals(list, entries !== undefined);
        expect(analyzeTable(table, options)).toEqual(analyze(list, options));
      }),
    );
  });
});
