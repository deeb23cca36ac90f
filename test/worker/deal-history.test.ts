import { beforeAll, describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';
import { writeRawSnapshot } from './storage-helpers';

// Four snapshots of one team, default stage table (playbook §1). Days after
// 2026-03-02: 0, 7, 21, 28.
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const RUN: [string, string[]][] = [
  [
    '2026-03-02',
    [
      'P,Pearl,Ana,Discovery,30000,2026-02-01,2026-04-10',
      'R,Ruby,Ana,Evaluation,20000,2026-01-15,2026-03-31',
      'S,Sand,Ben,Prospecting,5000,2026-02-20,2026-06-30',
    ],
  ],
  [
    '2026-03-09',
    [
      'P,Pearl,Ana,Discovery,30000,2026-02-01,2026-04-24',
      'Q,Quartz,Ben,Discovery,12000,2026-03-05,2026-05-15',
      'R,Ruby,Ana,Proposal,20000,2026-01-15,2026-03-31',
      'S,Sand,Ben,Prospecting,5000,2026-02-20,2026-06-30',
    ],
  ],
  [
    '2026-03-23',
    [
      'P,Pearl,Ana,Proposal,30000,2026-02-01,2026-04-24',
      'Q,Quartz,Ben,Discovery,12000,2026-03-05,2026-05-01',
      'R,Ruby,Ana,Closed Won,20000,2026-01-15,2026-03-20',
      'S,Sand,Ben,Prospecting,5000,2026-02-20,2026-06-30',
    ],
  ],
  [
    '2026-03-30',
    [
      'P,Pearl,Ana,Proposal,30000,2026-02-01,2026-04-30',
      'Q,Quartz,Ben,Evaluation,12000,2026-03-05,2026-05-01',
      'R,Ruby,Ana,Closed Won,20000,2026-01-15,2026-03-20',
      'S,Sand,Ben,Prospecting,5000,2026-02-20,2026-06-30',
    ],
  ],
];

interface Body {
  snapshots: string[];
  deals: {
    key: string;
    name?: string;
    account?: string;
    owner?: string;
    firstSeen: string;
    lastSeen: string;
    pushes: number;
    pulls: number;
    pushedDays: number;
    stageDays: Record<string, number>;
  }[];
  stages: { stage: string; averageDays: number | null; deals: number }[];
}

let key = '';
let otherKey = '';

beforeAll(async () => {
  key = (await keyFor('deal-history')).key;
  for (const [asOf, lines] of RUN) {
    const res = await postJson('/v1/snapshots', { asOf, csv: [HEADER, ...lines].join('\n') }, key);
    expect(res.status).toBe(201);
  }
  // Another team with a deal of the same id, pushed a long way.
  otherKey = (await keyFor('deal-history-other')).key;
  for (const [asOf, close] of [
    ['2026-03-02', '2026-04-01'],
    ['2026-03-30', '2026-09-01'],
  ]) {
    const csv = [HEADER, `P,Other,Zed,Negotiation,99000,2026-01-01,${close}`].join('\n');
    expect((await postJson('/v1/snapshots', { asOf, csv }, otherKey)).status).toBe(201);
  }
});

const byKey = (body: Body) => Object.fromEntries(body.deals.map((d) => [d.key, d]));

describe('GET /v1/deal-history', () => {
  it('counts pushes, pulls and days per stage over four snapshots (hand-worked)', async () => {
    const res = await getWithKey('/v1/deal-history?from=2026-03-01&to=2026-03-31', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.snapshots).toEqual(['2026-03-02', '2026-03-09', '2026-03-23', '2026-03-30']);
    const deals = byKey(body);
    // P: 04-10 → 04-24 (+14, inside April, so no slip in the waterfall) → 04-24 → 04-30 (+6).
    // Discovery 03-02 → 03-09 = 7 days; Proposal 03-23 → 03-30 = 7 days.
    expect(deals['id:P']).toEqual({
      key: 'id:P',
      account: 'Pearl',
      owner: 'Ana',
      firstSeen: '2026-03-02',
      lastSeen: '2026-03-30',
      pushes: 2,
      pulls: 0,
      pushedDays: 20,
      stageDays: { Discovery: 7, Proposal: 7 },
    });
    // Q: new on 03-09; 05-15 → 05-01 is a pull; Discovery 03-09 → 03-23 = 14 days.
    expect(deals['id:Q']).toMatchObject({
      firstSeen: '2026-03-09',
      pushes: 0,
      pulls: 1,
      stageDays: { Discovery: 14 },
    });
    // R: 03-31 → 03-20 when won is a pull; a new stage in every pair, so no days.
    expect(deals['id:R']).toMatchObject({ pushes: 0, pulls: 1, stageDays: {} });
    // S: Prospecting in all four, 0 → 28.
    expect(deals['id:S']).toMatchObject({ pushes: 0, pulls: 0, stageDays: { Prospecting: 28 } });
    // Average stays, each change half way between its snapshots:
    // Q Discovery: absent at 0, there at 7, Evaluation at 28 → (21+28)/2 − (0+7)/2 = 21.
    // R Proposal: Evaluation at 0, Proposal at 7, Closed Won at 21 → (7+21)/2 − 3.5 = 10.5.
    // P Discovery began before the range, P Proposal and S Prospecting have not ended.
    expect(body.stages).toEqual([
      { stage: 'Prospecting', averageDays: null, deals: 0 },
      { stage: 'Discovery', averageDays: 21, deals: 1 },
      { stage: 'Evaluation', averageDays: null, deals: 0 },
      { stage: 'Proposal', averageDays: 10.5, deals: 1 },
      { stage: 'Negotiation', averageDays: null, deals: 0 },
    ]);
  });

  it('reads only the snapshots inside the range', async () => {
    const res = await getWithKey('/v1/deal-history?from=2026-03-09&to=2026-03-30', key);
    const body = (await res.json()) as Body;
    expect(body.snapshots).toEqual(['2026-03-09', '2026-03-23', '2026-03-30']);
    const deals = byKey(body);
    // P: 04-24 → 04-24 → 04-30: one push of 6 days; Discovery only in the first snapshot.
    expect(deals['id:P']).toMatchObject({ pushes: 1, pushedDays: 6, stageDays: { Proposal: 7 } });
    // Q's and R's stays now begin in the range's first snapshot: no average.
    expect(body.stages.every((s) => s.averageDays === null && s.deals === 0)).toBe(true);
  });

  it("keeps each team's deals apart", async () => {
    const res = await getWithKey('/v1/deal-history?from=2026-03-01&to=2026-03-31', otherKey);
    const body = (await res.json()) as Body;
    expect(body.snapshots).toEqual(['2026-03-02', '2026-03-30']);
    // 04-01 → 09-01 = 30 + 31 + 30 + 31 + 31 = 153 days later.
    expect(body.deals).toEqual([
      expect.objectContaining({ key: 'id:P', account: 'Other', pushes: 1, pushedDays: 153 }),
    ]);
    const none = await getWithKey(
      '/v1/deal-history?from=2026-03-01&to=2026-03-31',
      (await keyFor('deal-history-empty')).key,
    );
    expect(none.status).toBe(404);
  });

  it('answers 404 for a range without snapshots', async () => {
    const res = await getWithKey('/v1/deal-history?from=2026-04-01&to=2026-04-30', key);
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toBe(
      'No snapshot between 2026-04-01 and 2026-04-30 for this team.',
    );
  });

  it('answers bad queries with 400 naming the query field', async () => {
    const missing = await problemOf(await getWithKey('/v1/deal-history?from=2026-03-01', key));
    expect(missing.status).toBe(400);
    expect(missing.errors[0].field).toBe('to');
    const bad = await problemOf(
      await getWithKey('/v1/deal-history?from=2026-02-30&to=2026-03-31', key),
    );
    expect(bad.status).toBe(400);
    expect(bad.errors[0].field).toBe('from');
    const extra = await getWithKey('/v1/deal-history?from=2026-03-01&to=2026-03-31&x=1', key);
    expect(extra.status).toBe(400);
    const reversed = await problemOf(
      await getWithKey('/v1/deal-history?from=2026-03-31&to=2026-03-01&lang=zh', key),
    );
    expect(reversed.status).toBe(400);
    expect(reversed.detail).toBe('"to" 不能早于 "from"。');
  });

  it('refuses a range holding more than 120 snapshots, in the language asked for', async () => {
    // 121 daily snapshots from 2026-01-01 (day 20454), written straight into storage.
    const team = 'deal-history-many';
    const manyKey = (await keyFor(team)).key;
    for (let day = 20454; day < 20454 + 121; day++) {
      await writeRawSnapshot(team, day, { stages: '[]' }, []);
    }
    const path = '/v1/deal-history?from=2026-01-01&to=2026-05-01';
    const res = await problemOf(await getWithKey(path, manyKey));
    expect(res.status).toBe(400);
    expect(res.errors[0]).toMatchObject({ field: 'to', value: '2026-05-01' });
    expect(res.detail).toBe('"from" to "to" may hold at most 120 snapshots.');
    const zh = await problemOf(await getWithKey(`${path}&lang=zh`, manyKey));
    expect(zh.detail).toBe('"from" 到 "to" 最多包含 120 个快照。');
    expect(zh.errors[0].message).toBe('范围内有 121 个快照；每个请求最多读取 120 个');
    // One day less: 120 empty snapshots are read.
    const ok = await getWithKey('/v1/deal-history?from=2026-01-01&to=2026-04-30', manyKey);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Body).snapshots).toHaveLength(120);
  });

  it('needs a team key', async () => {
    expect((await call('/v1/deal-history?from=2026-03-01&to=2026-03-31')).status).toBe(401);
  });
});
