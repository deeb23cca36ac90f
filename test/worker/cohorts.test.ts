import { beforeAll, describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

// Two snapshots of one team's pipeline, default stage table (playbook §1).
// The cohorts are read from the newest one (2026-04-01); the older one has
// every deal open, so a figure read from it would show no won deal at all.
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const OLD = [
  'A,Acme,Ana,Negotiation,50000,2026-01-10,2026-02-20',
  'B,Beta,Ana,Proposal,20000,2026-01-15,2026-03-01',
  'C,Cobalt,Ben,Discovery,10000,2026-01-20,2026-03-10',
];
const NEWEST = [
  'A,Acme,Ana,Closed Won,50000,2026-01-10,2026-02-20',
  'B,Beta,Ana,Closed Lost,20000,2026-01-15,2026-03-01',
  'C,Cobalt,Ben,Closed Won,10000,2026-01-20,2026-03-10',
  'D,Delta,Ben,Negotiation,30000,2026-02-03,2026-05-15',
  'E,Echo,Ben,Closed Won,8000,2026-02-14,2026-03-30',
  'F,Fox,Ana,Proposal,12000,2026-02-20,2026-06-30',
  'G,Golf,Ana,Discovery,5000,2026-03-05,2026-07-31',
  'J,Juliet,Ben,Closed Won,,2026-03-09,2026-03-20',
  'H,Hotel,Ben,Closed Lost,4000,,2026-03-15',
  'I,India,Ana,Closed Won,6000,2025-12-01,2026-01-05',
];

let key = '';

beforeAll(async () => {
  key = (await keyFor('cohorts')).key;
  for (const [asOf, lines] of [
    ['2026-02-01', OLD],
    ['2026-04-01', NEWEST],
  ] as const) {
    const res = await postJson('/v1/snapshots', { asOf, csv: [HEADER, ...lines].join('\n') }, key);
    expect(res.status).toBe(201);
  }
});

interface Body {
  from: string;
  to: string;
  snapshotAsOf: string;
  maturingOpenShare: number;
  cohorts: {
    month: string;
    created: number;
    won: number;
    lost: number;
    open: number;
    wonAmount: number;
    winRate: number | null;
    openShare: number;
    maturing: boolean;
    note: string | null;
  }[];
  undated: { created: number; lost: number; winRate: number | null; maturing: boolean } | null;
  missingAmount: number;
}

describe('GET /v1/cohorts', () => {
  it('follows each creation month of the newest snapshot to its outcome (hand-worked)', async () => {
    const res = await getWithKey('/v1/cohorts?from=2026-01&to=2026-04', key);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.snapshotAsOf).toBe('2026-04-01');
    expect(body.maturingOpenShare).toBe(0.2);
    const rows = body.cohorts.map(({ month, created, won, lost, open, wonAmount, maturing }) => [
      month,
      created,
      won,
      lost,
      open,
      wonAmount,
      maturing,
    ]);
    expect(rows).toEqual([
      // January: A won 50,000, B lost, C won 10,000 → 2 won of 3 closed, none open.
      ['2026-01', 3, 2, 1, 0, 60_000, false],
      // February: E won 8,000; D and F open → 2 of 3 open (67% > 20%): maturing.
      ['2026-02', 3, 1, 0, 2, 8_000, true],
      // March: J won with a blank amount (counted 0); G open → 1 of 2 open: maturing.
      ['2026-03', 2, 1, 0, 1, 0, true],
      // April: nothing created.
      ['2026-04', 0, 0, 0, 0, 0, false],
    ]);
    expect(body.cohorts[0].winRate).toBeCloseTo(2 / 3, 12);
    expect(body.cohorts[1].winRate).toBe(1);
    expect(body.cohorts[1].openShare).toBeCloseTo(2 / 3, 12);
    expect(body.cohorts[3].winRate).toBeNull();
    expect(body.cohorts[0].note).toBeNull();
    expect(body.cohorts[1].note).toBe(
      'Still maturing: 67% of its deals are still open, so its win rate may change.',
    );
    // H has no created date: counted once, undated, lost → win rate 0.
    expect(body.undated).toMatchObject({ created: 1, lost: 1, winRate: 0, maturing: false });
    // I (created 2025-12) is outside the range; J is the blank won amount.
    expect(body.missingAmount).toBe(1);
  });

  it('words the maturing note in Chinese when asked', async () => {
    const res = await getWithKey('/v1/cohorts?from=2026-03&to=2026-03&lang=zh', key);
    const body = (await res.json()) as Body;
    expect(body.cohorts[0].note).toBe('仍在成熟中：50% 的交易尚未结束，成交率可能还会变化。');
  });

  it('names the bad query parameter', async () => {
    const malformed = await problemOf(await getWithKey('/v1/cohorts?from=2026-1&to=2026-04', key));
    expect(malformed.status).toBe(400);
    expect(malformed.errors[0].field).toBe('from');
    const missing = await problemOf(await getWithKey('/v1/cohorts?from=2026-01', key));
    expect(missing.errors[0].field).toBe('to');
    const unknown = await problemOf(
      await getWithKey('/v1/cohorts?from=2026-01&to=2026-02&x=1', key),
    );
    expect(unknown.errors[0].field).toBe('x');
    const backwards = await problemOf(await getWithKey('/v1/cohorts?from=2026-04&to=2026-01', key));
    expect(backwards.status).toBe(400);
    expect(backwards.detail).toBe('"to" must not be before "from".');
    // 2016-01 through 2026-01 is 121 months, one more than allowed.
    const long = await problemOf(await getWithKey('/v1/cohorts?from=2016-01&to=2026-01', key));
    expect(long.status).toBe(400);
    expect(long.detail).toMatch(/120 months/);
    expect(long.errors[0].field).toBe('to');
    const zh = await problemOf(
      await getWithKey('/v1/cohorts?from=2026-04&to=2026-01&lang=zh', key),
    );
    expect(zh.detail).toBe('"to" 不能早于 "from"。');
  });

  it('answers odd query strings with a 400 problem, never a 500', async () => {
    for (const query of [
      'from=1899-12&to=2026-01',
      'from=2026-00&to=2026-01',
      'from=2026-13&to=2026-13',
      'from=%202026-01&to=2026-02',
      'from=2026-01&to=2026-02&to=2026-03',
      'from=&to=',
      'lang=fr&from=2026-01&to=2026-02',
    ]) {
      const res = await getWithKey(`/v1/cohorts?${query}`, key);
      expect(res.status, query).toBe(400);
    }
  });

  it('answers 404 for a team without snapshots and 401 without a key', async () => {
    const empty = (await keyFor('cohorts-empty')).key;
    const none = await problemOf(await getWithKey('/v1/cohorts?from=2026-01&to=2026-02', empty));
    expect(none.status).toBe(404);
    expect(none.detail).toBe('No snapshot for this team yet.');
    const zh = await problemOf(
      await getWithKey('/v1/cohorts?from=2026-01&to=2026-02&lang=zh', empty),
    );
    expect(zh.detail).toBe('该团队还没有快照。');
    expect((await call('/v1/cohorts?from=2026-01&to=2026-02')).status).toBe(401);
  });
});
