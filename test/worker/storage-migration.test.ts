import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dealKey } from '../../shared/snapshots/deal-key';
import { replaceSnapshot } from '../../worker/db/snapshots';
import { isoToDay } from '../../worker/src/days';
import { snapshotStore } from '../../worker/src/storage/snapshot-store';
import { call, getWithKey, keyFor, postJson } from './helpers';

// The copy from the old D1 tables into the teams' objects: one team's history
// written through the API (new storage) and the same snapshots written into
// D1 the old way for a second team; once migrated, every history endpoint
// must answer the second team exactly as the first.

const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const SNAPSHOTS: [string, string[]][] = [
  [
    '2026-01-05',
    [
      'A,Acme,Ana,Negotiation,50000,2025-11-01,2026-02-15',
      'B,Beta,Ana,Proposal,30000,2025-12-15,2026-03-10',
      'C,Cobalt,Ben,Discovery,12000.5,2026-01-02,2026-05-15',
      'D,Delta,Ben,Closed Lost,8000,2025-10-01,2025-12-20',
    ],
  ],
  [
    '2026-02-02',
    [
      'A,Acme,Ana,Closed Won,52000,2025-11-01,2026-01-30',
      'B,Beta,Ana,Negotiation,30000,2025-12-15,2026-03-10',
      'C,Cobalt,Ben,Evaluation,12000.5,2026-01-02,2026-05-15',
      'E,Echo,Ben,Discovery,7000,2026-01-20,2026-06-30',
    ],
  ],
  [
    '2026-04-01',
    [
      'A,Acme,Ana,Closed Won,52000,2025-11-01,2026-01-30',
      'B,Beta,Ana,Closed Won,31000,2025-12-15,2026-03-12',
      'C,Cobalt,Ben,Closed Lost,12000.5,2026-01-02,2026-03-20',
      'E,Echo,Ben,Proposal,7000,2026-01-20,2026-06-30',
    ],
  ],
];

const PATHS = [
  '/v1/snapshots',
  '/v1/waterfall?from=2026-01-05&to=2026-02-02',
  '/v1/waterfall?from=2026-01-05&to=2026-04-01&period=2026-Q1',
  '/v1/trends?from=2026-01&to=2026-04&quota=40000',
  '/v1/forecast-accuracy?period=2026-Q1',
  '/v1/reports/monthly?month=2026-01',
  '/v1/reports/monthly?month=2026-03',
];

const ADMIN = { authorization: 'Bearer test-admin-token' };

/** Runs the migration route until it has seen every row; returns the summed steps. */
async function migrateAll() {
  const total = { copied: 0, kept: 0, skipped: [] as string[], calls: 0 };
  let after: number | null = 0;
  while (after !== null) {
    const res = await call(`/v1/admin/migrate-storage?after=${after}&limit=2`, {
      method: 'POST',
      headers: ADMIN,
    });
    expect(res.status).toBe(200);
    const step = (await res.json()) as {
      copied: number;
      kept: number;
      skipped: string[];
      next: number | null;
    };
    total.copied += step.copied;
    total.kept += step.kept;
    total.skipped.push(...step.skipped);
    total.calls += 1;
    after = step.next;
  }
  return total;
}

async function answers(key: string) {
  const out: Record<string, unknown> = {};
  for (const path of PATHS) {
    const res = await getWithKey(path, key);
    out[path] = { status: res.status, body: await res.json() };
  }
  return out;
}

describe('migration from the D1 tables', () => {
  it('refuses a call without the admin token', async () => {
    const none = await call('/v1/admin/migrate-storage', { method: 'POST' });
    expect(none.status).toBe(401);
    const wrong = await call('/v1/admin/migrate-storage', {
      method: 'POST',
      headers: { authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(401);
    const { key } = await keyFor('not-admin');
    const team = await call('/v1/admin/migrate-storage', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(team.status).toBe(401);
  });

  it('copies every snapshot so each history endpoint answers as before, idempotently', async () => {
    const twin = (await keyFor('twin')).key;
    const old = (await keyFor('old-rows')).key;
    for (const [asOf, lines] of SNAPSHOTS) {
      const res = await postJson(
        '/v1/snapshots',
        { asOf, csv: [HEADER, ...lines].join('\n') },
        twin,
      );
      expect(res.status).toBe(201);
      // The same deals and stage table, written into D1 as the previous version did.
      const stored = await snapshotStore(env).load('twin', isoToDay(asOf, 'asOf'));
      if (!stored) throw new Error('twin snapshot missing');
      const outcome = await replaceSnapshot(
        env.DB,
        { team: 'old-rows', asOf: stored.asOf, stages: stored.stages, created: stored.created },
        stored.deals.map((deal) => ({ key: dealKey(deal), deal })),
      );
      expect(outcome.applied).toBe(true);
    }
    // Before the copy the team has no history in the new storage.
    expect((await getWithKey('/v1/snapshots', old).then((r) => r.json())) as unknown).toEqual({
      snapshots: [],
    });
    const expected = await answers(twin);
    // 3 rows in calls of 2: two calls, the second one short.
    const first = await migrateAll();
    expect(first).toEqual({ copied: 3, kept: 0, skipped: [], calls: 2 });
    expect(await answers(old)).toEqual(expected);
    // Running it again rewrites the same copies and changes nothing.
    const again = await migrateAll();
    expect(again.copied).toBe(3);
    expect(await answers(old)).toEqual(expected);
  });

  it('never overwrites a snapshot written through the API since', async () => {
    const { key } = await keyFor('moved-on');
    const day = isoToDay('2026-05-04', 'asOf');
    await replaceSnapshot(
      env.DB,
      { team: 'moved-on', asOf: day, stages: [], created: '2026-05-04T00:00:00Z' },
      [],
    );
    await migrateAll();
    const csv = [HEADER, 'Z,Zeta,Ana,Proposal,900,2026-04-01,2026-06-30'].join('\n');
    const res = await postJson('/v1/snapshots', { asOf: '2026-05-04', csv }, key);
    expect(res.status).toBe(200);
    const again = await migrateAll();
    expect(again.kept).toBeGreaterThanOrEqual(1);
    const stored = await snapshotStore(env).load('moved-on', day);
    expect(stored?.deals.map((d) => d.id)).toEqual(['Z']);
    expect(stored?.version).toBe(2);
  });
});
