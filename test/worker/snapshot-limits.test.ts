import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { snapshotStore } from '../../worker/src/storage/snapshot-store';
import { isoToDay } from '../../worker/src/days';
import app from '../../worker/src/index';
import {
  DEFAULT_MAX_DEAL_BYTES,
  DEFAULT_MAX_DEALS_PER_SNAPSHOT,
  DEFAULT_MAX_SNAPSHOTS_PER_TEAM,
  DEFAULT_MAX_TEAM_STORAGE_BYTES,
  snapshotLimits,
} from '../../worker/src/snapshot-limits';
import { getWithKey, keyFor, postJson, problemOf } from './helpers';

const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const csvOf = (...lines: string[]) => [HEADER, ...lines].join('\n');

/** POSTs a snapshot to the app with some variables changed. */
function postWith(vars: Partial<Record<string, string>>, body: unknown, key: string) {
  return app.request(
    '/v1/snapshots',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    },
    { ...env, ...vars },
  );
}

describe('snapshot limits', () => {
  it('reads each limit from its variable, or its default when unset or not a positive count', () => {
    expect(snapshotLimits({})).toEqual({
      maxDealBytes: DEFAULT_MAX_DEAL_BYTES,
      maxDealsPerSnapshot: DEFAULT_MAX_DEALS_PER_SNAPSHOT,
      maxSnapshotsPerTeam: DEFAULT_MAX_SNAPSHOTS_PER_TEAM,
      maxTeamStorageBytes: DEFAULT_MAX_TEAM_STORAGE_BYTES,
    });
    expect(
      snapshotLimits({
        MAX_DEAL_BYTES: '1000',
        MAX_DEALS_PER_SNAPSHOT: '-3',
        MAX_SNAPSHOTS_PER_TEAM: 'many',
        MAX_TEAM_STORAGE_BYTES: '2.5',
      }),
    ).toEqual({
      maxDealBytes: 1000,
      maxDealsPerSnapshot: DEFAULT_MAX_DEALS_PER_SNAPSHOT,
      maxSnapshotsPerTeam: DEFAULT_MAX_SNAPSHOTS_PER_TEAM,
      maxTeamStorageBytes: DEFAULT_MAX_TEAM_STORAGE_BYTES,
    });
    expect(snapshotLimits({ MAX_TEAM_STORAGE_BYTES: '1048576' }).maxTeamStorageBytes).toBe(
      1_048_576,
    );
  });

  it('ships a team storage limit below the 10 GB a Durable Object holds, in every environment', () => {
    // docs/capacity.md: 520 snapshots of 200,000 deals need about 21 GB, past an object's 10 GB.
    expect(DEFAULT_MAX_TEAM_STORAGE_BYTES).toBeLessThan(10_000_000_000);
    expect(DEFAULT_MAX_SNAPSHOTS_PER_TEAM * DEFAULT_MAX_DEALS_PER_SNAPSHOT * 200).toBeGreaterThan(
      10_000_000_000,
    );
    expect(env.MAX_TEAM_STORAGE_BYTES).toBe(String(DEFAULT_MAX_TEAM_STORAGE_BYTES));
  });

  it('refuses a deal over 64 KB as stored with 413 Deal too large, naming the row and the limit', async () => {
    const { key } = await keyFor('big');
    const account = 'x'.repeat(70_000);
    const res = await postJson(
      '/v1/snapshots',
      {
        asOf: '2026-05-01',
        csv: csvOf('D-1,A,Ana,Proposal,1,,', `D-2,${account},Ana,Proposal,1,,`),
      },
      key,
    );
    const body = await problemOf(res);
    expect(body.status).toBe(413);
    expect(body.title).toBe('Deal too large');
    expect(body.detail).toContain('MAX_DEAL_BYTES is 65536');
    expect(body.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'MAX_DEAL_BYTES', value: expect.any(String) }),
    ]);
    expect(Number(body.errors[0]?.value)).toBeGreaterThan(70_000);
    expect(await snapshotStore(env).load('big', isoToDay('2026-05-01', 'asOf'))).toBeNull();
  });

  it('answers 413, not a server error, for a deal past D1’s 2 MB row limit', async () => {
    const { key } = await keyFor('huge');
    const res = await postWith(
      { MAX_BODY_BYTES: '3000000' },
      { asOf: '2026-05-01', csv: csvOf(`D-1,${'y'.repeat(2_200_000)},Ana,Proposal,1,,`) },
      key,
    );
    expect(res.status).toBe(413);
    expect((await problemOf(res)).title).toBe('Deal too large');
  });

  it('refuses more deals than MAX_DEALS_PER_SNAPSHOT with 422 and stores nothing', async () => {
    const { key } = await keyFor('many');
    const lines = Array.from({ length: 4 }, (_, i) => `D-${i},A,Ana,Proposal,1,,`);
    const res = await postWith(
      { MAX_DEALS_PER_SNAPSHOT: '3' },
      { asOf: '2026-05-01', csv: csvOf(...lines) },
      key,
    );
    const body = await problemOf(res);
    expect(body.status).toBe(422);
    expect(body.title).toBe('Too many deals in one snapshot');
    expect(body.detail).toContain('MAX_DEALS_PER_SNAPSHOT is 3');
    expect(body.errors[0]).toMatchObject({ field: 'MAX_DEALS_PER_SNAPSHOT', value: '4' });
    expect(await snapshotStore(env).load('many', isoToDay('2026-05-01', 'asOf'))).toBeNull();
  });

  it('refuses a new date past MAX_SNAPSHOTS_PER_TEAM with 409, but still replaces a stored date', async () => {
    const { key } = await keyFor('keeper');
    const vars = { MAX_SNAPSHOTS_PER_TEAM: '2' };
    const csv = csvOf('D-1,A,Ana,Proposal,1,,');
    expect((await postWith(vars, { asOf: '2026-05-01', csv }, key)).status).toBe(201);
    expect((await postWith(vars, { asOf: '2026-05-08', csv }, key)).status).toBe(201);
    const refused = await postWith(vars, { asOf: '2026-05-15', csv }, key);
    const body = await problemOf(refused);
    expect(body.status).toBe(409);
    expect(body.title).toBe('Too many snapshots');
    expect(body.errors[0]).toMatchObject({ field: 'MAX_SNAPSHOTS_PER_TEAM', value: '2' });
    expect(await snapshotStore(env).load('keeper', isoToDay('2026-05-15', 'asOf'))).toBeNull();
    const replaced = await postWith(vars, { asOf: '2026-05-08', csv }, key);
    expect(replaced.status).toBe(200);
  });
});

describe('rate limiting of history reads', () => {
  it('answers 429 with Retry-After once a team passes its read limit, on every history endpoint', async () => {
    const { key } = await keyFor('reader');
    let limited: Response | undefined;
    // wrangler.toml allows 120 history reads a minute per team.
    for (let i = 0; i < 150 && !limited; i++) {
      const res = await getWithKey('/v1/snapshots', key);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited).toBeDefined();
    expect(limited?.headers.get('retry-after')).toBe('60');
    expect((await problemOf(limited as Response)).title).toBe('Too many requests');
    for (const path of [
      '/v1/trends?from=2026-01&to=2026-03',
      '/v1/waterfall?from=2026-01-01&to=2026-02-01',
      '/v1/forecast-accuracy?from=2026-01-01&to=2026-03-31',
      '/v1/reports/monthly?month=2026-01',
    ]) {
      expect((await getWithKey(path, key)).status, path).toBe(429);
    }
    const other = await keyFor('other-reader');
    expect((await getWithKey('/v1/snapshots', other.key)).status).toBe(200);
  });
});
