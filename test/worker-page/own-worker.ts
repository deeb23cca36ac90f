import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

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

/**
 * A Worker of a test's own: `npm start` on a free port and the given local
 * state folder, for tests that stop or kill it (the shared one of the page
 * tests must stay up). `args` go to `wrangler dev`.
 */
export function ownWorker(root: string, persistDir: string, args: string[] = []) {
  let child: ChildProcess | null = null;

  /** Starts it; resolves with its address once /health answers. */
  async function start(): Promise<string> {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let log = '';
    const started = spawn(process.execPath, ['worker/scripts/start.mjs', ...args], {
      cwd: root,
      env: { ...process.env, PORT: String(port), PERSIST_DIR: persistDir },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (d) => (log += d));
    started.stderr?.on('data', (d) => (log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
      try {
        if ((await fetch(`${base}/health`)).ok) return base;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no answer from ${base}:\n${log}`);
  }

  /** Stops it and everything it started; SIGKILL does so at once, as a power cut would. */
  async function kill(signal: NodeJS.Signals) {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null || c.pid === undefined) return;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    process.kill(-c.pid, signal);
    await exited;
  }

  return { start, kill };
}
