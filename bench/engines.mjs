// Runs each engine on one CSV in its own child process (bench/child.mjs) and
// gathers times, phases, figures and peak memory.

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'child.mjs');

/** Engines in table order. */
export const ENGINES = ['scan', 'rows', 'objects', 'project', 'stream', 'duckdb', 'arquero'];

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `engine` `runs` times on `path` in a fresh Node process.
 * @param {string[]} [nodeFlags] - extra Node flags (e.g. --cpu-prof)
 * @returns {Promise<object>} the child's JSON result plus `median` and `phaseMedians`
 */
export function runEngine(engine, path, runs, nodeFlags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', ...nodeFlags, CHILD, engine, path, String(runs)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${engine} on ${path} exited with ${code}:\n${err.trim()}`));
        return;
      }
      const result = JSON.parse(out.trim().split('\n').at(-1));
      result.median = median(result.times);
      result.phaseMedians = Object.fromEntries(
        Object.entries(result.phases).map(([phase, times]) => [phase, median(times)]),
      );
      resolve(result);
    });
  });
}
