import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

const postCsv = (csv: string) =>
  call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });

/** Every history endpoint of a team, as a client would read it after storing snapshots. */
const HISTORY = [
  '/v1/snapshots',
  '/v1/waterfall?from=2026-01-05&to=2026-02-02',
  '/v1/trends?from=2026-01&to=2026-03',
  '/v1/forecast-accuracy?period=2026-Q1',
  '/v1/reports/monthly?month=2026-02',
];

describe('answers stay a small multiple of their request', () => {
  it('answers a 100,000-character stage name and 1,000 rows of another stage without repeating the name per row', async () => {
    const name = 'S'.repeat(100_000);
    const rows = ['Deal,Stage,Amount'];
    for (let i = 0; i < 1000; i++) rows.push(`D${i},Elsewhere,100`);
    const request = JSON.stringify({
      csv: rows.join('\n'),
      options: {
        stages: [
          { name, probability: 0.5, kind: 'open' },
          { name: 'Won', probability: 1, kind: 'won' },
          { name: 'Lost', probability: 0, kind: 'lost' },
        ],
      },
    });
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    // The stage name comes back where the report names its stage (the stage
    // table, pipeline by stage, the funnel: three times), never per row.
    // Before, every row's error repeated the whole stage list: 100 MB.
    expect(text.length).toBeLessThan(request.length * 4);
    const body = JSON.parse(text) as {
      unmappedStages: { name: string; count: number }[];
      report: { pipeline: { unmapped: { count: number; amount: number } } };
    };
    expect(body.unmappedStages).toMatchObject([{ name: 'Elsewhere', count: 1000 }]);
    expect(body.report.pipeline.unmapped).toMatchObject({ count: 1000, amount: 100_000 });
  });
});

describe('impossible dates never reach the history', () => {
  it('refuses a snapshot holding 00/05/2026, and every history endpoint still answers', async () => {
    const { key } = await keyFor('misread-dates');
    const bad = await postJson(
      '/v1/snapshots',
      { asOf: '2026-01-05', csv: 'Deal ID,Stage,Amount,Close Date\nA,Proposal,100,00/05/2026\n' },
      key,
    );
    const problem = await problemOf(bad);
    expect(problem.status).toBe(422);
    expect(problem.errors[0]).toMatchObject({ row: 2, column: 'Close Date', value: '00/05/2026' });
    for (const [asOf, close] of [
      ['2026-01-05', '15/03/2026'],
      ['2026-02-02', '20/03/2026'],
    ]) {
      const res = await postJson(
        '/v1/snapshots',
        { asOf, csv: `Deal ID,Stage,Amount,Close Date\nA,Proposal,100,${close}\n` },
        key,
      );
      expect(res.status).toBe(201);
    }
    for (const path of HISTORY) {
      const res = await getWithKey(path, key);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(/NaN/);
    }
  });
});

describe('closed deals without a close date', () => {
  it('withholds monthly win rates of a lead export whose close dates are only on won leads', async () => {
    // 2 won leads dated in two months, 38 lost leads undated: overall 2 / 40 = 5%.
    const rows = ['Lead,Stage,Amount,Close Date', 'L1,Won,100,2026-01-10', 'L2,Won,100,2026-02-10'];
    for (let i = 3; i <= 40; i++) rows.push(`L${i},Lost,0,`);
    const res = await postCsv(rows.join('\n'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      report: {
        winLoss: {
          winRate: number;
          byMonth: { month: string; winRate: number | null }[];
          undatedClosed: { won: number; lost: number };
          byMonthWinRateWithheld: boolean;
        };
        warnings: { code: string; count: number }[];
      };
    };
    const { winLoss, warnings } = body.report;
    expect(winLoss.winRate).toBeCloseTo(0.05);
    expect(winLoss.undatedClosed).toEqual({ won: 0, lost: 38 });
    expect(winLoss.byMonthWinRateWithheld).toBe(true);
    expect(winLoss.byMonth.map((m) => m.winRate)).toEqual([null, null]);
    expect(warnings.map((w) => [w.code, w.count])).toContainEqual(['closedWithoutCloseDate', 38]);
  });
});

describe('random pipelines into snapshots, then every history endpoint', () => {
  // Cells as exports write them, and as they go wrong: quoted or not, with
  // stray and doubled quotes, delimiters inside, huge names, impossible dates.
  const date = fc.oneof(
    fc.constantFrom('00/05/2026', '31/02/2026', '0099-01-01', '1899-12-31', '2026-02-30', ''),
    fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 3000 }),
      )
      .map(([a, b, y]) => `${a}/${b}/${y}`),
    fc
      .date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('Proposal', 'Won', 'Lost', 'Engaging', '赢单', 'Closed Won', 'contractsent'),
    fc.nat({ max: 3000 }).map((n) => 'N'.repeat(n)),
  );
  const amount = fc.oneof(
    fc.constantFrom(
      '$1,200',
      '1.250.000',
      '12.500',
      '3.000,50',
      '9'.repeat(400),
      'EUR 10',
      '¥5',
      '',
    ),
    fc.double({ noNaN: true }).map(String),
  );
  const quoted = (cell: string) =>
    fc.constantFrom(cell, `"${cell.replaceAll('"', '""')}"`, `"${cell}`, `${cell}"`);
  const row = fc
    .tuple(text, text, amount, date, date)
    .chain((cells) => fc.tuple(...cells.map(quoted)))
    .map((cells) => cells.join(','));
  const csv = fc
    .array(row, { maxLength: 12 })
    .map((rows) => ['Deal ID,Stage,Amount,Created,Close Date', ...rows].join('\n'));
  const snapshot = fc.record({
    asOf: fc.constantFrom('2026-01-05', '2026-02-02', '2026-03-02'),
    csv,
  });

  it('never answers 5xx and never echoes more than a small multiple of the request', async () => {
    const { key } = await keyFor('fuzz-history');
    await fc.assert(
      fc.asyncProperty(fc.array(snapshot, { minLength: 1, maxLength: 3 }), async (bodies) => {
        for (const body of bodies) {
          const request = JSON.stringify(body);
          const res = await postJson('/v1/snapshots', body, key);
          expect(res.status).toBeLessThan(500);
          const answer = await res.text();
          // A problem lists at most 100 clipped details; an answer never grows with names.
          expect(answer.length).toBeLessThan(request.length * 4 + 64_000);
          const analyzed = await postCsv(body.csv);
          expect(analyzed.status).toBeLessThan(500);
          const report = await analyzed.text();
          expect(report.length).toBeLessThan(body.csv.length * 20 + 64_000);
        }
        for (const path of HISTORY) {
          const res = await getWithKey(path, key);
          expect(res.status, path).toBeLessThan(500);
          await res.arrayBuffer();
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
