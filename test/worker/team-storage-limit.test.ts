import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../worker/src/days';
import app from '../../worker/src/index';
import { utf8Bytes } from '../../worker/src/snapshot-limits';
import { snapshotStore, storedBytes } from '../../worker/src/storage/snapshot-store';
import type { SnapshotWrite } from '../../worker/src/storage/team-snapshots';
import { call, keyFor, problemOf } from './helpers';
import { execInObject, objectOf } from './storage-helpers';

const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const HAN = /[\u4e00-\u9fff]/;

/**
 * A pipeline of `n` deals whose accounts take `width` characters each, every
 * one different (a repeated text is stored once per chunk), so it spans many pages.
 */
const wideCsv = (n: number, width: number, mark: string) =>
  [
    HEADER,
    ...Array.from({ length: n }, (_, i) => {
      const account = `${mark}${String(i).padStart(4, '0')}`.repeat(width / 5);
      return `${mark}-${i},${account},Ana,Proposal,${1000 + i},2026-01-05,`;
    }),
  ].join('\n');

/** POSTs a snapshot through the app with some variables changed. */
function postWith(vars: Record<string, string>, body: unknown, key: string, query = '') {
  return app.request(
    `/v1/snapshots${query}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    },
    { ...env, ...vars },
  );
}

/** A write as the store hands it to a team's object, with chunks of the given texts. */
const writeOf = (asOf: number, chunks: string[]): SnapshotWrite => ({
  asOf,
  stages: '[]',
  dealCount: chunks.length,
  created: '2026-01-01T00:00:00.000Z',
  chunks: chunks.map((data) => ({ data, deals: 1 })),
  summary: '{"v":1}',
  reports: '{}',
});

let teams = 0;
const freshTeam = () => `storage-edge-${++teams}`;

describe('utf8Bytes', () => {
  it('counts what TextEncoder writes, lone surrogates as U+FFFD', () => {
    // Hand-counted: "a" 1 byte, "é" 2, "中" 3, "😀" (a surrogate pair) 4, a lone "\ud800" 3.
    expect(utf8Bytes(['a', 'é', '中', '😀', '\ud800'])).toBe(1 + 2 + 3 + 4 + 3);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (texts) => {
        const expected = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
        expect(utf8Bytes(texts)).toBe(expected);
      }),
    );
  });
});

describe('the storage limit in the object', () => {
  it('counts a write as SQLite stores it: octet_length of the stored texts', async () => {
    const team = freshTeam();
    const write = writeOf(20_000, ['{"v":1,"dict":["陈","😀"]}', 'plain ascii', 'é'.repeat(50)]);
    const outcome = await objectOf(team).save(write, {});
    expect(outcome.applied).toBe(true);
    const [row] = await execInObject(
      team,
      `SELECT (SELECT SUM(octet_length(data)) FROM snapshot_chunks)
         + octet_length(stages) + octet_length(created) + octet_length(summary) + octet_length(reports) AS n
       FROM snapshots`,
    );
    expect(Number(row.n)).toBe(storedBytes(write));
  });

  it('passes a write exactly at the limit and refuses one byte less of limit (random texts)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 3000 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (texts) => {
          const write = writeOf(20_100, texts);
          const bytes = storedBytes(write);
          // Two fresh objects start from the same database size.
          const atLimit = freshTeam();
          const over = freshTeam();
          const size = await objectOf(atLimit).storageBytes();
          expect(await objectOf(over).storageBytes()).toBe(size);
          const passed = await objectOf(atLimit).save(write, {
            storage: { limit: size + bytes, bytes },
          });
          expect(passed).toMatchObject({ applied: true, version: 1 });
          const refused = await objectOf(over).save(write, {
            storage: { limit: size + bytes - 1, bytes },
          });
          expect(refused).toEqual({
            applied: false,
            reason: 'storage',
            current: null,
            size,
            adds: bytes,
          });
          expect(await objectOf(over).list()).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it.each([
    // [what, first chunk, second chunk, limit relative to the size after the first write, applied]
    ['a larger replacement within the limit', 'a'.repeat(100), 'b'.repeat(160), 60, true],
    ['a larger replacement one byte past it', 'a'.repeat(100), 'b'.repeat(160), 59, false],
    ['a same-size replacement of a full team', 'a'.repeat(100), 'b'.repeat(100), 0, true],
    [
      'a smaller replacement of a team over a lowered limit',
      'a'.repeat(100),
      'b'.repeat(10),
      -500,
      true,
    ],
    ['a multibyte replacement counted in UTF-8', 'a'.repeat(100), '中'.repeat(40), 20, true],
    ['a multibyte replacement one byte past it', 'a'.repeat(100), '中'.repeat(40), 19, false],
  ] as const)(
    'counts only what replacing a date adds: %s',
    async (_what, first, second, slack, applied) => {
      // Replacing frees the first chunk's bytes: 160 − 100 = 60 and 40 × 3 − 100 = 20 more bytes.
      const team = freshTeam();
      const day = 20_200;
      expect((await objectOf(team).save(writeOf(day, [first]), {})).applied).toBe(true);
      const size = await objectOf(team).storageBytes();
      const write = writeOf(day, [second]);
      const outcome = await objectOf(team).save(write, {
        storage: { limit: size + slack, bytes: storedBytes(write) },
      });
      expect(outcome.applied).toBe(applied);
      if (!outcome.applied) {
        expect(outcome).toMatchObject({ reason: 'storage', current: 1, size });
        expect(outcome.reason === 'storage' && outcome.adds).toBe(utf8Bytes([second]) - 100);
      }
    },
  );
});

describe('MAX_TEAM_STORAGE_BYTES through the API', () => {
  it('refuses a snapshot that would grow the team past the limit with 409, naming the limit, the size and the addition', async () => {
    const { key } = await keyFor('storage-full');
    const first = await postWith({}, { asOf: '2026-05-04', csv: wideCsv(60, 800, 'A') }, key);
    expect(first.status).toBe(201);
    const size = await objectOf('storage-full').storageBytes();
    // 60 deals × 800 characters: the database spans well over its empty 16 KB.
    expect(size).toBeGreaterThan(48_000);
    const vars = { MAX_TEAM_STORAGE_BYTES: String(size + 10_000) };
    const second = { asOf: '2026-05-11', csv: wideCsv(60, 800, 'B') };
    const refused = await postWith(vars, second, key);
    const body = await problemOf(refused);
    expect(body.status).toBe(409);
    expect(body.type).toBe('/docs#problem-team-storage-full');
    expect(body.title).toBe('Team storage full');
    const adds = Number(/would add (\d+) bytes/.exec(body.detail)?.[1]);
    // The second snapshot holds the same texts as the first with another letter: 48,000+ bytes.
    expect(adds).toBeGreaterThan(48_000);
    expect(body.detail).toBe(
      `The team's snapshots take ${size} bytes and this one would add ${adds} bytes, past the limit MAX_TEAM_STORAGE_BYTES of ${size + 10_000}. Delete old snapshots (DELETE /v1/snapshots/<date>) or replace a stored date. Nothing was stored.`,
    );
    expect(body.errors).toEqual([
      {
        field: 'MAX_TEAM_STORAGE_BYTES',
        value: String(size + adds),
        message: `a team may keep at most ${size + 10_000} bytes of snapshots`,
      },
    ]);
    expect(
      await snapshotStore(env).load('storage-full', isoToDay('2026-05-11', 'asOf')),
    ).toBeNull();

    // In Chinese, with the same figures.
    const zh = await problemOf(await postWith(vars, second, key, '?lang=zh'));
    expect(zh.status).toBe(409);
    expect(zh.title).toBe('团队存储已满');
    expect(zh.detail).toBe(
      `团队的快照已占 ${size} 字节，此快照将再增加 ${adds} 字节，超过上限 MAX_TEAM_STORAGE_BYTES（${size + 10_000}）。请删除旧快照（DELETE /v1/snapshots/<date>）或替换已保存的日期。未保存任何内容。`,
    );
    expect(zh.errors[0].message).toBe(`每个团队的快照最多占 ${size + 10_000} 字节`);
    expect(zh.detail).toMatch(HAN);

    // Replacing the stored date with the same pipeline adds nothing: it goes through.
    const replaced = await postWith(vars, { asOf: '2026-05-04', csv: wideCsv(60, 800, 'A') }, key);
    expect(replaced.status).toBe(200);

    // Deleting the first date frees its room: the refused snapshot now fits.
    const deleted = await call('/v1/snapshots/2026-05-04', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(deleted.status).toBe(204);
    expect(await objectOf('storage-full').storageBytes()).toBeLessThan(size - 40_000);
    expect((await postWith(vars, second, key)).status).toBe(201);
  });

  it('holds each team to its own storage: a full team does not stop another', async () => {
    const full = await keyFor('storage-team-a');
    const other = await keyFor('storage-team-b');
    const body = { asOf: '2026-05-04', csv: wideCsv(60, 800, 'C') };
    expect((await postWith({}, body, full.key)).status).toBe(201);
    const size = await objectOf('storage-team-a').storageBytes();
    // A little over team A's size: room for team B's one snapshot, not for A's second.
    const vars = { MAX_TEAM_STORAGE_BYTES: String(size + 5_000) };
    const next = { asOf: '2026-05-11', csv: wideCsv(60, 800, 'C') };
    expect((await postWith(vars, next, full.key)).status).toBe(409);
    // Team B's object is empty: the same snapshot fits under the same limit.
    expect((await postWith(vars, next, other.key)).status).toBe(201);
  });
});
