import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../worker/src/days';
import app from '../../worker/src/index';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';
import { execInObject } from './storage-helpers';

const CSV = [
  'Deal ID,Owner,Stage,Amount,Created,Close Date',
  'A,Ana,Negotiation,50000,2026-01-01,2026-03-15',
  'B,Ben,Closed Won,20000,2026-01-05,2026-02-10',
].join('\n');

/** DELETEs a snapshot date with a key and any extra headers. */
function del(date: string, key: string | undefined, headers: Record<string, string> = {}) {
  return call(`/v1/snapshots/${date}`, {
    method: 'DELETE',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
  });
}

/** Stores a snapshot of CSV for a date and returns its version. */
async function store(date: string, key: string): Promise<number> {
  const res = await postJson('/v1/snapshots', { asOf: date, csv: CSV }, key);
  expect(res.status).toBeLessThan(300);
  return ((await res.json()) as { version: number }).version;
}

const listed = async (key: string) =>
  ((await (await getWithKey('/v1/snapshots', key)).json()) as { snapshots: { asOf: string }[] })
    .snapshots;

describe('DELETE /v1/snapshots/{date}', () => {
  it('answers 204 with no body and removes the date, its deals, trend figures and reports', async () => {
    const { key } = await keyFor('deleter');
    await store('2026-02-02', key);
    await store('2026-03-02', key);
    const day = isoToDay('2026-03-02', 'test');
    const [before] = await execInObject(
      'deleter',
      'SELECT summary IS NOT NULL AND reports IS NOT NULL AS kept, (SELECT COUNT(*) FROM snapshot_chunks WHERE as_of = ?) AS chunks FROM snapshots WHERE as_of = ?',
      day,
      day,
    );
    expect(before).toEqual({ kept: 1, chunks: 1 });

    const res = await del('2026-03-02', key);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await listed(key)).map((s) => s.asOf)).toEqual(['2026-02-02']);
    const [after] = await execInObject(
      'deleter',
      'SELECT (SELECT COUNT(*) FROM snapshots WHERE as_of = ?) AS rows, (SELECT COUNT(*) FROM snapshot_chunks WHERE as_of = ?) AS chunks',
      day,
      day,
    );
    expect(after).toEqual({ rows: 0, chunks: 0 });
  });

  it('leaves the history routes without the date', async () => {
    const { key } = await keyFor('history-deleter');
    await store('2026-02-02', key);
    await store('2026-03-02', key);
    const trend = async () =>
      (
        (await (await getWithKey('/v1/trends?from=2026-02&to=2026-03', key)).json()) as {
          months: { snapshotAsOf: string | null }[];
        }
      ).months.map((m) => m.snapshotAsOf);
    // Each month's pipeline comes from its first snapshot (README, GET /v1/trends).
    expect(await trend()).toEqual(['2026-02-02', '2026-03-02']);
    expect((await getWithKey('/v1/waterfall?from=2026-02-02&to=2026-03-02', key)).status).toBe(200);
    expect((await del('2026-03-02', key)).status).toBe(204);
    expect(await trend()).toEqual(['2026-02-02', null]);
    const waterfall = await getWithKey('/v1/waterfall?from=2026-02-02&to=2026-03-02', key);
    expect(waterfall.status).toBe(404);
    expect((await problemOf(waterfall)).detail).toBe('No snapshot dated 2026-03-02 for this team.');
    // The March report read the March snapshot; with it gone it falls back to none in or after March.
    expect((await getWithKey('/v1/reports/monthly?month=2026-03', key)).status).toBe(404);
  });

  it('answers 404 with a problem body for a date the team has no snapshot of, in English and Chinese', async () => {
    const { key } = await keyFor('empty-deleter');
    const res = await del('2026-04-06', key);
    const body = await problemOf(res);
    expect(body.status).toBe(404);
    expect(body.title).toBe('Not found');
    expect(body.detail).toBe('No snapshot dated 2026-04-06 for this team.');
    expect(body.errors).toEqual([
      { field: 'date', value: '2026-04-06', message: 'there is no snapshot of 2026-04-06' },
    ]);
    const zh = await problemOf(await del('2026-04-06?lang=zh', key));
    expect(zh.title).toBe('未找到');
    expect(zh.detail).toBe('该团队没有日期为 2026-04-06 的快照。');
    expect(zh.errors[0].message).toBe('2026-04-06 没有快照');
  });

  it('deletes with If-Match only the version asked for, else 412 with the stored ETag', async () => {
    const { key } = await keyFor('careful-deleter');
    await store('2026-04-06', key);
    const version = await store('2026-04-06', key);
    expect(version).toBe(2);
    const stale = await del('2026-04-06', key, { 'if-match': '"1"' });
    expect(stale.headers.get('etag')).toBe('"2"');
    const body = await problemOf(stale);
    expect(body.status).toBe(412);
    expect(body.detail).toBe(
      'If-Match asked for version 1, but the snapshot of 2026-04-06 is at version 2; nothing was deleted. Read the snapshots again and retry.',
    );
    expect((await listed(key)).map((s) => s.asOf)).toEqual(['2026-04-06']);
    const zh = await problemOf(await del('2026-04-06?lang=zh', key, { 'if-match': '"1"' }));
    expect(zh.detail).toBe(
      'If-Match 要求版本 1，但2026-04-06 的快照当前为版本 2；未删除任何内容。请重新读取快照后重试。',
    );

    expect((await del('2026-04-06', key, { 'if-match': '"2"' })).status).toBe(204);
    // The date is gone: the same If-Match now finds no snapshot (412, as RFC 9110 orders it).
    const gone = await problemOf(await del('2026-04-06', key, { 'if-match': '"2"' }));
    expect(gone.status).toBe(412);
    expect(gone.errors[0]).toMatchObject({
      field: 'If-Match',
      message: 'there is no snapshot of 2026-04-06',
    });
  });

  it('refuses a bad date, a bad If-Match and If-None-Match with 400, deleting nothing', async () => {
    const { key } = await keyFor('sloppy-deleter');
    await store('2026-04-06', key);
    const badDate = await problemOf(await del('2026-02-30', key));
    expect(badDate.status).toBe(400);
    expect(badDate.errors[0].field).toBe('date');
    const badMatch = await problemOf(await del('2026-04-06', key, { 'if-match': 'latest' }));
    expect(badMatch.status).toBe(400);
    expect(badMatch.errors[0]).toMatchObject({ field: 'If-Match', value: 'latest' });
    const noneMatch = await problemOf(await del('2026-04-06', key, { 'if-none-match': '*' }));
    expect(noneMatch.status).toBe(400);
    expect(noneMatch.detail).toBe('A delete accepts If-Match only, not If-None-Match.');
    const zh = await problemOf(await del('2026-04-06?lang=zh', key, { 'if-none-match': '*' }));
    expect(zh.detail).toBe('删除请求只接受 If-Match，不接受 If-None-Match。');
    expect((await listed(key)).map((s) => s.asOf)).toEqual(['2026-04-06']);
  });

  it('needs a team key: 401 without one or with an unknown one', async () => {
    expect((await del('2026-04-06', undefined)).status).toBe(401);
    expect((await del('2026-04-06', `sp_${'0'.repeat(16)}_${'1'.repeat(64)}`)).status).toBe(401);
  });

  it("keeps teams apart: a team cannot delete another team's snapshot", async () => {
    const a = await keyFor('delete-team-a');
    const b = await keyFor('delete-team-b');
    await store('2026-04-06', b.key);
    await store('2026-04-13', a.key);
    await store('2026-04-13', b.key);
    // Team A has no 2026-04-06: 404, and team B's snapshot stays.
    expect((await del('2026-04-06', a.key)).status).toBe(404);
    // Both have 2026-04-13: team A's delete removes only its own.
    expect((await del('2026-04-13', a.key)).status).toBe(204);
    expect((await listed(a.key)).map((s) => s.asOf)).toEqual([]);
    expect((await listed(b.key)).map((s) => s.asOf)).toEqual(['2026-04-06', '2026-04-13']);
  });

  it('frees a place under MAX_SNAPSHOTS_PER_TEAM', async () => {
    const { key } = await keyFor('full-deleter');
    const post = (asOf: string) =>
      app.request(
        '/v1/snapshots',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ asOf, csv: CSV }),
        },
        { ...env, MAX_SNAPSHOTS_PER_TEAM: '2' },
      );
    expect((await post('2026-05-04')).status).toBe(201);
    expect((await post('2026-05-11')).status).toBe(201);
    expect((await post('2026-05-18')).status).toBe(409);
    expect((await del('2026-05-04', key)).status).toBe(204);
    expect((await post('2026-05-18')).status).toBe(201);
  });

  it('counts against the write limiter (60 a minute per team in wrangler.toml)', async () => {
    const { key } = await keyFor('busy-deleter');
    let limited: Response | undefined;
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await del('2026-04-06', key);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited?.headers.get('retry-after')).toBe('60');
  });

  it('lets an allowed origin send DELETE with If-Match, and no other origin', async () => {
    const preflight = (origin: string) =>
      call('/v1/snapshots/2026-04-06', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'DELETE',
          'access-control-request-headers': 'authorization, if-match',
        },
      });
    const allowed = await preflight('http://127.0.0.1:8787');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8787');
    expect(allowed.headers.get('access-control-allow-methods')?.split(',')).toContain('DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('If-Match');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is documented in /openapi.json with its path parameter and answers', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }
        >
      >;
    };
    const route = doc.paths['/v1/snapshots/{date}']?.delete;
    expect(route?.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'date', in: 'path' }),
        expect.objectContaining({ name: 'if-match', in: 'header' }),
      ]),
    );
    expect(Object.keys(route?.responses ?? {}).sort()).toEqual([
      '204',
      '400',
      '401',
      '404',
      '412',
      '429',
    ]);
  });
});
