import { beforeAll, describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

/** PUTs a forecast call with a key and optional extra headers. */
function putCall(
  path: string,
  body: unknown,
  key: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('PUT /v1/forecast-calls/{period}/{rep}', () => {
  let key = '';
  beforeAll(async () => {
    key = (await keyFor('calls-write')).key;
  });

  it('stores a call with version 1, then replaces it with version 2', async () => {
    const first = await putCall(
      '/v1/forecast-calls/2026-Q4/Ann%20Lee',
      { commit: 120000, bestCase: 150000, note: 'Acme renewal signs in November' },
      key,
    );
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(await first.json()).toMatchObject({
      period: '2026-Q4',
      rep: 'Ann Lee',
      commit: 120000,
      bestCase: 150000,
      note: 'Acme renewal signs in November',
      version: 1,
    });
    // The same rep written in another case and with outer spaces is the same call.
    const second = await putCall(
      '/v1/forecast-calls/2026-Q4/%20ann%20lee',
      { commit: 110000 },
      key,
    );
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).toBe('"2"');
    expect(await second.json()).toMatchObject({
      rep: 'ann lee',
      commit: 110000,
      bestCase: null,
      note: null,
      version: 2,
    });
  });

  it('lists the calls of one period only, by rep name', async () => {
    await putCall('/v1/forecast-calls/2026-Q4/Bo', { commit: 0 }, key);
    await putCall('/v1/forecast-calls/2026-11/Bo', { commit: 30000 }, key);
    const res = await getWithKey('/v1/forecast-calls?period=2026-Q4', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { period: string; calls: Record<string, unknown>[] };
    expect(body.period).toBe('2026-Q4');
    expect(body.calls.map((c) => [c.rep, c.commit, c.version])).toEqual([
      ['ann lee', 110000, 2],
      ['Bo', 0, 1],
    ]);
    const month = (await (await getWithKey('/v1/forecast-calls?period=2026-11', key)).json()) as {
      calls: Record<string, unknown>[];
    };
    expect(month.calls.map((c) => [c.rep, c.commit])).toEqual([['Bo', 30000]]);
  });

  it('refuses a stale If-Match with 412 and the current version, and keeps the call', async () => {
    const path = '/v1/forecast-calls/2027-Q1/Cy';
    expect((await putCall(path, { commit: 10 }, key)).status).toBe(201);
    expect((await putCall(path, { commit: 20 }, key, { 'if-match': '"1"' })).status).toBe(200);
    const stale = await putCall(path, { commit: 30 }, key, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
    const problem = await problemOf(stale);
    expect(problem.errors[0]).toMatchObject({ field: 'If-Match', value: '"1"' });
    expect(problem.detail).toContain('is at version 2');
    const absent = await putCall(path, { commit: 30 }, key, { 'if-none-match': '*' });
    expect(absent.status).toBe(412);
    const list = (await (await getWithKey('/v1/forecast-calls?period=2027-Q1', key)).json()) as {
      calls: { commit: number; version: number }[];
    };
    expect(list.calls).toEqual([expect.objectContaining({ commit: 20, version: 2 })]);
    // If-Match on a rep without a call is stale too.
    const none = await putCall('/v1/forecast-calls/2027-Q1/Dee', { commit: 5 }, key, {
      'if-match': '"1"',
    });
    expect(none.status).toBe(412);
    expect((await problemOf(none)).errors[0].message).toBe('Dee has no call for 2027-Q1');
  });

  it.each([
    ['a negative commit', { commit: -1 }, 'commit'],
    ['a commit given as text ("NaN")', { commit: 'NaN' }, 'commit'],
    ['a commit too large to be finite (1e309)', '{"commit":1e309}', 'commit'],
    ['no commit', { bestCase: 10 }, 'commit'],
    ['a negative best case', { commit: 10, bestCase: -5 }, 'bestCase'],
    ['a note of 501 characters', { commit: 10, note: 'x'.repeat(501) }, 'note'],
    ['an unknown field', { commit: 10, quota: 5 }, 'quota'],
    ['a list instead of an object', '[120000]', '(body)'],
  ])('answers 400 naming the field for %s and stores nothing', async (_, body, field) => {
    const res = await putCall('/v1/forecast-calls/2028-Q2/Eve', body, key);
    const problem = await problemOf(res);
    expect(problem.status).toBe(400);
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(problem.detail).toContain(`Forecast call field ${field}:`);
    const list = (await (await getWithKey('/v1/forecast-calls?period=2028-Q2', key)).json()) as {
      calls: unknown[];
    };
    expect(list.calls).toEqual([]);
  });

  it.each([
    ['2026-Q5', 'period'],
    ['26-Q1', 'period'],
    ['2026-13', 'period'],
  ])('answers 400 naming the period for %s', async (period, field) => {
    const problem = await problemOf(
      await putCall(`/v1/forecast-calls/${period}/Eve`, { commit: 1 }, key),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors[0].field).toBe(field);
  });

  it('answers 400 for a blank rep name', async () => {
    const problem = await problemOf(
      await putCall('/v1/forecast-calls/2026-Q4/%20%20', { commit: 1 }, key),
    );
    expect(problem.errors[0].field).toBe('rep');
  });

  it('says what is wrong in Chinese with ?lang=zh', async () => {
    const problem = await problemOf(
      await putCall('/v1/forecast-calls/2026-Q4/Eve?lang=zh', { commit: -3 }, key),
    );
    expect(problem.title).toBe('请求无效');
    expect(problem.detail).toBe('预测承诺字段 commit：必须是 ≥ 0 的数字');
    expect(problem.errors[0]).toEqual({ field: 'commit', message: '必须是 ≥ 0 的数字' });
    const list = await problemOf(
      await putCall('/v1/forecast-calls/2026-Q4/Eve?lang=zh', '[1]', key),
    );
    expect(list.errors[0]).toEqual({
      field: '(body)',
      message: '必须是 JSON 对象，如 {"commit": 120000}',
    });
    const period = await problemOf(
      await putCall('/v1/forecast-calls/2026-Q9/Eve?lang=zh', { commit: 3 }, key),
    );
    expect(period.detail).toBe(
      '预测承诺字段 period：必须是 1900 到 9999 之间的年份（2026）、季度（2026-Q1）或月份（2026-03）',
    );
  });

  it('keeps each team to its own calls', async () => {
    const other = (await keyFor('calls-other')).key;
    const list = (await (await getWithKey('/v1/forecast-calls?period=2026-Q4', other)).json()) as {
      calls: unknown[];
    };
    expect(list.calls).toEqual([]);
    // The other team's first call of the same rep is its own version 1.
    const own = await putCall('/v1/forecast-calls/2026-Q4/Ann%20Lee', { commit: 1 }, other);
    expect(own.status).toBe(201);
    expect(own.headers.get('etag')).toBe('"1"');
  });

  it('lets a page of an allowed origin send the PUT', async () => {
    const preflight = await call('/v1/forecast-calls/2026-Q4/Ann', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8787',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'if-match, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')?.split(',')).toContain('PUT');
  });

  it('needs a key', async () => {
    const res = await call('/v1/forecast-calls/2026-Q4/Ann', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"commit":1}',
    });
    expect(res.status).toBe(401);
  });
});

// The newest snapshot (2027-01-10, after Q4) holds the outcome; an older one
// inside Q4 (2026-10-05) must not be the one read.
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const EARLY = [
  'A,Acme,Ana,Negotiation,60000,2026-08-01,2026-11-10',
  'B,Beta,Ana,Negotiation,30000,2026-09-01,2026-12-20',
  'C,Cobalt,Ana,Negotiation,7000,2026-09-01,2027-01-05', // Commit, but closes after Q4
  'D,Delta,Ben,Proposal,45000,2026-08-01,2026-10-15', // Best Case, not Commit
  'F,Fox,Cy,Negotiation,20000,2026-09-01,2026-11-01',
];
const LATEST = [
  'A,Acme,Ana,Closed Won,60000,2026-08-01,2026-11-10', // Ana, won in Q4
  'B,Beta,ANA,Closed Won,30000,2026-09-01,2026-12-20', // Ana (case ignored), won in Q4
  'C,Cobalt,Ana,Closed Won,7000,2026-09-01,2027-01-05', // won after Q4: not counted
  'D,Delta,Ben,Closed Won,45000,2026-08-01,2026-10-15', // Ben, won in Q4
  'E,Echo,Ben,Negotiation,50000,2026-09-01,2026-12-30', // open: not counted
  'F,Fox,Cy,Closed Lost,20000,2026-09-01,2026-11-01', // lost: not counted
  'G,Golf,Dee,Closed Won,10000,2026-09-01,2026-10-02', // Dee has no call: not listed
];

describe('GET /v1/forecast-accuracy/reps', () => {
  let key = '';
  beforeAll(async () => {
    key = (await keyFor('calls-accuracy')).key;
    for (const [asOf, lines] of [
      ['2026-10-05', EARLY],
      ['2027-01-10', LATEST],
    ] as const) {
      const res = await postJson(
        '/v1/snapshots',
        { asOf, csv: [HEADER, ...lines].join('\n') },
        key,
      );
      expect(res.status).toBe(201);
    }
    for (const [rep, commit] of [
      ['Ana', 100000],
      ['Ben', 45500],
      ['Cy', 20000],
      ['Zed', 0],
    ] as const) {
      expect((await putCall(`/v1/forecast-calls/2026-Q4/${rep}`, { commit }, key)).status).toBe(
        201,
      );
    }
  });

  it("scores each rep's call against what they won in Q4 (hand-worked)", async () => {
    const res = await getWithKey('/v1/forecast-accuracy/reps?period=2026-Q4', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      period: unknown;
      actualAsOf: string;
      reps: {
        rep: string;
        call: { commit: number };
        actual: { won: number; count: number };
        accuracy: {
          ratio: number | null;
          withinTarget: boolean | null;
          withinTenPercentOfActual: boolean;
          hubspot: number;
        };
      }[];
    };
    expect(body.period).toEqual({ label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(body.actualAsOf).toBe('2027-01-10');
    const [ana, ben, cy, zed] = body.reps;
    expect(body.reps.map((r) => r.rep)).toEqual(['Ana', 'Ben', 'Cy', 'Zed']);
    // Ana: won A 60,000 + B 30,000 = 90,000 in 2 deals on a call of 100,000.
    // Ratio 90,000 / 100,000 = 0.9, on the edge of 0.9..1.1 (in); the miss
    // 10,000 is 11.1% of the 90,000 won (out); HubSpot 1 − 10,000 / 90,000 = 0.8889.
    expect(ana.actual).toEqual({ won: 90000, count: 2 });
    expect(ana.accuracy.ratio).toBeCloseTo(0.9, 12);
    expect(ana.accuracy.withinTarget).toBe(true);
    expect(ana.accuracy.withinTenPercentOfActual).toBe(false);
    expect(ana.accuracy.hubspot).toBeCloseTo(1 - 10000 / 90000, 12);
    // Ben: won D 45,000 on a call of 45,500: ratio 45,000 / 45,500 = 0.98901;
    // miss 500 ≤ 4,500 (in); HubSpot 1 − 500 / 45,000 = 0.98889.
    expect(ben.actual).toEqual({ won: 45000, count: 1 });
    expect(ben.accuracy.ratio).toBeCloseTo(45000 / 45500, 12);
    expect(ben.accuracy.withinTarget).toBe(true);
    expect(ben.accuracy.withinTenPercentOfActual).toBe(true);
    expect(ben.accuracy.hubspot).toBeCloseTo(1 - 500 / 45000, 12);
    // Cy: F was lost, nothing won on a call of 20,000: ratio 0 (out), HubSpot 0.
    expect(cy.actual).toEqual({ won: 0, count: 0 });
    expect(cy.accuracy).toEqual({
      ratio: 0,
      withinTarget: false,
      withinTenPercentOfActual: false,
      hubspot: 0,
    });
    // Zed: nothing won on a call of 0: no ratio, exact by the other two.
    expect(zed.accuracy).toEqual({
      ratio: null,
      withinTarget: null,
      withinTenPercentOfActual: true,
      hubspot: 1,
    });
  });

  it('counts Commit deals at the start of Q4 against deals won in it (hand-worked)', async () => {
    const body = (await (
      await getWithKey('/v1/forecast-accuracy/reps?period=2026-Q4', key)
    ).json()) as { reps: { rep: string; byDeals: unknown }[] };
    const byDeals = Object.fromEntries(body.reps.map((r) => [r.rep, r.byDeals]));
    // Commit deals (Negotiation) closing in Q4 in the 2026-10-05 snapshot:
    // Ana A, B (C closes 2027-01-05: out) = 2; Ben 0 (D is Proposal, Best Case);
    // Cy F = 1; Zed 0. Won in Q4 in the newest snapshot: Ana A, B = 2; Ben D = 1;
    // Cy 0; Zed 0.
    // Ana 2 / 2 = 1 (in); Ben 1 / 0 and Zed 0 / 0: no ratio; Cy 0 / 1 = 0 (out).
    expect(byDeals).toEqual({
      Ana: { committed: 2, won: 2, ratio: 1, withinTarget: true },
      Ben: { committed: 0, won: 1, ratio: null, withinTarget: null },
      Cy: { committed: 1, won: 0, ratio: 0, withinTarget: false },
      Zed: { committed: 0, won: 0, ratio: null, withinTarget: null },
    });
  });

  it('has no count by deals when no snapshot is dated within the period', async () => {
    // Q3 2026 has no snapshot of its own: the first is 2026-10-05.
    expect((await putCall('/v1/forecast-calls/2026-Q3/Ana', { commit: 1 }, key)).status).toBe(201);
    const body = (await (
      await getWithKey('/v1/forecast-accuracy/reps?period=2026-Q3', key)
    ).json()) as { reps: { rep: string; byDeals: unknown }[] };
    expect(body.reps.map((r) => [r.rep, r.byDeals])).toEqual([['Ana', null]]);
  });

  it("does not show one team's calls to another", async () => {
    const other = (await keyFor('calls-accuracy-other')).key;
    await postJson(
      '/v1/snapshots',
      { asOf: '2027-01-10', csv: [HEADER, ...LATEST].join('\n') },
      other,
    );
    const body = (await (
      await getWithKey('/v1/forecast-accuracy/reps?period=2026-Q4', other)
    ).json()) as { reps: unknown[] };
    expect(body.reps).toEqual([]);
  });

  it('answers 404 without a snapshot in or after the period and 400 for a bad period', async () => {
    const res = await getWithKey('/v1/forecast-accuracy/reps?period=2027-Q2', key);
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toBe(
      'No snapshot dated in or after 2027-Q2 for this team.',
    );
    const bad = await problemOf(await getWithKey('/v1/forecast-accuracy/reps?period=Q4', key));
    expect(bad.status).toBe(400);
    expect(bad.errors[0].field).toBe('period');
  });
});
