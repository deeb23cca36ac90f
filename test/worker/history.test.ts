import { beforeAll, describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';
import { writeRawSnapshot } from './storage-helpers';

// Three snapshots of one team's pipeline, default stage table (playbook §1).
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const S1 = [
  'A,Acme,Ana,Negotiation,50000,2025-11-01,2026-02-15', // Commit
  'B,Beta,Ana,Proposal,30000,2025-12-15,2026-03-10', // Best Case
  'C,Cobalt,Ben,Negotiation,20000,2026-01-02,2026-05-15', // Commit, but closes after Q1
  'D,Delta,Ben,Evaluation,40000,2025-12-01,2026-03-25', // Pipeline
  'E,Echo,Ben,Discovery,10000,2025-12-10,2026-03-31', // Upside
  'F,Fox,Ana,Closed Won,5000,2025-10-01,2025-12-20',
];
const S2 = [
  'A,Acme,Ana,Closed Won,50000,2025-11-01,2026-01-30',
  'B,Beta,Ana,Negotiation,35000,2025-12-15,2026-03-10',
  'C,Cobalt,Ben,Negotiation,20000,2026-01-02,2026-05-15',
  'D,Delta,Ben,Evaluation,40000,2025-12-01,2026-04-20',
  'E,Echo,Ben,Closed Lost,10000,2025-12-10,2026-01-28',
  'F,Fox,Ana,Closed Won,5000,2025-10-01,2025-12-20',
  'G,Golf,Ana,Prospecting,15000,2026-02-01,2026-06-30',
];
const S3 = [
  'A,Acme,Ana,Closed Won,50000,2025-11-01,2026-01-30',
  'B,Beta,Ana,Closed Won,33000,2025-12-15,2026-03-28',
  'C,Cobalt,Ben,Negotiation,20000,2026-01-02,2026-03-25',
  'D,Delta,Ben,Proposal,40000,2025-12-01,2026-04-20',
  'E,Echo,Ben,Closed Lost,10000,2025-12-10,2026-01-28',
  'F,Fox,Ana,Closed Won,5000,2025-10-01,2025-12-20',
  'H,Hotel,Ben,Closed Won,12000,2026-03-20,2026-04-01',
];

let key = '';

beforeAll(async () => {
  key = (await keyFor('history')).key;
  for (const [asOf, lines] of [
    ['2026-01-05', S1],
    ['2026-02-02', S2],
    ['2026-04-01', S3],
  ] as const) {
    const res = await postJson('/v1/snapshots', { asOf, csv: [HEADER, ...lines].join('\n') }, key);
    expect(res.status).toBe(201);
  }
});

const total = (count: number, amount: number) => ({ count, amount });

describe('GET /v1/waterfall', () => {
  it('shows what changed from the first to the second snapshot (hand-worked)', async () => {
    // Period: 2026-Q1 (quarter of "from"), last day 2026-03-31.
    // A Negotiation → Closed Won: won 50,000. B Proposal → Negotiation, 30,000 → 35,000:
    // advanced (35,000) and amountUp 5,000. D close 03-25 → 04-20 crosses 03-31: slipped (40,000).
    // E Discovery → Closed Lost: lost 10,000. G is new: 15,000. C and F unchanged.
    // Bridge: start = 50 + 30 + 20 + 40 + 10 = 150,000 open at S1;
    // end = 150,000 + new 15,000 + increased 5,000 − won 50,000 − lost 10,000 = 110,000
    // = S2 open (B 35,000 + C 20,000 + D 40,000 + G 15,000).
    const res = await getWithKey('/v1/waterfall?from=2026-01-05&to=2026-02-02', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      deals: { key: string; changes: string[] }[];
    };
    expect(body.period).toEqual({ label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(body.totals).toEqual({
      new: total(1, 15000),
      advanced: total(1, 35000),
      movedBack: total(0, 0),
      slipped: total(1, 40000),
      pulledIn: total(0, 0),
      won: total(1, 50000),
      lost: total(1, 10000),
      reopened: total(0, 0),
      removed: total(0, 0),
      amountUp: total(1, 5000),
      amountDown: total(0, 0),
    });
    expect(body.pipeline).toEqual({
      start: 150000,
      new: 15000,
      reopened: 0,
      increased: 5000,
      decreased: 0,
      won: 50000,
      lost: 10000,
      removed: 0,
      end: 110000,
    });
    expect(body.unchanged).toBe(2);
    expect(Object.fromEntries(body.deals.map((d) => [d.key, d.changes]))).toEqual({
      'id:A': ['won'],
      'id:B': ['advanced', 'amountUp'],
      'id:D': ['slipped'],
      'id:E': ['lost'],
      'id:G': ['new'],
    });
  });

  it('shows what changed from the second to the third snapshot (hand-worked)', async () => {
    // B Negotiation → Closed Won at 33,000 (was 35,000): won 33,000 and amountDown 2,000.
    // C close 05-15 → 03-25 crosses into Q1: pulledIn 20,000. D Evaluation → Proposal: advanced 40,000.
    // G gone: removed 15,000. H new and already won: new 12,000, won 12,000 (won total 45,000).
    // Bridge: 110,000 − won 35,000 (B's earlier amount) − removed 15,000 = 60,000 = C + D.
    const body = (await (
      await getWithKey('/v1/waterfall?from=2026-02-02&to=2026-04-01', key)
    ).json()) as {
      totals: Record<string, unknown>;
      pipeline: Record<string, number>;
      unchanged: number;
      deals: { key: string; changes: string[]; before: unknown; after: unknown }[];
    };
    expect(body.totals).toMatchObject({
      new: total(1, 12000),
      advanced: total(1, 40000),
      pulledIn: total(1, 20000),
      slipped: total(0, 0),
      won: total(2, 45000),
      removed: total(1, 15000),
      amountDown: total(1, 2000),
    });
    expect(body.pipeline).toMatchObject({
      start: 110000,
      won: 35000,
      removed: 15000,
      new: 0,
      end: 60000,
    });
    expect(body.unchanged).toBe(3);
    const g = body.deals.find((d) => d.key === 'id:G');
    expect(g).toMatchObject({
      changes: ['removed'],
      before: { stage: 'Prospecting', amount: 15000, closeDate: '2026-06-30' },
      after: null,
    });
  });

  it('answers a date without a snapshot with 404 naming the date', async () => {
    const body = await problemOf(
      await getWithKey('/v1/waterfall?from=2026-01-06&to=2026-02-02', key),
    );
    expect(body.status).toBe(404);
    expect(body.detail).toContain('2026-01-06');
  });

  it('answers a missing or reversed range with 400', async () => {
    expect((await getWithKey('/v1/waterfall?from=2026-01-05', key)).status).toBe(400);
    expect((await getWithKey('/v1/waterfall?from=2026-02-02&to=2026-01-05', key)).status).toBe(400);
  });
});

describe('GET /v1/forecast-accuracy', () => {
  it('compares the forecast at the first snapshot of Q1 with what was won in Q1 (hand-worked)', async () => {
    // Forecast at S1 (2026-01-05), open deals closing in Q1: Commit = A 50,000;
    // Best Case = B 30,000 → Commit + Best Case 80,000 (C closes in May, D is Pipeline, E Upside).
    // Won in Q1 per S3: A 50,000 (01-30) + B 33,000 (03-28) = 83,000; F (2025) and H (04-01) are outside.
    // Commit accuracy 83,000 / 50,000 = 1.66 (outside 0.9..1.1);
    // Commit + Best Case 83,000 / 80,000 = 1.0375 (within).
    const res = await getWithKey('/v1/forecast-accuracy?period=2026-Q1', key);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      period: { label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' },
      forecastAsOf: '2026-01-05',
      actualAsOf: '2026-04-01',
      forecast: { commit: 50000, commitBestCase: 80000 },
      actual: { won: 83000, count: 2 },
      accuracy: {
        commit: { ratio: 1.66, withinTarget: false },
        commitBestCase: { ratio: 1.0375, withinTarget: true },
      },
    });
  });

  it('gives no ratio when nothing was forecast as Commit (hand-worked)', async () => {
    // Q2's first snapshot is S3: D (Proposal, 40,000, 04-20) is Best Case, no Commit.
    // Won in Q2: H 12,000 → Commit ratio null; Commit + Best Case 12,000 / 40,000 = 0.3.
    const body = (await (
      await getWithKey('/v1/forecast-accuracy?period=2026-Q2', key)
    ).json()) as Record<string, unknown>;
    expect(body.forecast).toEqual({ commit: 0, commitBestCase: 40000 });
    expect(body.accuracy).toEqual({
      commit: { ratio: null, withinTarget: null },
      commitBestCase: { ratio: 0.3, withinTarget: false },
    });
  });

  it('reads only the two snapshots it compares, not the stage tables of the others', async () => {
    // A snapshot between the two whose stage table cannot be read must not matter:
    // the answer is the one of the first test (S1 against S3).
    const team = 'accuracy-reads';
    const own = (await keyFor(team)).key;
    for (const [asOf, lines] of [
      ['2026-01-05', S1],
      ['2026-04-01', S3],
    ] as const) {
      const res = await postJson(
        '/v1/snapshots',
        { asOf, csv: [HEADER, ...lines].join('\n') },
        own,
      );
      expect(res.status).toBe(201);
    }
    await writeRawSnapshot(team, Date.UTC(2026, 1, 2) / 86_400_000, { stages: '{not json' }, []);
    const res = await getWithKey('/v1/forecast-accuracy?period=2026-Q1', own);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      forecastAsOf: '2026-01-05',
      actualAsOf: '2026-04-01',
      forecast: { commit: 50000, commitBestCase: 80000 },
      actual: { won: 83000, count: 2 },
    });
  });

  it('answers a period without snapshots with 404 and a bad period with 400', async () => {
    expect((await getWithKey('/v1/forecast-accuracy?period=2025-Q4', key)).status).toBe(404);
    const bad = await problemOf(await getWithKey('/v1/forecast-accuracy?period=Q1', key));
    expect(bad.status).toBe(400);
    expect(bad.errors[0].field).toBe('period');
  });
});

describe('GET /v1/trends', () => {
  it('gives month-by-month outcome and pipeline figures (hand-worked)', async () => {
    const res = await getWithKey('/v1/trends?from=2026-01&to=2026-04&quota=100000', key);
    expect(res.status).toBe(200);
    const { months } = (await res.json()) as { months: Record<string, unknown>[] };
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    // January, closed deals per S3: A won 50,000 (created 2025-11-01, closed 2026-01-30: 90 days),
    // E lost 10,000. Pipeline from S1: open 150,000; weighted 50k×.75 + 30k×.5 + 20k×.75 + 40k×.3
    // + 10k×.15 = 81,000; coverage 150,000 / (100,000 − 50,000 won in January) = 3.
    expect(months[0]).toEqual({
      month: '2026-01',
      won: 1,
      lost: 1,
      winRate: 0.5,
      winRateByAmount: 50000 / 60000,
      wonAmount: 50000,
      averageDealSize: 50000,
      cycleDays: 90,
      snapshotAsOf: '2026-01-05',
      openPipeline: 150000,
      weightedPipeline: 81000,
      coverage: 3,
    });
    // February: nothing closed; S2 open 110,000, weighted 35k×.75 + 20k×.75 + 40k×.3 + 15k×.05
    // = 54,000; coverage 110,000 / 100,000 = 1.1.
    expect(months[1]).toMatchObject({ won: 0, lost: 0, winRate: null, averageDealSize: null });
    expect(months[1]).toMatchObject({
      openPipeline: 110000,
      weightedPipeline: 54000,
      coverage: 1.1,
    });
    // March: B won 33,000 after 103 days (2025-12-15 → 2026-03-28); no snapshot dated in March.
    expect(months[2]).toMatchObject({ won: 1, winRate: 1, averageDealSize: 33000, cycleDays: 103 });
    expect(months[2]).toMatchObject({ snapshotAsOf: null, openPipeline: null, coverage: null });
    // April: H won 12,000 after 12 days; S3 open C 20,000 + D 40,000 = 60,000,
    // weighted 15,000 + 20,000 = 35,000; coverage 60,000 / (100,000 − 12,000).
    expect(months[3]).toMatchObject({
      won: 1,
      cycleDays: 12,
      openPipeline: 60000,
      weightedPipeline: 35000,
    });
    expect(months[3].coverage).toBeCloseTo(60000 / 88000, 10);
  });

  it('answers without coverage when no quota is given', async () => {
    const { months } = (await (
      await getWithKey('/v1/trends?from=2026-01&to=2026-01', key)
    ).json()) as {
      months: { coverage: number | null }[];
    };
    expect(months[0].coverage).toBeNull();
  });

  it('answers a range of up to 36 months', async () => {
    // 2024-01 through 2026-12 is 36 months.
    const res = await getWithKey('/v1/trends?from=2024-01&to=2026-12', key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { months: unknown[] }).months).toHaveLength(36);
  });

  it('refuses a range longer than 36 months with 400 naming the limit', async () => {
    // 2023-12 through 2026-12 is 37 months.
    for (const query of ['from=2023-12&to=2026-12', 'from=1970-01&to=2099-12']) {
      const problem = await problemOf(await getWithKey(`/v1/trends?${query}`, key));
      expect(problem.status).toBe(400);
      expect(problem.detail).toMatch(/36 months/);
      expect(problem.errors[0].field).toBe('to');
    }
  });

  it('answers a malformed month with 400', async () => {
    const body = await problemOf(await getWithKey('/v1/trends?from=2026-1&to=2026-04', key));
    expect(body.errors[0].field).toBe('from');
  });
});

describe('GET /v1/reports/monthly', () => {
  it('answers the eight self-assessment questions from the state at the end of the month', async () => {
    const res = await getWithKey('/v1/reports/monthly?month=2026-03', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      month: string;
      snapshotAsOf: string;
      answers: { question: number }[];
    };
    expect(body.month).toBe('2026-03');
    expect(body.snapshotAsOf).toBe('2026-04-01');
    expect(body.answers.map((a) => a.question)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('falls back to the newest snapshot dated within the month when none is dated after it', async () => {
    // April: nothing after it, S3 (2026-04-01) is the newest snapshot in it.
    const res = await getWithKey('/v1/reports/monthly?month=2026-04', key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { snapshotAsOf: string }).snapshotAsOf).toBe('2026-04-01');
  });

  it('describes that fallback in the API document', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, { get: { description: string } }>;
    };
    expect(doc.paths['/v1/reports/monthly'].get.description).toMatch(
      /newest snapshot dated within the month/,
    );
  });

  it('answers a month with no snapshot in or after it with 404', async () => {
    // The newest snapshot is dated 2026-04-01.
    expect((await getWithKey('/v1/reports/monthly?month=2026-05', key)).status).toBe(404);
  });
});
