import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const root = inject('root');
const run = promisify(execFile);

/** Runs `npm run key -- ...args` against the running Worker's local database. */
async function keyScript(...args: string[]) {
  const { stdout } = await run(process.execPath, ['worker/scripts/key.mjs', ...args], {
    cwd: root,
    env: { ...process.env, PERSIST_DIR: inject('persistDir') },
  });
  return stdout;
}

function postSnapshot(key: string) {
  return fetch(`${baseUrl}/v1/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({
      asOf: '2026-11-20',
      csv: readFileSync(join(root, 'examples', 'pipeline.csv'), 'utf8'),
    }),
  });
}

describe('key script (local database)', () => {
  it('creates a key that stores snapshots, and after revoking it the API answers 401', async () => {
    const created = await keyScript('create', 'script-team');
    const key = /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(created)?.[0];
    expect(key, created).toBeDefined();

    const stored = await postSnapshot(key!);
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({ asOf: '2026-11-20', deals: 140, replaced: false });

    // The table holds the key's id and team, never the key itself.
    const listed = await keyScript('list');
    expect(listed).toContain(key!.slice(3, 19));
    expect(listed).not.toContain(key!.slice(20));
    expect(listed).not.toContain(createHash('sha256').update(key!).digest('hex'));

    expect(await keyScript('revoke', '--team', 'script-team')).toContain(key!.slice(3, 19));
    const refused = await postSnapshot(key!);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect((await refused.json()).title).toBe('Invalid API key');
  });

  it('revokes one key by its id and leaves the team’s other keys working', async () => {
    const first = /sp_([0-9a-f]{16})_[0-9a-f]{64}/.exec(await keyScript('create', 'two-keys'))!;
    const second = /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(await keyScript('create', 'two-keys'))![0];
    await keyScript('revoke', '--id', first[1]);
    expect((await postSnapshot(first[0])).status).toBe(401);
    expect((await postSnapshot(second)).status).toBe(201);
  });

  it('revokes by team a team whose name looks like a key id, and leaves that key alone', async () => {
    const other = /sp_([0-9a-f]{16})_[0-9a-f]{64}/.exec(await keyScript('create', 'id-lookalike'))!;
    const team = other[1];
    const named = /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(await keyScript('create', team))![0];
    expect(await keyScript('revoke', '--team', team)).toContain(named.slice(3, 19));
    expect((await postSnapshot(named)).status).toBe(401);
    expect((await postSnapshot(other[0])).status).toBe(201);
  });

  it('refuses a team name with quotes or spaces, and a revoke that does not say --id or --team', async () => {
    for (const args of [
      ['create', "x'); DELETE FROM keys; --"],
      ['create', 'two words'],
      ['revoke', 'script-team'],
      ['revoke', '--id', 'script-team'],
    ]) {
      await expect(keyScript(...args), args.join(' ')).rejects.toThrow();
    }
    expect(await keyScript('list')).toContain('two-keys');
  });
});
