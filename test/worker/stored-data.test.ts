import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORECAST_CATEGORIES } from '../../shared/forecast/forecast-order';
import { DEFAULT_STAGES } from '../../shared/stages/default-stages';
import { isoToDay } from '../../worker/src/days';
import { migrateFromD1 } from '../../worker/src/storage/migrate-d1';
import { snapshotStore } from '../../worker/src/storage/snapshot-store';
import { readStoredDeal, readStoredStages } from '../../worker/src/stored-data';
import { execInObject } from './storage-helpers';
import { getWithKey, keyFor, postJson } from './helpers';

// Rows written straight into the old D1 tables, as older versions (or hand
// edits) left them, then copied into the teams' objects by the storage
// migration (storage/migrate-d1.ts), which keeps every value as stored:
// history must still answer, leaving out what it cannot read.
// storage-robustness.test.ts damages the objects' own rows.

const day = (iso: string) => isoToDay(iso, 'test');
const STAGES = JSON.stringify(DEFAULT_STAGES);

/** Stores a snapshot row and its deal rows exactly as given. */
async function insertSnapshot(
  team: string,
  asOf: number | string,
  stages: string,
  deals: readonly string[],
  dealCount: unknown = deals.length,
) {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM snapshot_deals WHERE team = ?1 AND as_of = ?2').bind(team, asOf),
    env.DB.prepare('DELETE FROM snapshots WHERE team = ?1 AND as_of = ?2').bind(team, asOf),
    env.DB.prepare(
      'INSERT INTO snapshots (team, as_of, stages, deal_count, created) VALUES (?1, ?2, ?3, ?4, ?5)',
    ).bind(team, asOf, stages, dealCount, '2026-01-01T00:00:00Z'),
    ...deals.map((data, position) =>
      env.DB.prepare(
        'INSERT INTO snapshot_deals (team, as_of, position, deal_key, data) VALUES (?1, ?2, ?3, ?4, ?5)',
      ).bind(team, asOf, position, `row:${position}`, data),
    ),
  ]);
  let after: number | null = 0;
  while (after !== null) {
    after = (await migrateFromD1(env.DB, env.TEAM_SNAPSHOTS, { after, limit: 50 })).next;
  }
}

/** Every history endpoint, for the dates the tests store. */
const HISTORY_PATHS = [
  '/v1/snapshots',
  '/v1/waterfall?from=2026-01-05&to=2026-02-02',
  '/v1/waterfall?from=2026-02-02&to=2026-03-02',
  '/v1/waterfall?from=2026-01-05&to=2026-04-01',
  '/v1/waterfall?from=2026-03-02&to=2026-04-01&period=2026',
  '/v1/trends?from=2026-01&to=2026-06&quota=1000',
  '/v1/forecast-accuracy?period=2026-Q1',
  '/v1/forecast-accuracy?period=2026-02',
  '/v1/forecast-accuracy?period=2026',
  '/v1/reports/monthly?month=2026-01',
  '/v1/reports/monthly?month=2026-02',
  '/v1/reports/monthly?month=2026-03',
  '/v1/reports/monthly?month=2026-04',
];

/**
 * One path per endpoint, for the property test: the Workers test pool slows
 * down past a few hundred requests in one test, so each run sends few.
 */
const FUZZ_PATHS = [
  '/v1/snapshots',
  '/v1/waterfall?from=2026-01-05&to=2026-03-02',
  '/v1/trends?from=2026-01&to=2026-03&quota=1000',
  '/v1/forecast-accuracy?period=2026-Q1',
  '/v1/reports/monthly?month=2026-01',
];

/** Calls every history endpoint; each must answer below 500 with a JSON body. */
async function expectEveryEndpointAnswers(key: string, paths = HISTORY_PATHS) {
  const answers: Record<string, { status: number; body: unknown }> = {};
  for (const path of paths) {
    const res = await getWithKey(path, key);
    expect(res.status, path).toBeLessThan(500);
    expect(res.headers.get('content-type'), path).toMatch(/json/);
    answers[path] = { status: res.status, body: await res.json() };
  }
  return answers;
}

const GOOD = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    row: 2,
    id,
    account: `Account ${id}`,
    owner: 'Ana',
    stage: 'Proposal',
    amount: 1000,
    created: day('2025-12-01'),
    closeDate: day('2026-03-20'),
    ...extra,
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('history endpoints read stored rows holding bad data', () => {
  let key = '';

  beforeAll(async () => {
    key = (await keyFor('legacy')).key;
    // 2026-01-05: the default stage table, one deal per kind of bad value.
    await insertSnapshot('legacy', day('2026-01-05'), STAGES, [
      GOOD('A'),
      // A day field holding the error text an old version stored.
      GOOD('B', { closeDate: '"00/05/2026" has no month 0' }),
      // NaN and Infinity cannot be JSON: strings, null and 1e400 (Infinity once parsed).
      GOOD('C', { amount: 'NaN', probability: 'Infinity', created: null }).replace(
        '"closeDate":',
        '"discount":1e400,"contacts":-1e400,"stageEntered":1e400,"closeDate":',
      ),
      '{"row":5,"id":"D","stage":"Negotiation","amount":1e400,"closeDate":1e400}',
      GOOD('E', { stage: 'x'.repeat(100_000) }),
      GOOD('F', { stage: 'Pitch' }),
      '{not json',
      '[1, 2, 3]',
      'null',
      GOOD('G', {
        meddpicc: [1, 2, 3],
        forecastOverride: 'maybe',
        owner: 42,
        lostAtStage: {},
        lastActivity: 1e12,
        nextStepDate: day('2026-01-10') + 0.5,
        row: -3,
      }),
      GOOD('H', {
        stage: 'Closed Won',
        closeDate: day('2026-01-20'),
        meddpicc: [3, 3, 3, 3, 3, 3, 3, 9],
      }),
    ]);
    // 2026-02-02: a stage table that is not an array.
    await insertSnapshot('legacy', day('2026-02-02'), '{"name":"Proposal"}', [
      GOOD('A', { stage: 'Negotiation' }),
      GOOD('B', { stage: 'Closed Lost', closeDate: day('2026-01-25') }),
    ]);
    // 2026-03-02: a custom table whose stage has a 100,000-character name, and
    // a deal count that is not a number.
    const long = 'S'.repeat(100_000);
    await insertSnapshot(
      'legacy',
      day('2026-03-02'),
      JSON.stringify([
        { name: long, aliases: [], order: 1, probability: 0.5, kind: 'open' },
        { name: 'Won', aliases: 'Signed', order: 2, probability: 1, kind: 'won' },
      ]),
      [GOOD('A', { stage: long }), GOOD('B', { stage: 'Won', closeDate: day('2026-02-20') })],
      'many',
    );
    // 2026-04-01: a stage table that is not JSON, and one naming a stage twice.
    await insertSnapshot('legacy', day('2026-04-01'), 'Prospecting;Discovery', [
      GOOD('A', { stage: 'Closed Won', closeDate: day('2026-03-30') }),
    ]);
    await insertSnapshot(
      'legacy',
      day('2026-05-04'),
      JSON.stringify([
        { name: 'Open', aliases: ['Same'], order: 1, probability: 0.5, kind: 'open' },
        { name: 'Same', aliases: [], order: 2, probability: 1, kind: 'won' },
      ]),
      [GOOD('A', { stage: 'Same' })],
    );
    // Snapshot rows dated with text or a number no calendar has.
    await insertSnapshot('legacy', '2026-06-01', STAGES, [GOOD('A')]);
    await insertSnapshot('legacy', 1e12, STAGES, [GOOD('A')]);
  });

  it('answers every history endpoint below 500 with a JSON body', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers = await expectEveryEndpointAnswers(key);
    expect(answers['/v1/waterfall?from=2026-01-05&to=2026-02-02'].status).toBe(200);
    expect(answers['/v1/trends?from=2026-01&to=2026-06&quota=1000'].status).toBe(200);
    expect(answers['/v1/forecast-accuracy?period=2026-Q1'].status).toBe(200);
    expect(answers['/v1/reports/monthly?month=2026-01'].status).toBe(200);
    expect(warn).toHaveBeenCalled();
  });

  it('lists only the snapshots dated with a day number, counting deals when the count is bad', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await getWithKey('/v1/snapshots', key);
    expect(await res.json()).toEqual({
      snapshots: [
        { asOf: '2026-01-05', deals: 11, version: 1 },
        { asOf: '2026-02-02', deals: 2, version: 1 },
        { asOf: '2026-03-02', deals: 2, version: 1 },
        { asOf: '2026-04-01', deals: 1, version: 1 },
        { asOf: '2026-05-04', deals: 1, version: 1 },
      ],
    });
  });

  it('drops bad fields, skips unusable deals and logs what it left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await getWithKey('/v1/waterfall?from=2026-01-05&to=2026-02-02', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      deals: { key: string; changes: string[]; before: { closeDate?: string } | null }[];
    };
    const byKey = Object.fromEntries(body.deals.map((d) => [d.key, d]));
    // B kept, without its close date; E (unknown 100,000-character stage), F
    // (stage not in the table), and the non-JSON rows were skipped, not "removed".
    expect(byKey['id:B'].before).toEqual({ stage: 'Proposal', amount: 1000 });
    expect(byKey['id:A'].changes).toEqual(['advanced']);
    expect(Object.keys(byKey).sort()).toEqual(['id:A', 'id:B', 'id:C', 'id:D', 'id:G', 'id:H']);
    expect(byKey['id:D'].changes).toEqual(['removed']);
    const logged = warn.mock.calls.map((args) => String(args[0])).join('\n');
    expect(logged).toMatch(/closeDate dropped \(not a day number: "\\"00\/05\/2026\\" has/);
    expect(logged).toMatch(/amount dropped \(not a finite number: Infinity\)/); // 1e400
    expect(logged).toMatch(/skipped \(not JSON: "\{not json"\)/);
    expect(logged).toMatch(/stage "x{39}…" is not in the stage table/);
    expect(logged).toMatch(/stage table replaced by the playbook default \(not a list of stages/);
    expect(logged.length).toBeLessThan(20_000);
  });

  it('reads a custom stage table with a 100,000-character stage name', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await getWithKey('/v1/waterfall?from=2026-03-02&to=2026-04-01', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deals: { key: string; changes: string[] }[] };
    // 2026-04-01's table is not JSON: the playbook's, where A is Closed Won.
    expect(body.deals.find((d) => d.key === 'id:A')?.changes).toContain('won');
  });
});

describe('stored value readers', () => {
  it('reads back every field of a snapshot written through the API, dropping nothing', async () => {
    const { key } = await keyFor('roundtrip');
    const csv = [
      'Deal ID,Deal Name,Account,Owner,Source,Product,Segment,Competitor,Loss Reason,Lost At Stage,Stage,Amount,Currency,Probability,Discount,Contacts,Created,Close Date,Stage Entered,Last Activity,Next Step,Next Step Date,Forecast Override,Lesson,Metrics,Economic Buyer,Decision Criteria,Decision Process,Paper Process,Identify Pain,Champion,Competition',
      'D-1,Renewal,Acme,Ana,Referral,Core,SMB,Rival,,,Negotiation,1200.5,EUR,80%,10%,3,2026-01-02,2026-03-30,2026-02-01,2026-02-20,Call CFO,2026-02-25,Best Case,,3,3,2,2,1,3,2,1',
      'D-2,New,Beta,Ben,Inbound,Core,MM,Rival,Price,Proposal,Closed Lost,800,EUR,0%,,1,2025-11-02,2026-01-30,2026-01-30,2026-01-30,,,,Too late,1,1,1,1,1,1,1,1',
    ].join('\n');
    const res = await postJson('/v1/snapshots', { asOf: '2026-02-27', csv }, key);
    expect(res.status).toBe(201);
    const stored = await snapshotStore(env).load('roundtrip', day('2026-02-27'));
    expect(stored?.warnings).toEqual([]);
    expect(stored?.deals).toHaveLength(2);
    expect(Object.keys(stored?.deals[0] ?? {}).length).toBeGreaterThan(20);
    // Every field in the compact columns, none kept as stored text.
    const chunks = await execInObject('roundtrip', 'SELECT data FROM snapshot_chunks');
    expect(chunks).toHaveLength(1);
    const chunk = JSON.parse(String(chunks[0].data));
    expect(chunk.raw).toBeUndefined();
    expect(Object.keys(chunk.cols).length).toBeGreaterThan(20);
    const header = await execInObject('roundtrip', 'SELECT stages FROM snapshots');
    expect(readStoredStages(header[0].stages).warnings).toEqual([]);
    // Values as the CSV above gives them: percentages as fractions, the eight scores in order.
    expect(stored?.deals.map((d) => [d.id, d.amount, d.probability, d.meddpicc])).toEqual([
      ['D-1', 1200.5, 0.8, [3, 3, 2, 2, 1, 3, 2, 1]],
      ['D-2', 800, 0, [1, 1, 1, 1, 1, 1, 1, 1]],
    ]);
  });

  it('reads a stored deal this version wrote unchanged', () => {
    const data = GOOD('A', { meddpicc: [1, 2, 3, 3, 2, 1, 1, 2], forecastOverride: 'commit' });
    expect(readStoredDeal(data, 0)).toEqual({ deal: JSON.parse(data), warnings: [] });
  });

  it('replaces a stage table whose stage has no kind, and drops bad optional stage fields', () => {
    const noKind = readStoredStages('[{"name":"Open","probability":0.5}]');
    expect(noKind.stages).toEqual(DEFAULT_STAGES);
    expect(noKind.warnings[0]).toMatch(/stage 1 needs a name, a kind and a probability/);
    const loose = readStoredStages(
      '[{"name":"Open","probability":0.5,"kind":"open","averageDays":-1,"forecast":"later","aliases":[1,"A"]}]',
    );
    expect(loose.stages).toEqual([
      { name: 'Open', aliases: ['A'], order: 1, probability: 0.5, kind: 'open' },
    ]);
    expect(loose.warnings).toHaveLength(3);
  });
});

describe('history endpoints never answer 5xx, whatever the stored deals hold', () => {
  it('stores random garbage as deals and stage tables and reads every endpoint', async () => {
    const { key } = await keyFor('garbage');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const INFINITY = '__inf__';
    const anyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(INFINITY, `-${INFINITY}`, '', ' ', 'NaN'),
      fc.double(),
      fc.integer({ min: -3e6, max: 3e6 }),
      fc.integer({ min: day('2025-06-01'), max: day('2026-09-30') }),
    );
    const stage = fc.oneof(
      fc.constantFrom(...DEFAULT_STAGES.map((s) => s.name), 'Won', 'lost', '赢单', 'Pitch'),
      anyValue,
    );
    const dealObject = fc.record(
      {
        row: anyValue,
        id: fc.oneof(fc.constantFrom('A', 'B', 'C', ' '), anyValue),
        name: anyValue,
        account: anyValue,
        owner: anyValue,
        source: anyValue,
        competitor: anyValue,
        lossReason: anyValue,
        lostAtStage: stage,
        lesson: anyValue,
        stage,
        amount: anyValue,
        probability: anyValue,
        discount: anyValue,
        contacts: anyValue,
        created: anyValue,
        closeDate: anyValue,
        stageEntered: anyValue,
        lastActivity: anyValue,
        nextStepDate: anyValue,
        meddpicc: fc.oneof(
          fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 7, maxLength: 9 }),
          anyValue,
        ),
        forecastOverride: fc.oneof(fc.constantFrom(...FORECAST_CATEGORIES), anyValue),
      },
      { requiredKeys: [] },
    );
    // JSON cannot hold Infinity: write 1e400, which parses as Infinity.
    const toJson = (value: unknown) =>
      JSON.stringify(value)
        .replaceAll(`"-${INFINITY}"`, '-1e400')
        .replaceAll(`"${INFINITY}"`, '1e400');
    const dealData = fc.oneof(
      { weight: 6, arbitrary: dealObject.map(toJson) },
      { weight: 1, arbitrary: fc.string() },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(toJson) },
    );
    const stageTable = fc.oneof(
      { weight: 4, arbitrary: fc.constant(STAGES) },
      { weight: 1, arbitrary: fc.string() },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(toJson) },
      {
        weight: 1,
        arbitrary: fc
          .array(
            fc.record(
              {
                name: stage,
                kind: fc.oneof(fc.constantFrom('open', 'won', 'lost'), anyValue),
                probability: anyValue,
                order: anyValue,
                aliases: fc.oneof(fc.array(stage, { maxLength: 2 }), anyValue),
                averageDays: anyValue,
                forecast: fc.oneof(fc.constantFrom(...FORECAST_CATEGORIES), anyValue),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          )
          .map(toJson),
      },
    );
    const snapshot = fc.record({
      stages: stageTable,
      deals: fc.array(dealData, { maxLength: 6 }),
    });
    const dates = ['2026-01-05', '2026-02-02', '2026-03-02'].map(day);
    await fc.assert(
      fc.asyncProperty(fc.tuple(snapshot, snapshot, snapshot), async (snapshots) => {
        for (const [i, s] of snapshots.entries()) {
          await insertSnapshot('garbage', dates[i], s.stages, s.deals);
        }
        await expectEveryEndpointAnswers(key, FUZZ_PATHS);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
