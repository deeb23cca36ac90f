// `npm start`: runs the Worker on this machine with no Cloudflare account.
//   1. builds the page assets (worker/build.mjs),
//   2. applies the D1 migrations to the local database,
//   3. runs `wrangler dev` in local mode on http://127.0.0.1:8787.
// Environment: PORT (default 8787), PERSIST_DIR (local database folder,
// default .wrangler/state). Ctrl+C (or SIGTERM) stops the server.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkerAssets } from '../build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wranglerBin = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const port = process.env.PORT || '8787';
const persist = process.env.PERSIST_DIR ? ['--persist-to', process.env.PERSIST_DIR] : [];
// Non-interactive, offline-friendly wrangler: no prompts, no usage metrics.
const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };

/** Runs wrangler with the given arguments; resolves with the child once spawned. */
function wrangler(args) {
  return spawn(process.execPath, [wranglerBin, ...args], { cwd: root, env, stdio: 'inherit' });
}

/** Waits for a child to exit; rejects when it fails. */
function finished(child, what) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

try {
  await buildWorkerAssets();
  await finished(
    wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist]),
    'Applying the local D1 migrations',
  );
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const server = wrangler([
  'dev',
  '--local',
  '--ip',
  '127.0.0.1',
  '--port',
  port,
  '--show-interactive-dev-session=false',
  ...persist,
]);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
