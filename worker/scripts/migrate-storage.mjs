// `npm run migrate-storage -- <Worker URL>`: copies every snapshot of the old
// D1 tables (`snapshots`, `snapshot_deals`) into its team's Durable Object by
// calling POST /v1/admin/migrate-storage until it has seen every row.
//   ADMIN_TOKEN=<the Worker's ADMIN_TOKEN secret> npm run migrate-storage -- https://sales-playbook.example.workers.dev
//   ADMIN_TOKEN=<the value in .dev.vars> npm run migrate-storage -- http://127.0.0.1:8787
// Safe to run again: a copy is rewritten with the same rows, and a snapshot
// written through the API since is never touched. Prints what it copied.

import { fileURLToPath } from 'node:url';

/** Snapshot rows per call: two D1 queries each, within the Free plan's 50 per request. */
export const STEP_ROWS = 20;

/**
 * Calls the migration route until it answers `next: null`.
 * @param {string} base the Worker's origin
 * @param {string} token the admin token
 * @param {(line: string) => void} log progress lines
 * @returns {Promise<{ copied: number, kept: number, skipped: string[], calls: number }>}
 */
export async function migrateStorage(base, token, log = () => {}) {
  const total = { copied: 0, kept: 0, skipped: [], calls: 0 };
  let after = 0;
  while (after !== null) {
    const url = new URL('/v1/admin/migrate-storage', base);
    url.searchParams.set('after', String(after));
    url.searchParams.set('limit', String(STEP_ROWS));
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) {
      throw new Error(`${url.pathname} answered ${res.status}: ${await res.text()}`);
    }
    const step = await res.json();
    total.copied += step.copied;
    total.kept += step.kept;
    total.skipped.push(...step.skipped);
    total.calls += 1;
    log(
      `rows after ${after}: ${step.copied} copied, ${step.kept} kept, ${step.skipped.length} skipped`,
    );
    after = step.next;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.argv[2];
  const token = process.env.ADMIN_TOKEN;
  if (!base || !token) {
    console.error('Usage: ADMIN_TOKEN=<token> npm run migrate-storage -- <Worker URL>');
    process.exit(2);
  }
  try {
    const total = await migrateStorage(base, token, (line) => console.log(line));
    console.log(
      `Done in ${total.calls} call(s): ${total.copied} snapshot(s) copied, ${total.kept} kept (written through the API since), ${total.skipped.length} skipped (not dated with a day number${total.skipped.length ? `: ${total.skipped.join(', ')}` : ''}).`,
    );
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
