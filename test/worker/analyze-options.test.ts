import type { AnalysisReport } from '../../shared/analysis/analyze';
import { describe, expect, it } from 'vitest';
import { postJson, problemOf } from './helpers';

// 1 won, 2 lost: a win rate of 1 / 3 ≈ 33%.
const CSV = [
  'Deal ID,Stage,Amount,Created,Close Date',
  'D-1,Closed Won,10000,2026-01-05,2026-02-04',
  'D-2,Closed Lost,5000,2026-01-10,2026-03-01',
  'D-3,Closed Lost,7000,2026-01-12,2026-03-02',
].join('\n');

async function winLossWith(winRateBand?: unknown) {
  const res = await postJson('/v1/analyze', {
    csv: CSV,
    options: { asOf: '2026-03-31', ...(winRateBand !== undefined ? { winRateBand } : {}) },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { report: AnalysisReport }).report;
}

describe('POST /v1/analyze options.winRateBand', () => {
  it('judges the win rate against the founder-led band (15-25%) by default', async () => {
    const report = await winLossWith();
    expect(report.winLoss.winRateBand).toEqual({ min: 0.15, max: 0.25 });
    expect(report.winLoss.winRateHealth).toBe('above');
    expect(report.warnings.map((w) => w.code)).toContain('winRateAboveBand');
  });

  it('finds 33% healthy for a mature team (playbook §4: 20-35%)', async () => {
    const report = await winLossWith('mature');
    expect(report.winLoss.winRateBand).toEqual({ min: 0.2, max: 0.35 });
    expect(report.winLoss.winRateHealth).toBe('healthy');
    expect(report.warnings.map((w) => w.code)).not.toContain('winRateAboveBand');
  });

  it('takes the founderLed preset by name', async () => {
    const report = await winLossWith('founderLed');
    expect(report.winLoss.winRateBand).toEqual({ min: 0.15, max: 0.25 });
  });

  it('takes a custom band of fractions', async () => {
    const report = await winLossWith({ min: 0.4, max: 0.6 });
    expect(report.winLoss.winRateBand).toEqual({ min: 0.4, max: 0.6 });
    expect(report.winLoss.winRateHealth).toBe('below');
  });

  it.each([
    ['an unknown preset', 'enterprise'],
    ['a percentage instead of a fraction', { min: 20, max: 35 }],
    ['a negative bound', { min: -0.1, max: 0.2 }],
    ['min above max', { min: 0.4, max: 0.3 }],
    ['a missing bound', { min: 0.2 }],
    ['an extra field', { min: 0.2, max: 0.3, target: 0.25 }],
  ])('rejects %s with a 400 problem naming the field', async (_name, winRateBand) => {
    const res = await postJson('/v1/analyze', { csv: CSV, options: { winRateBand } });
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors.some((e) => e.field?.startsWith('options.winRateBand'))).toBe(true);
  });
});
