import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STAGES } from '../../shared/stages/default-stages';
import { isoToDay } from '../../worker/src/days';
import { encodeChunk } from '../../worker/src/storage/chunk-codec';
import { getWithKey, keyFor, postJson } from './helpers';
import { execInObject, writeRawSnapshot } from './storage-helpers';

// Rows of a team's object damaged after they were written (a hand edit, a
// bug of a later version): every history endpoint still answers below 500,
// reads what it can, logs what it left out, and a trend whose stored figures
// are damaged is worked out from the deals instead, with the same figures.

const day = (iso: string) => isoToDay(iso, 'test');
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const SNAPSHOTS: [string, string][] = [
  [
    '2026-01-05',
    'A,Acme,Ana,Negotiation,50000,2025-11-01,2026-02-15\nB,Beta,Ben,Closed Won,9000,2025-10-01,2026-01-03',
  ],
  [
    '2026-02-02',
    'A,Acme,Ana,Closed Won,52000,2025-11-01,2026-01-30\nC,Cobalt,Ben,Proposal,7000,2026-01-02,2026-04-15',
  ],
  [
    '2026-03-02',
    'A,Acme,Ana,Closed Won,52000,2025-11-01,2026-01-30\nC,Cobalt,Ben,Closed Lost,7000,2026-01-02,2026-02-25',
  ],
];
const PATHS = [
  '/v1/snapshots',
  '/v1/waterfall?from=2026-01-05&to=2026-02-02',
  '/v1/waterfall?from=2026-02-02&to=2026-03-02',
  '/v1/trends?from=2026-01&to=2026-03&quota=60000',
  '/v1/forecast-accuracy?period=2026-Q1',
  '/v1/reports/monthly?month=2026-01',
  '/v1/reports/monthly?month=2026-02',
];

async function writeHistory(team: string): Promise<string> {
  const { key } = await keyFor(team);
  for (const [asOf, lines] of SNAPSHOTS) {
    const res = await postJson('/v1/snapshots', { asOf, csv: `${HEADER}\n${lines}` }, key);
    expect(res.status).toBe(201);
  }
  return key;
}

async function answers(key: string, paths = PATHS) {
  const out: Record<string, { status: number; body: unknown }> = {};
  for (const path of paths) {
    const res = await getWithKey(path, key);
    expect(res.status, path).toBeLessThan(500);
    expect(res.headers.get('content-type'), path).toMatch(/json/);
    out[path] = { status: res.status, body: await res.json() };
  }
  return out;
}

const logged = (warn: { mock: { calls: unknown[][] } }) =>
  warn.mock.calls.map((args) => String(args[0])).join('\n');

afterEach(() => {
  vi.restoreAllMocks();
});

describe("history endpoints over damaged rows of a team's object", () => {
  let intact: Record<string, { status: number; body: unknown }> = {};

  beforeAll(async () => {
    intact = await answers(await writeHistory('intact'));
  });

  it('works the trend out from the deals when the stored figures are damaged', async () => {
    const key = await writeHistory('figures');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dates = SNAPSHOTS.map(([asOf]) => day(asOf));
    await execInObject(
      'figures',
      "UPDATE snapshots SET summary = '{not json' WHERE as_of = ?",
      dates[0],
    );
    await execInObject(
      'figures',
      'UPDATE snapshots SET summary = \'{"v":1,"open":"lots","weighted":1,"closed":[]}\' WHERE as_of = ?',
      dates[1],
    );
    await execInObject(
      'figures',
      'UPDATE snapshots SET summary = \'{"v":1,"open":1,"weighted":1,"closed":[[1,2]]}\' WHERE as_of = ?',
      dates[2],
    );
    const path = '/v1/trends?from=2026-01&to=2026-03&quota=60000';
    const res = await getWithKey(path, key);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(intact[path].body);
    const text = logged(warn);
    expect(text).toMatch(/trend figures not read \(not JSON\)/);
    expect(text).toMatch(/trend figures not read \(pipeline is not a number\)/);
    expect(text).toMatch(/trend figures not read \(a closed month is not readable\)/);
  });

  it('answers the monthly report from the row stored with the snapshot, not its deals', async () => {
    const key = await writeHistory('report-row');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // January's report reads 2026-02-02 (its first successor); with that
    // snapshot's deals gone, the answer can only come from the stored report.
    await execInObject(
      'report-row',
      'DELETE FROM snapshot_chunks WHERE as_of = ?',
      day('2026-02-02'),
    );
    const path = '/v1/reports/monthly?month=2026-01';
    const res = await getWithKey(path, key);
    expect(await res.json()).toEqual(intact[path].body);
  });

  it('works the monthly report out from the deals when its stored report is damaged', async () => {
    const key = await writeHistory('report-damaged');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await execInObject(
      'report-damaged',
      "UPDATE snapshots SET reports = '{not json' WHERE as_of = ?",
      day('2026-02-02'),
    );
    await execInObject(
      'report-damaged',
      'UPDATE snapshots SET reports = \'{"2026-02":{"month":"2026-02","answers":[1,2]}}\' WHERE as_of = ?',
      day('2026-03-02'),
    );
    for (const path of ['/v1/reports/monthly?month=2026-01', '/v1/reports/monthly?month=2026-02']) {
      const res = await getWithKey(path, key);
      expect(await res.json()).toEqual(intact[path].body);
    }
    const text = logged(warn);
    expect(text).toMatch(/stored report not read \(not JSON\)/);
    expect(text).toMatch(/stored report not read \(the report of 2026-02 is not readable\)/);
  });

  it('skips a damaged chunk, drops unreadable column values, and logs both', async () => {
    const key = await writeHistory('chunks');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await execInObject(
      'chunks',
      'UPDATE snapshot_chunks SET data = \'{"v":1,"n":\' WHERE as_of = ?',
      day('2026-02-02'),
    );
    // Owner indices far outside the chunk's dictionary, and an amount column that is not a list.
    const rows = await execInObject(
      'chunks',
      'SELECT data FROM snapshot_chunks WHERE as_of = ?',
      day('2026-01-05'),
    );
    const chunk = JSON.parse(String(rows[0].data));
    chunk.cols.owner = ['s', [99, -1]];
    chunk.cols.amount = ['n', 'many'];
    await execInObject(
      'chunks',
      'UPDATE snapshot_chunks SET data = ? WHERE as_of = ?',
      JSON.stringify(chunk),
      day('2026-01-05'),
    );
    const all = await answers(key);
    const waterfall = all['/v1/waterfall?from=2026-01-05&to=2026-02-02'];
    expect(waterfall.status).toBe(200);
    // The later snapshot lost its only chunk: both earlier deals read as removed.
    const deals = (waterfall.body as { deals: { key: string; changes: string[] }[] }).deals;
    expect(deals.map((d) => [d.key, d.changes])).toEqual([
      ['id:A', ['removed']],
      ['id:B', ['removed']],
    ]);
    const text = logged(warn);
    expect(text).toMatch(/chunk 1 skipped with its 2 deal\(s\) \(not JSON/);
    expect(text).toMatch(/chunk 1: 2 value\(s\) of owner dropped/);
    expect(text).toMatch(/chunk 1: column amount dropped/);
    // The list still counts the deals the header says the snapshot holds.
    expect(all['/v1/snapshots'].body).toEqual(intact['/v1/snapshots'].body);
  });

  it('counts deals from the chunks when the stored count is not a count, and leaves out impossible dates', async () => {
    const key = await writeHistory('counts');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await execInObject('counts', "UPDATE snapshots SET deal_count = 'many'");
    await writeRawSnapshot('counts', 1e12, { stages: JSON.stringify(DEFAULT_STAGES) }, [
      { data: encodeChunk([{ row: 2, stage: 'Proposal', amount: 1 }]), deals: 1 },
    ]);
    const res = await getWithKey('/v1/snapshots', key);
    expect(await res.json()).toEqual(intact['/v1/snapshots'].body);
  });

  it('answers every endpoint below 500 whatever a chunk, a summary or a stage table holds', async () => {
    const key = await writeHistory('garbage');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const anyJson = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));
    const column = fc.tuple(
      fc.constantFrom('s', 'n', 'j', 'x'),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
    );
    const chunk = fc.oneof(
      fc.string(),
      anyJson,
      fc
        .record(
          {
            v: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
            n: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.jsonValue({ maxDepth: 0 })),
            dict: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
            cols: fc.dictionary(
              fc.constantFrom('row', 'stage', 'amount', 'closeDate', 'created', 'id', 'meddpicc'),
              column,
            ),
            raw: fc.dictionary(fc.constantFrom('0', '1', '2'), fc.oneof(fc.string(), anyJson)),
          },
          { requiredKeys: [] },
        )
        .map((c) => JSON.stringify(c)),
    );
    const summary = fc.oneof(fc.constant(null), fc.string(), anyJson);
    const stages = fc.oneof(fc.constant(JSON.stringify(DEFAULT_STAGES)), fc.string(), anyJson);
    const snapshot = fc.record({
      stages,
      summary,
      chunks: fc.array(fc.record({ data: chunk, deals: fc.oneof(fc.nat(5), fc.string()) }), {
        maxLength: 2,
      }),
    });
    const dates = SNAPSHOTS.map(([asOf]) => day(asOf));
    await fc.assert(
      fc.asyncProperty(fc.tuple(snapshot, snapshot, snapshot), async (list) => {
        for (const [i, s] of list.entries()) {
          await writeRawSnapshot(
            'garbage',
            dates[i],
            { stages: s.stages, summary: s.summary },
            s.chunks,
          );
        }
        await answers(key, [
          '/v1/snapshots',
          '/v1/waterfall?from=2026-01-05&to=2026-03-02',
          '/v1/trends?from=2026-01&to=2026-03&quota=1000',
          '/v1/forecast-accuracy?period=2026-Q1',
          '/v1/reports/monthly?month=2026-01',
        ]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
