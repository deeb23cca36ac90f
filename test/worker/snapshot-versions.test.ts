import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotStore } from '../../worker/src/storage/snapshot-store';
import { summarize } from '../../worker/src/storage/summary';
import { usableDeals } from '../../worker/src/stored';
import { execInObject } from './storage-helpers';
import { isoToDay } from '../../worker/src/days';
import { call, getWithKey, keyFor, problemOf } from './helpers';

const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';

/** A pipeline of `n` deals, each id carrying `tag` so a stored snapshot tells whose it is. */
const csvOf = (tag: string, n: number, account = 'A') =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `${tag}-${i},${account},Ana,Proposal,1,,`)].join(
    '\n',
  );

/** POSTs a snapshot with extra headers. */
function post(key: string, asOf: string, csv: string, headers: Record<string, string> = {}) {
  return call('/v1/snapshots', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify({ asOf, csv }),
  });
}

describe('snapshot versions', () => {
  it('answers version 1 with an ETag on the first write, and one more on each replacement', async () => {
    const { key } = await keyFor('v-seq');
    const first = await post(key, '2026-06-01', csvOf('A', 1));
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(await first.json()).toMatchObject({ version: 1, replaced: false });
    const second = await post(key, '2026-06-01', csvOf('B', 2));
    expect(second.headers.get('etag')).toBe('"2"');
    expect(await second.json()).toMatchObject({ version: 2, replaced: true, deals: 2 });
    const list = await (await getWithKey('/v1/snapshots', key)).json();
    expect(list).toEqual({ snapshots: [{ asOf: '2026-06-01', deals: 2, version: 2 }] });
  });

  it('replaces with If-Match of the stored version and refuses a stale one with 412', async () => {
    const { key } = await keyFor('v-match');
    await post(key, '2026-06-01', csvOf('A', 1));
    const ok = await post(key, '2026-06-01', csvOf('B', 2), { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await post(key, '2026-06-01', csvOf('C', 3), { 'if-match': '"1"' });
    const problem = await problemOf(stale);
    expect(problem.status).toBe(412);
    expect(problem.title).toBe('Precondition failed');
    expect(problem.detail).toContain('version 2');
    expect(stale.headers.get('etag')).toBe('"2"');
    const stored = await snapshotStore(env).load('v-match', isoToDay('2026-06-01', 'asOf'));
    expect(stored?.deals.map((d) => d.id)).toEqual(['B-0', 'B-1']);
    expect(stored?.version).toBe(2);
    // A bare number works too.
    expect((await post(key, '2026-06-01', csvOf('D', 1), { 'if-match': '2' })).status).toBe(200);
  });

  it('refuses If-Match on a date without a snapshot, and a malformed If-Match with 400', async () => {
    const { key } = await keyFor('v-missing');
    const missing = await problemOf(
      await post(key, '2026-06-01', csvOf('A', 1), { 'if-match': '"1"' }),
    );
    expect(missing.status).toBe(412);
    expect(await snapshotStore(env).load('v-missing', isoToDay('2026-06-01', 'asOf'))).toBeNull();
    const bad = await problemOf(await post(key, '2026-06-01', csvOf('A', 1), { 'if-match': 'x' }));
    expect(bad.status).toBe(400);
    expect(bad.errors[0]).toMatchObject({ field: 'If-Match' });
  });

  it('stores with If-None-Match: * only when the date has no snapshot', async () => {
    const { key } = await keyFor('v-none');
    const created = await post(key, '2026-06-01', csvOf('A', 1), { 'if-none-match': '*' });
    expect(created.status).toBe(201);
    const again = await post(key, '2026-06-01', csvOf('B', 1), { 'if-none-match': '*' });
    expect((await problemOf(again)).status).toBe(412);
    const stored = await snapshotStore(env).load('v-none', isoToDay('2026-06-01', 'asOf'));
    expect(stored?.deals.map((d) => d.id)).toEqual(['A-0']);
  });

  it('lets exactly one of 20 concurrent writers with the same If-Match win', async () => {
    const { key } = await keyFor('v-race');
    await post(key, '2026-06-01', csvOf('S', 1));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, w) =>
        post(key, '2026-06-01', csvOf(`W${w}`, 40 + w), { 'if-match': '"1"' }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const winner = statuses.indexOf(200);
    const stored = await snapshotStore(env).load('v-race', isoToDay('2026-06-01', 'asOf'));
    expect(stored?.version).toBe(2);
    expect(stored?.deals).toHaveLength(40 + winner);
    expect(stored?.deals.every((d) => d.id?.startsWith(`W${winner}-`))).toBe(true);
  });

  it('without If-Match lets the last write win, each answer naming its own version', async () => {
    const { key } = await keyFor('v-last');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, w) => post(key, '2026-06-01', csvOf(`W${w}`, 5 + w))),
    );
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as {
      version: number;
      deals: number;
    }[];
    expect(bodies.map((b) => b.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    const last = bodies.find((b) => b.version === 10);
    const stored = await snapshotStore(env).load('v-last', isoToDay('2026-06-01', 'asOf'));
    expect(stored?.version).toBe(10);
    expect(stored?.deals).toHaveLength(last?.deals ?? -1);
  });
});

describe('snapshot writes under random sizes and races', () => {
  it('never answers 5xx and never leaves a partial snapshot', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            deals: fc.integer({ min: 1, max: 60 }),
            // Account text around the 64 KB deal limit.
            account: fc.integer({ min: 65_300, max: 65_700 }),
            conditional: fc.boolean(),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        async (writers) => {
          run += 1;
          const team = `v-prop-${run}`;
          const { key } = await keyFor(team);
          const asOf = '2026-07-01';
          await post(key, asOf, csvOf('S', 1));
          const answers = await Promise.all(
            writers.map((w, i) =>
              post(
                key,
                asOf,
                // One big deal first, then small ones, so a refusal would come after work.
                [
                  HEADER,
                  `W${i}-big,${'x'.repeat(w.account)},Ana,Proposal,1,,`,
                  ...Array.from({ length: w.deals }, (_, d) => `W${i}-${d},A,Ana,Proposal,1,,`),
                ].join('\n'),
                w.conditional ? { 'if-match': '"1"' } : {},
              ),
            ),
          );
          for (const res of answers) {
            expect(res.status).toBeLessThan(500);
            await res.body?.cancel();
          }
          const stored = await snapshotStore(env).load(team, isoToDay(asOf, 'asOf'));
          const ids = stored?.deals.map((d) => d.id ?? '') ?? [];
          const owner = ids[0]?.split('-')[0] ?? '';
          expect(ids.every((id) => id.startsWith(`${owner}-`))).toBe(true);
          const sent = owner === 'S' ? 1 : (writers[Number(owner.slice(1))]?.deals ?? 0) + 1;
          expect(ids).toHaveLength(sent);
          expect(stored?.dealCount).toBe(sent);
          const successes = answers.filter((r) => r.status < 300).length;
          expect(stored?.version).toBe(1 + successes);
          // The trend figures stored with it are those of the deals it holds.
          const [row] = await execInObject(team, 'SELECT summary FROM snapshots');
          if (!stored) throw new Error('no snapshot stored');
          expect(JSON.parse(String(row.summary))).toEqual(
            JSON.parse(JSON.stringify(summarize(usableDeals(stored).value))),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('snapshot problems in Chinese', () => {
  it('translates a 412 and a 413 body', async () => {
    const { key } = await keyFor('v-zh');
    await post(key, '2026-06-01', csvOf('A', 1));
    const stale = await problemOf(
      await post(key, '2026-06-01', csvOf('B', 1), { 'if-match': '"7"', 'accept-language': 'zh' }),
    );
    expect(stale.title).toBe('前提条件不满足');
    expect(stale.detail).toBe(
      'If-Match 要求版本 7，但2026-06-01 的快照当前为版本 1；未保存任何内容。请重新读取快照后重试。',
    );
    const big = await problemOf(
      await post(key, '2026-06-02', csvOf('C', 1, 'x'.repeat(70_000)), {
        'accept-language': 'zh',
      }),
    );
    expect(big.title).toBe('交易数据过大');
    expect(big.detail).toMatch(/^第 2 行的交易存储后占 \d+ 字节/);
    expect(big.errors[0]?.message).toBe('每笔交易存储后最多 65536 字节');
  });
});
