import { env } from 'cloudflare:workers';
import type { AnalysisAnswer } from '../../shared/analysis/analysis-answer';
import { describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { call, keyFor, postJson, problemOf } from './helpers';

const CSV = [
  'Deal ID,Account,Owner,Source,Stage,Amount,Created,Close Date',
  'D-1,Acme,Ana,Referral,Closed Won,10000,2026-01-05,2026-02-04',
  'D-2,Beta,Ana,Inbound,Closed Lost,5000,2026-01-10,2026-03-01',
  'D-3,Cobalt,Ben,Inbound,Proposal,20000,2026-02-01,2026-04-30',
  'D-4,Delta,Ben,Referral,Negotiation,8000,2026-02-03,2026-04-15',
].join('\n');

/** What POST /v1/analyze answers. */
type AnalyzeBody = AnalysisAnswer;

describe('POST /v1/analyze', () => {
  it('analyzes a CSV sent as JSON, with rates as fractions', async () => {
    const res = await postJson('/v1/analyze', { csv: CSV, options: { asOf: '2026-03-31' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AnalyzeBody;
    expect(body.report.deals).toBe(4);
    // hand calculation: 1 won, 1 lost → win rate 1 / 2
    expect(body.report.winLoss.winRate).toBe(0.5);
    // open: 20,000 (Proposal 50%) + 8,000 (Negotiation 75%) → 28,000, weighted 10,000 + 6,000
    expect(body.report.pipeline.open).toEqual({ count: 2, amount: 28000 });
    expect(body.report.pipeline.weighted).toBe(16000);
    expect(body.errors).toEqual([]);
  });

  it('analyzes rows of cells the same way as CSV text', async () => {
    const rows = CSV.split('\n').map((line) => line.split(','));
    const fromRows = (await (
      await postJson('/v1/analyze', { rows, options: { asOf: '2026-03-31' } })
    ).json()) as AnalyzeBody;
    const fromCsv = (await (
      await postJson('/v1/analyze', { csv: CSV, options: { asOf: '2026-03-31' } })
    ).json()) as AnalyzeBody;
    expect(fromRows.report).toEqual(fromCsv.report);
  });

  it('accepts a raw text/csv body with default options', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: CSV,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AnalyzeBody).report.deals).toBe(4);
  });

  it('groups win/loss by the requested fields', async () => {
    const res = await postJson('/v1/analyze', {
      csv: CSV,
      options: { asOf: '2026-03-31', groupBy: ['source'] },
    });
    const body = (await res.json()) as AnalyzeBody;
    expect(Object.keys(body.report.winLoss.by)).toEqual(['source']);
    // hand calculation on CSV: Referral = D-1 won 10,000 + D-4 open → win rate 1 / 1;
    // Inbound = D-2 lost + D-3 open → win rate 0 / 1; larger won amount first
    expect(body.report.winLoss.by.source).toMatchObject([
      { key: 'Referral', deals: 2, won: 1, lost: 0, wonAmount: 10000, winRate: 1 },
      { key: 'Inbound', deals: 2, won: 0, lost: 1, wonAmount: 0, winRate: 0 },
    ]);
  });

  it('uses a team stage table and column mapping', async () => {
    const csv = ['Opp,Phase,ARR', 'X,Signed,100', 'Y,Pitch,300'].join('\n');
    const res = await postJson('/v1/analyze', {
      csv,
      options: {
        asOf: '2026-03-31',
        columns: { name: 'Opp', stage: 'Phase', amount: 'ARR' },
        stages: [
          { name: 'Pitch', probability: 0.4, kind: 'open' },
          { name: 'Signed', probability: 1, kind: 'won', aliases: ['Done'] },
          { name: 'Dropped', probability: 0, kind: 'lost' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AnalyzeBody;
    // hand calculation: X is Signed (won); Y is Pitch, open at 40% → 300 × 0.4 = 120
    expect(body.report.winLoss.won).toBe(1);
    expect(body.report.pipeline.weighted).toBeCloseTo(120);
  });

  it('keeps the playbook forecast category and aliases of team stages named like playbook stages', async () => {
    // Team table: the playbook's names, Negotiation at 70% instead of 75%, no forecast, no aliases.
    const stages = [
      { name: 'Prospecting', probability: 0.05, kind: 'open' },
      { name: 'Discovery', probability: 0.15, kind: 'open' },
      { name: 'Evaluation', probability: 0.3, kind: 'open' },
      { name: 'Proposal', probability: 0.5, kind: 'open' },
      { name: 'Negotiation', probability: 0.7, kind: 'open' },
      { name: 'Closed Won', probability: 1, kind: 'won' },
      { name: 'Closed Lost', probability: 0, kind: 'lost' },
    ];
    // 'Won' and 'Contract' are playbook §1 aliases of Closed Won and Negotiation.
    const csv = ['Deal,Stage,Amount', 'A,Negotiation,1000', 'B,Contract,2000', 'C,Won,500'].join(
      '\n',
    );
    const res = await postJson('/v1/analyze', { csv, options: { asOf: '2026-03-31', stages } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AnalyzeBody & {
      report: { pipeline: { forecast: Record<string, { count: number; amount: number }> } };
    };
    expect(body.errors).toEqual([]);
    expect(body.report.winLoss.won).toBe(1);
    // playbook §3: Negotiation → Commit, whatever its probability.
    expect(body.report.pipeline.forecast.commit).toEqual({ count: 2, amount: 3000 });
    // hand calculation: 3,000 × 0.7 = 2,100
    expect(body.report.pipeline.weighted).toBe(2100);
  });

  it('lists cells it could not read, with row and column, next to the report', async () => {
    const csv = [
      CSV,
      'D-5,Echo,Ana,Inbound,Proposal,lots,2026-02-01,2026-04-30',
      'D-6,Fox,Ana,Inbound,Pitching,100,2026-02-01,2026-04-30',
      'D-7,Golf,Ana,Inbound,Proposal,100,2026-02-01,someday',
    ].join('\n');
    const res = await postJson('/v1/analyze', { csv, options: { asOf: '2026-03-31' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AnalyzeBody;
    expect(body.errorCount).toBe(2);
    expect(body.errors.map((e) => [e.row, e.column])).toEqual([
      [6, 'Amount'], // unparseable amount: the deal stays, without an amount
      [8, 'Close Date'], // unparseable date
    ]);
    // An unknown stage drops nothing: the deal is open, in the unmapped group.
    expect(body.unmappedStages).toEqual([
      { name: 'Pitching', count: 1, rows: [7], suggested: null },
    ]);
    expect(body.report.pipeline.unmapped).toMatchObject({ count: 1, amount: 100, weighted: 0 });
  });

  describe('coverage against the quota of the period that contains asOf', () => {
    // asOf 2025-11-20: month 2025-11, quarter 2025-Q4 (Oct-Dec), year 2025.
    const QUOTA_CSV = [
      'Deal ID,Stage,Amount,Created,Close Date',
      'W0,Closed Won,1000000,2024-06-01,2024-12-31', // before every period
      'W1,Closed Won,100000,2025-01-10,2025-03-10', // in the year only
      'W2,Closed Won,200000,2025-08-01,2025-10-01', // first day of the quarter, not the month
      'W3,Closed Won,100000,2025-09-01,2025-11-30', // last day of the month
      'W4,Closed Won,50000,2025-10-01,2026-01-01', // after every period
      'O1,Proposal,1200000,2025-09-01,2025-12-15',
    ].join('\n');
    const coverageFor = async (quotaPeriod?: string) => {
      const res = await postJson('/v1/analyze', {
        csv: QUOTA_CSV,
        options: { asOf: '2025-11-20', quota: 500000, ...(quotaPeriod ? { quotaPeriod } : {}) },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { report: { coverage: unknown } }).report.coverage;
    };

    it("counts only the quarter's won deals by default", async () => {
      // hand calculation: won in 2025-Q4 = W2 200,000 + W3 100,000 = 300,000;
      // remaining 500,000 − 300,000 = 200,000; coverage 1,200,000 / 200,000 = 6 (over 4x).
      expect(await coverageFor()).toEqual({ ratio: 6, remainingQuota: 200000, health: 'over' });
      expect(await coverageFor('quarter')).toEqual(await coverageFor());
    });

    it('counts only the month\'s won deals with quotaPeriod "month"', async () => {
      // hand calculation: won in 2025-11 = W3 100,000; remaining 400,000; 1,200,000 / 400,000 = 3.
      expect(await coverageFor('month')).toEqual({
        ratio: 3,
        remainingQuota: 400000,
        health: 'healthy',
      });
    });

    it('counts only the year\'s won deals with quotaPeriod "year"', async () => {
      // hand calculation: won in 2025 = W1 100,000 + W2 200,000 + W3 100,000 = 400,000;
      // remaining 100,000; 1,200,000 / 100,000 = 12.
      expect(await coverageFor('year')).toEqual({
        ratio: 12,
        remainingQuota: 100000,
        health: 'over',
      });
    });

    it('refuses an unknown quotaPeriod with 400 naming the option', async () => {
      const res = await postJson('/v1/analyze', {
        csv: QUOTA_CSV,
        options: { asOf: '2025-11-20', quota: 500000, quotaPeriod: 'week' },
      });
      const problem = await problemOf(res);
      expect(problem.status).toBe(400);
      expect(problem.errors[0].field).toBe('options.quotaPeriod');
    });
  });

  it('asks for a key when REQUIRE_KEY_FOR_ANALYZE is "true", and analyzes with one', async () => {
    const strict = { ...env, REQUIRE_KEY_FOR_ANALYZE: 'true' };
    const send = (headers: Record<string, string>) =>
      app.fetch(
        new Request('http://127.0.0.1/v1/analyze', {
          method: 'POST',
          headers: { 'content-type': 'text/csv', 'cf-connecting-ip': '10.200.0.1', ...headers },
          body: CSV,
        }),
        strict,
      );
    const refused = await send({});
    expect(refused.status).toBe(401);
    expect((await problemOf(refused)).title).toBe('API key required');
    const { key } = await keyFor('strict-team');
    const answered = await send({ authorization: `Bearer ${key}` });
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as AnalyzeBody).report.deals).toBe(4);
  });

  it('limits keyed requests per team, whatever address they come from', async () => {
    const strict = { ...env, REQUIRE_KEY_FOR_ANALYZE: 'true' };
    const { key } = await keyFor('busy-analysts');
    const send = (client: number, team: string) =>
      app.fetch(
        new Request('http://127.0.0.1/v1/analyze', {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            'cf-connecting-ip': `10.201.${client >> 8}.${client & 255}`,
            authorization: `Bearer ${team}`,
          },
          body: CSV,
        }),
        strict,
      );
    let limited: Response | undefined;
    // wrangler.toml allows 60 requests a minute per team; each request has its own address.
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await send(i, key);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited).toBeDefined();
    expect((await problemOf(limited as Response)).title).toBe('Too many requests');
    // Another team is not held back by the first team's requests.
    const other = await keyFor('quiet-analysts');
    expect((await send(500, other.key)).status).toBe(200);
  });

  it('checks a key sent without being required, and refuses a wrong one with 401', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: 'Bearer sp_not_a_key' },
      body: CSV,
    });
    expect(res.status).toBe(401);
  });
});
