import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ownWorker } from './own-worker';

// The Worker killed with SIGKILL (no shutdown at all) while it stores a big
// replacement snapshot, then started again on the same local state: the team's
// object must hold either the old snapshot or the new one, whole, never a mix
// or a header without its deals. A Worker of its own (npm start on a free port
// and its own folder), since the one of the other page tests must stay up.

const root = inject('root');
const run = promisify(execFile);
const persistDir = mkdtempSync(join(tmpdir(), 'sales-playbook-crash-'));
const ASOF = '2026-06-01';
const HEADER = 'Deal ID,Account,Owner,Stage,Amount,Created,Close Date';
const csvOf = (prefix: string, deals: number) =>
  [
    HEADER,
    ...Array.from(
      { length: deals },
      (_, i) =>
        `${prefix}-${i},Account ${i % 500},Owner ${i % 20},Proposal,${1000 + i},2026-01-02,2026-09-30`,
    ),
  ].join('\n');

const { start, kill } = ownWorker(root, persistDir);

afterAll(async () => {
  await kill('SIGTERM');
  rmSync(persistDir, { recursive: true, force: true });
});

function post(base: string, key: string, csv: string) {
  return fetch(`${base}/v1/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ asOf: ASOF, csv }),
  });
}

describe('a snapshot write cut by SIGKILL', () => {
  it('leaves the old snapshot or the new one whole, each time', async () => {
    let base = await start();
    const { stdout } = await run(process.execPath, ['worker/scripts/key.mjs', 'create', 'crash'], {
      cwd: root,
      env: { ...process.env, PERSIST_DIR: persistDir },
    });
    const key = /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(stdout)?.[0] ?? '';
    expect(key, stdout).not.toBe('');
    expect((await post(base, key, csvOf('OLD', 10))).status).toBe(201);
    let stored = { deals: 10, version: 1 };
    // Kill at points across a 20,000-deal replacement (about 1.4 MB of CSV): here
    // it is answered after about 100-150 ms, so the early kills find it being read
    // and the later ones being written or just written.
    for (const delayMs of [30, 60, 90, 120, 400]) {
      const writing = post(base, key, csvOf(`NEW${delayMs}`, 20_000)).then(
        (res) => res.status,
        () => 0,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await kill('SIGKILL');
      const status = await writing;
      base = await start();
      const list = (await (
        await fetch(`${base}/v1/snapshots`, { headers: { authorization: `Bearer ${key}` } })
      ).json()) as { snapshots: { asOf: string; deals: number; version: number }[] };
      expect(list.snapshots).toHaveLength(1);
      const [now] = list.snapshots;
      // Either the write never landed, or it landed whole (even if its answer was lost).
      if (now.version === stored.version) expect(now.deals).toBe(stored.deals);
      else expect(now).toEqual({ asOf: ASOF, deals: 20_000, version: stored.version + 1 });
      if (status === 201 || status === 200) expect(now.version).toBe(stored.version + 1);
      // The deals read back are exactly those the header counts: the waterfall
      // of the snapshot against itself finds every deal unchanged.
      const self = (await (
        await fetch(`${base}/v1/waterfall?from=${ASOF}&to=${ASOF}`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).json()) as { unchanged: number; deals: unknown[] };
      expect(self.unchanged).toBe(now.deals);
      stored = { deals: now.deals, version: now.version };
    }
  }, 240_000);
});
