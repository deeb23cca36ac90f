// Runs the project's own wrangler (node_modules) without prompts or usage metrics.
// Shared by the start, deploy and key scripts.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };

/** Starts wrangler with its output on this terminal; returns the child process. */
export function spawnWrangler(args) {
  return spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'inherit' });
}

/** Runs wrangler to the end with its output on this terminal; throws when it fails. */
export function runWrangler(args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed`);
}

/** Runs wrangler and returns its output; throws with its messages when it fails. */
export function wranglerOutput(args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `wrangler ${args.slice(0, 3).join(' ')} failed:\n${result.stderr || result.stdout}`,
    );
  }
  return result.stdout;
}

/** `--persist-to DIR` when PERSIST_DIR is set, so every script finds the same local database. */
export const persistArgs = () =>
  process.env.PERSIST_DIR ? ['--persist-to', process.env.PERSIST_DIR] : [];
