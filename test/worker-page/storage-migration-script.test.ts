import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ownWorker } from './own-worker';

// `npm run migrate-storage` against a running Worker: snapshot rows written
// into its local D1 the way the previous layout stored them, then copied into
// the team's object by the script, and read back through the API.

const root = inject('root');
const run = promisify(execFile);
const persistDir = mkdtempSync(join(tmpdir(), 'sales-playbook-migrate-'));
const TOKEN = 'migration-test-token';
const { start, kill } = ownWorker(root, persistDir, ['--var', `ADMIN_TOKEN:${TOKEN}`]);

afterAll(async () => {
  await kill('SIGTERM');
  rmSync(persistDir, { recursive: true, force: true });
});

/** Runs wrangler's SQL on the Worker's local D1. */
function d1(sql: string) {
  return run(
    join(root, 'node_modules', '.bin', 'wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--command', sql],
    { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' } },
  );
}

describe('npm run migrate-storage', () => {
  it('copies the D1 snapshots of a running Worker into the teams objects', async () => {
    const base = await start();
    const { stdout } = await run(process.execPath, ['worker/scripts/key.mjs', 'create', 'moved'], {
      cwd: root,
      env: { ...process.env, PERSIST_DIR: persistDir },
    });
    const key = /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(stdout)?.[0] ?? '';
    // 2026-03-02 is day 20514; a two-stage table; version 3, as after two replacements.
    const stages =
      '[{"name":"Proposal","aliases":[],"order":1,"probability":0.5,"kind":"open"},{"name":"Closed Won","aliases":[],"order":2,"probability":1,"kind":"won"}]';
    await d1(
      `INSERT INTO snapshots (team, as_of, stages, deal_count, created, version) VALUES ('moved', 20514, '${stages}', 2, '2026-03-02T00:00:00Z', 3); ` +
        `INSERT INTO snapshot_deals (team, as_of, position, deal_key, data) VALUES ('moved', 20514, 0, 'id:A', '{"row":2,"id":"A","stage":"Proposal","amount":1000}'), ('moved', 20514, 1, 'id:B', '{"row":3,"id":"B","stage":"Closed Won","amount":400,"closeDate":20500}');`,
    );
    const headers = { authorization: `Bearer ${key}` };
    expect(await (await fetch(`${base}/v1/snapshots`, { headers })).json()).toEqual({
      snapshots: [],
    });

    const migrated = await run(process.execPath, ['worker/scripts/migrate-storage.mjs', base], {
      cwd: root,
      env: { ...process.env, ADMIN_TOKEN: TOKEN },
    });
    expect(migrated.stdout).toMatch(/1 snapshot\(s\) copied, 0 kept/);
    expect(await (await fetch(`${base}/v1/snapshots`, { headers })).json()).toEqual({
      snapshots: [{ asOf: '2026-03-02', deals: 2, version: 3 }],
    });
    // Open pipeline 1,000 (A), weighted 1,000 × 0.5 = 500; B won 400 on 2026-02-16 (day 20500).
    const trend = (await (
      await fetch(`${base}/v1/trends?from=2026-02&to=2026-03`, { headers })
    ).json()) as { months: { month: string; wonAmount: number; openPipeline: number | null }[] };
    expect(trend.months.map((m) => [m.month, m.wonAmount, m.openPipeline])).toEqual([
      ['2026-02', 400, null],
      ['2026-03', 0, 1000],
    ]);

    // A wrong token stops the script with the Worker's answer and a failing exit code.
    await expect(
      run(process.execPath, ['worker/scripts/migrate-storage.mjs', base], {
        cwd: root,
        env: { ...process.env, ADMIN_TOKEN: 'wrong' },
      }),
    ).rejects.toMatchObject({ code: 1 });
  }, 120_000);
});
