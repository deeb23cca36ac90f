// CPU time per request and peak memory of the local Worker: starts
// `wrangler dev` on a free port of 127.0.0.1 (never anything else), finds its
// `workerd` process, and reads that process's CPU time (utime + stime of
// /proc/<pid>/stat) before and after each batch of POST /v1/analyze
// requests with text/csv bodies of 1,000, 10,000 and 100,000 deals, then its
// peak resident memory (VmHWM of /proc/<pid>/status, reset through
// clear_refs first) around one text/csv body of about 100 MB. Stops the
// Worker it started. Linux only (/proc).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from './build-shared.mjs';
import { median } from './engines.mjs';
import { startWorker } from './wrangler-dev.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const WRANGLER = join(root, 'node_modules', '.bin', 'wrangler');
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** Deals per body and requests per batch: enough requests that 10 ms ticks stay small against the total. */
export const CPU_LOAD = [
  { rows: 1000, requests: 60 },
  { rows: 10_000, requests: 20 },
  { rows: 100_000, requests: 6 },
];

/** Pids of every descendant of `pid` (from /proc/<n>/stat's parent field). */
function descendants(pid) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // gone
    }
  }
  const out = [];
  const walk = (p) => {
    for (const [child, of] of parent) {
      if (of === p) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return out;
}

const commOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

/** CPU seconds (user + system) the process has used. */
function processCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** A line of /proc/<pid>/status in kB. */
function statusKb(pid, key) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const line = text.split('\n').find((l) => l.startsWith(`${key}:`));
  return line ? Number(line.split(/\s+/)[1]) : null;
}

/** A copy of wrangler.toml with the write limit raised, so batches are not answered 429. */
function benchConfig() {
  const text = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const up = relative(BUILD_DIR, root);
  const rewritten = text
    .replace(/simple\s*=\s*\{\s*limit\s*=\s*\d+/, 'simple = { limit = 1000000000')
    .replace(/^(main|directory|migrations_dir)\s*=\s*"([^"]+)"/gm, `$1 = "${up}/$2"`);
  mkdirSync(BUILD_DIR, { recursive: true });
  const path = join(BUILD_DIR, 'wrangler.cpu.toml');
  writeFileSync(path, rewritten);
  return path;
}

async function postCsv(base, body) {
  const start = performance.now();
  const res = await fetch(`${base}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body,
  });
  const text = await res.text();
  return { ms: performance.now() - start, status: res.status, text };
}

/**
 * Measures CPU per request and the peak memory of one ~100 MB body.
 * @param {{ csv: (rows: number) => string, bigCsv: string }} inputs - CSV paths by deal count, and the ~100 MB one
 */
export async function benchWorkerCpu({ csv, bigCsv }) {
  if (process.platform !== 'linux') return { available: false, reason: 'needs Linux /proc' };
  if (!existsSync(WRANGLER)) return { available: false, reason: 'wrangler is not installed' };
  let worker;
  try {
    worker = await startWorker({}, benchConfig());
  } catch (error) {
    return { available: false, reason: error.message };
  }
  try {
    // wrangler dev may run more than one workerd (the Worker, a proxy in front
    // of it), and some come and go: CPU is summed over the ones alive both
    // before and after a batch.
    const workerds = () => descendants(worker.pid).filter((p) => commOf(p) === 'workerd');
    if (workerds().length === 0) return { available: false, reason: 'no workerd process found' };
    const snapshot = () => {
      const times = new Map();
      for (const p of workerds()) {
        try {
          times.set(p, processCpuSeconds(p));
        } catch {
          // gone
        }
      }
      return times;
    };
    const cpuSince = (before) => {
      let sum = 0;
      for (const [p, seconds] of snapshot()) {
        if (before.has(p)) sum += seconds - before.get(p);
      }
      return sum;
    };
    const result = { available: true, perRequest: [], big: null };
    for (const { rows, requests } of CPU_LOAD) {
      const body = readFileSync(csv(rows));
      // Warm-up: the first requests compile the code paths.
      for (let i = 0; i < 3; i++) {
        const r = await postCsv(worker.base, body);
        if (r.status !== 200) throw new Error(`${rows} deals: ${r.status} ${r.text.slice(0, 200)}`);
      }
      const times = [];
      const before = snapshot();
      for (let i = 0; i < requests; i++) {
        const r = await postCsv(worker.base, body);
        if (r.status !== 200) throw new Error(`${rows} deals: ${r.status} ${r.text.slice(0, 200)}`);
        times.push(r.ms);
      }
      const cpuMs = (cpuSince(before) * 1000) / requests;
      result.perRequest.push({ rows, bytes: body.length, requests, cpuMs, wallMs: median(times) });
    }
    // Peak memory around one ~100 MB body, read from a file stream so the
    // client never holds it twice.
    const big = readFileSync(bigCsv);
    const pids = workerds();
    const rssBefore = pids.map((p) => statusKb(p, 'VmRSS') ?? 0);
    let reset = true;
    for (const p of pids) {
      try {
        writeFileSync(`/proc/${p}/clear_refs`, '5');
      } catch {
        reset = false;
      }
    }
    const cpuBefore = snapshot();
    const r = await postCsv(worker.base, big);
    const cpuMs = cpuSince(cpuBefore) * 1000;
    const hwmAfter = pids.map((p) => statusKb(p, 'VmHWM') ?? 0);
    // The process whose peak grew most is the one that read the body.
    let at = 0;
    for (let i = 1; i < pids.length; i++) {
      if (hwmAfter[i] - rssBefore[i] > hwmAfter[at] - rssBefore[at]) at = i;
    }
    const rssBeforeKb = rssBefore[at];
    const hwmAfterKb = hwmAfter[at];
    let deals = null;
    if (r.status === 200) deals = JSON.parse(r.text).report.deals;
    result.big = {
      bytes: big.length,
      status: r.status,
      error: r.status === 200 ? null : r.text.slice(0, 300),
      deals,
      wallMs: r.ms,
      cpuMs,
      processes: pids.length,
      rssBeforeKb,
      hwmAfterKb,
      peakReset: reset,
      growthKb: hwmAfterKb - rssBeforeKb,
    };
    return result;
  } finally {
    await worker.stop();
  }
}
