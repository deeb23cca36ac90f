import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the running Worker, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Its local D1 folder (PERSIST_DIR), for the key script. */
    persistDir: string;
    /** The repository root. */
    root: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls /health until the Worker answers; fails with its output if it exits or takes too long. */
async function waitUntilUp(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 50_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Worker did not answer /health within 50 s:\n${output()}`);
}

/** Stops the start script and everything it started (its own process group). */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistDir = mkdtempSync(join(tmpdir(), 'sales-playbook-page-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, ['worker/scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PERSIST_DIR: persistDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  try {
    await waitUntilUp(baseUrl, child, () => log);
  } catch (error) {
    await stop(child);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('persistDir', persistDir);
  project.provide('root', root);
  return async () => {
    await stop(child);
    rmSync(persistDir, { recursive: true, force: true });
  };
}
