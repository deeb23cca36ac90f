// Starts the project's Worker under `wrangler dev` for a benchmark: on a
// free port of 127.0.0.1 (never anything else), in its own process group,
// and stops it again, also when the benchmark is interrupted.

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from './build-shared.mjs';
import { freePort } from './free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const WRANGLER = join(root, 'node_modules', '.bin', 'wrangler');
const READY_TIMEOUT_MS = 90_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Process groups of the dev servers this process started and has not stopped yet. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // The dev servers run in their own process groups: stop them with the benchmark.
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

/**
 * Starts wrangler dev; resolves with { base, stop, log, pid } once /health
 * answers (`pid`: wrangler's, the leader of the dev server's process group).
 * @param {Record<string, string>} vars - `--var` values
 * @param {string | null} config - a wrangler.toml other than the project's
 * @param {string} persistDir - where its local D1 and Durable Objects live
 */
export async function startWorker(vars, config, persistDir = join(BUILD_DIR, 'wrangler-state')) {
  const port = await freePort();
  const args = [
    'dev',
    ...(config ? ['--config', config] : []),
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    String(await freePort()),
    '--persist-to',
    persistDir,
    '--show-interactive-dev-session=false',
    // No line per request on the dev server's console: not part of what is measured.
    '--log-level',
    'warn',
  ];
  for (const [key, value] of Object.entries(vars)) args.push('--var', `${key}:${value}`);
  const child = spawn(WRANGLER, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
  });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  let exited = false;
  running.add(child.pid);
  child.on('exit', () => {
    exited = true;
    running.delete(child.pid);
  });
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(`${base}/health`);
      await res.arrayBuffer();
      if (res.status < 500) return { base, stop, log: () => log, pid: child.pid };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`wrangler dev did not start: ${log.trim().split('\n').slice(-5).join(' | ')}`);
}
