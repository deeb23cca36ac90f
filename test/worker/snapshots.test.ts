import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { revokeKey } from '../../worker/db/keys';
import { encodeDeals, snapshotStore } from '../../worker/src/storage/snapshot-store';
import type { TeamSnapshots } from '../../worker/src/storage/team-snapshots';
import { objectOf } from './storage-helpers';
import { isoToDay } from '../../worker/src/days';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const csvOf = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('API keys', () => {
  it('refuses a snapshot without a key with 401 API key required', async () => {
    const res = await postJson('/v1/snapshots', {
      asOf: '2026-03-01',
      csv: csvOf('D-1,A,Ana,Proposal,1,,'),
    });
    const body = await problemOf(res);
    expect(body.status).toBe(401);
    expect(body.title).toBe('API key required');
  });

  it('refuses a malformed, unknown or tampered key with 401 Invalid API key', async () => {
    const { key } = await keyFor('alpha');
    const tampered = key.slice(0, -1) + (key.endsWith('0') ? '1' : '0');
    for (const bad of ['nope', `sp_0000000000000000_${'0'.repeat(64)}`, tampered]) {
      const body = await problemOf(await getWithKey('/v1/snapshots', bad));
      expect(body.status).toBe(401);
      expect(body.title).toBe('Invalid API key');
    }
  });

  it('accepts the key as X-API-Key too', async () => {
    const { key } = await keyFor('alpha');
    const res = await call('/v1/snapshots', { headers: { 'x-api-key': key } });
    expect(res.status).toBe(200);
  });

  it('refuses a revoked key', async () => {
    const { id, key } = await keyFor('alpha');
    expect((await getWithKey('/v1/snapshots', key)).status).toBe(200);
    expect(await revokeKey(env.DB, id, '2026-02-01T00:00:00Z')).toBe(true);
    expect((await getWithKey('/v1/snapshots', key)).status).toBe(401);
  });

  it('stores only a SHA-256 hash of the key', async () => {
    const { id, key } = await keyFor('alpha');
    const row = await env.DB.prepare('SELECT * FROM keys WHERE id = ?1')
      .bind(id)
      .first<Record<string, string>>();
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key.slice(20));
  });
});

describe('POST /v1/snapshots', () => {
  it('stores a snapshot and lists it', async () => {
    const { key } = await keyFor('alpha');
    const res = await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-01', csv: csvOf('D-1,A,Ana,Proposal,100,,', 'D-2,B,Ben,Discovery,50,,') },
      key,
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      asOf: '2026-03-01',
      deals: 2,
      replaced: false,
      version: 1,
    });
    const list = await (await getWithKey('/v1/snapshots', key)).json();
    expect(list).toEqual({ snapshots: [{ asOf: '2026-03-01', deals: 2, version: 1 }] });
  });

  it('replaces the snapshot of the same team and date instead of adding one', async () => {
    const { key } = await keyFor('alpha');
    const first = csvOf(
      'D-1,A,Ana,Proposal,100,,',
      'D-2,B,Ben,Discovery,50,,',
      'D-3,C,Ben,Discovery,70,,',
    );
    await postJson('/v1/snapshots', { asOf: '2026-03-01', csv: first }, key);
    const res = await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-01', csv: csvOf('D-1,A,Ana,Negotiation,120,,') },
      key,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      deals: 1,
      replaced: true,
      version: expect.any(Number),
    });
    const stored = await snapshotStore(env).load('alpha', isoToDay('2026-03-01', 'asOf'));
    expect(stored?.deals.map((d) => [d.id, d.stage, d.amount])).toEqual([
      ['D-1', 'Negotiation', 120],
    ]);
    const list = await snapshotStore(env).list('alpha');
    expect(list.filter((s) => s.asOf === isoToDay('2026-03-01', 'asOf'))).toHaveLength(1);
  });

  it('stores a snapshot larger than one statement in chunks, deals in order', async () => {
    const { key } = await keyFor('alpha');
    const lines = Array.from({ length: 1000 }, (_, i) => `D-${i},Account ${i},Ana,Proposal,${i},,`);
    const res = await postJson('/v1/snapshots', { asOf: '2026-03-02', csv: csvOf(...lines) }, key);
    expect(res.status).toBe(201);
    const stored = await snapshotStore(env).load('alpha', isoToDay('2026-03-02', 'asOf'));
    expect(stored?.deals).toHaveLength(1000);
    expect(stored?.deals[999]).toMatchObject({ id: 'D-999', amount: 999 });
  });

  it('keeps the previous snapshot when any statement of a replacement fails', async () => {
    const { key } = await keyFor('alpha');
    await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-03', csv: csvOf('D-1,A,Ana,Proposal,100,,') },
      key,
    );
    const day = isoToDay('2026-03-03', 'asOf');
    const chunks = encodeDeals(
      Array.from({ length: 100 }, (_, i) => ({
        row: i + 2,
        id: `N-${i}`,
        stage: 'Discovery',
        amount: i,
      })),
    );
    // A last chunk without a deal count breaks a NOT NULL column, so the object's
    // write fails after its first rows are written: the transaction takes them all back.
    chunks.push({ data: '{}', deals: null as unknown as number });
    const write = {
      asOf: day,
      stages: '[]',
      dealCount: 101,
      created: '2026-03-03T00:00:00Z',
      chunks,
      summary: '{}',
      reports: '{}',
    };
    await runInDurableObject(objectOf('alpha'), (object: TeamSnapshots) => {
      expect(() => object.save(write, {})).toThrow(/NOT NULL/);
    });
    const stored = await snapshotStore(env).load('alpha', day);
    expect(stored?.deals.map((d) => d.id)).toEqual(['D-1']);
  });

  it('refuses a pipeline with a bad cell as a whole, naming row and column', async () => {
    const { key } = await keyFor('alpha');
    const res = await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-04', csv: csvOf('D-1,A,Ana,Proposal,100,,', 'D-2,B,Ana,Proposal,lots,,') },
      key,
    );
    const body = await problemOf(res);
    expect(body.status).toBe(422);
    expect(body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Amount', value: 'lots' }),
    ]);
    expect(await snapshotStore(env).load('alpha', isoToDay('2026-03-04', 'asOf'))).toBeNull();
  });

  it('refuses a missing or impossible date', async () => {
    const { key } = await keyFor('alpha');
    for (const asOf of [undefined, '2026-02-30', 'yesterday']) {
      const body = await problemOf(
        await postJson('/v1/snapshots', { asOf, csv: csvOf('D-1,A,Ana,Proposal,1,,') }, key),
      );
      expect(body.status).toBe(400);
      expect(body.errors[0].field).toBe('asOf');
    }
  });
});

describe('team isolation', () => {
  it("lets a team's key read and write only that team's snapshots", async () => {
    const alpha = await keyFor('north');
    const beta = await keyFor('south');
    await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-01', csv: csvOf('D-1,A,Ana,Proposal,100,,') },
      alpha.key,
    );
    await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-08', csv: csvOf('D-1,A,Ana,Negotiation,100,,') },
      alpha.key,
    );

    // beta sees none of alpha's snapshots, and cannot compare them.
    expect(await (await getWithKey('/v1/snapshots', beta.key)).json()).toEqual({ snapshots: [] });
    const waterfall = await getWithKey('/v1/waterfall?from=2026-03-01&to=2026-03-08', beta.key);
    expect(waterfall.status).toBe(404);
    expect((await getWithKey('/v1/forecast-accuracy?period=2026-03', beta.key)).status).toBe(404);
    expect((await getWithKey('/v1/trends?from=2026-03&to=2026-03', beta.key)).status).toBe(404);

    // beta writing the same date leaves alpha's snapshot alone.
    await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-01', csv: csvOf('X-1,Z,Zed,Discovery,5,,') },
      beta.key,
    );
    const alphaDeals = await snapshotStore(env).load('north', isoToDay('2026-03-01', 'asOf'));
    expect(alphaDeals?.deals.map((d) => d.id)).toEqual(['D-1']);
    expect(await (await getWithKey('/v1/snapshots', alpha.key)).json()).toEqual({
      snapshots: [
        { asOf: '2026-03-01', deals: 1, version: 1 },
        { asOf: '2026-03-08', deals: 1, version: 1 },
      ],
    });
    expect(
      (await getWithKey('/v1/waterfall?from=2026-03-01&to=2026-03-08', alpha.key)).status,
    ).toBe(200);
  });
});
