// `npm start`: runs the Worker on this machine with no Cloudflare account.
//   1. builds the page assets (worker/build.mjs),
//   2. applies the D1 migrations to the local database,
//   3. runs `wrangler dev` in local mode on http://127.0.0.1:8787.
// Environment: PORT (default 8787), PERSIST_DIR (local database folder,
// default .wrangler/state). Further arguments go to `wrangler dev`, e.g.
// `npm start -- --var 'ALLOWED_ORIGINS:*'`. Ctrl+C (or SIGTERM) stops the server.

import { buildWorkerAssets } from '../build.mjs';
import { persistArgs, runWrangler, spawnWrangler } from './wrangler.mjs';

const port = process.env.PORT || '8787';

try {
  await buildWorkerAssets();
  runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs()]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const server = spawnWrangler([
  'dev',
  '--local',
  '--ip',
  '127.0.0.1',
  '--port',
  port,
  '--show-interactive-dev-session=false',
  ...persistArgs(),
  ...process.argv.slice(2),
]);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
