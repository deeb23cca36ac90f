// Load test of the local Worker: starts `wrangler dev` on a free port of
// 127.0.0.1 (never anything else), sends POST /v1/analyze with a 1,000-row
// CSV from 32 concurrent clients for 20 seconds, then one 100,000-row
// request, and stops the Worker it started.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from './build-shared.mjs';
import { median } from './engines.mjs';
import { startWorker } from './wrangler-dev.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const WRANGLER = join(root, 'node_modules', '.bin', 'wrangler');

/**
 * The load: `clients` concurrent clients for `seconds` with the write limit
 * raised; `shippedSeconds` with wrangler.toml as shipped (its limiter answers
 * most of them with 429, which is the point of that short run).
 */
export const LOAD = { clients: 32, seconds: 20, shippedSeconds: 5, rows: 1000, bigRows: 100_000 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export { startWorker };

async function post(base, body) {
  const start = performance.now();
  try {
    const res = await fetch(`${base}/v1/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    return { ms: performance.now() - start, status: res.status, text };
  } catch (error) {
    return { ms: performance.now() - start, status: 0, text: String(error) };
  }
}

function summarize(results, seconds) {
  const ok = results.filter((r) => r.status === 200);
  const sortedAll = results.map((r) => r.ms).sort((a, b) => a - b);
  const sortedOk = ok.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const firstError = results.find((r) => r.status !== 200);
  return {
    requests: results.length,
    ok: ok.length,
    errors: results.length - ok.length,
    statuses,
    firstError: firstError ? `${firstError.status} ${firstError.text.slice(0, 200)}` : null,
    requestsPerSecond: results.length / seconds,
    okPerSecond: ok.length / seconds,
    p50: percentile(sortedAll, 50),
    p99: percentile(sortedAll, 99),
    okP50: percentile(sortedOk, 50),
    okP99: percentile(sortedOk, 99),
    median: median(sortedAll),
  };
}

/**
 * A copy of wrangler.toml under bench/data/build with the write rate limit
 * raised (paths made relative to the copy), to measure the analysis itself
 * rather than the limiter. Returns its path, or null when the limit is not found.
 */
function unlimitedConfig() {
  const text = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const limit = /simple\s*=\s*\{\s*limit\s*=\s*\d+/;
  if (!limit.test(text)) return null;
  const up = relative(BUILD_DIR, root);
  const rewritten = text
    .replace(limit, 'simple = { limit = 1000000000')
    .replace(/^(main|directory|migrations_dir)\s*=\s*"([^"]+)"/gm, `$1 = "${up}/$2"`);
  mkdirSync(BUILD_DIR, { recursive: true });
  const path = join(BUILD_DIR, 'wrangler.bench.toml');
  writeFileSync(path, rewritten);
  return path;
}

/** Warm-up, optionally the big request, then `seconds` of the 32-client load. */
async function measure(worker, body, bigBody, seconds) {
  // Warm-up: the first request compiles the Worker.
  const warm = await post(worker.base, body);
  if (warm.status !== 200) {
    return { reason: `warm-up request failed: ${warm.status} ${warm.text.slice(0, 300)}` };
  }
  // One client, one request at a time: the time the Worker takes per request.
  const alone = [];
  for (let i = 0; i < 15; i++) {
    const r = await post(worker.base, body);
    if (r.status === 200) alone.push(r.ms);
  }
  const single = alone.length === 0 ? null : { p50: median(alone), requests: alone.length };
  // The single big request goes first, before the load can exhaust any rate limit.
  let big = null;
  if (bigBody) {
    const r = await post(worker.base, bigBody);
    big = { ms: r.ms, status: r.status, error: r.status === 200 ? null : r.text.slice(0, 300) };
  }
  await sleep(500);
  const results = [];
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) results.push(await post(worker.base, body));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: LOAD.clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { load: summarize(results, elapsed), big, single, seconds: elapsed };
}

/**
 * Runs the load twice: with wrangler.toml as shipped, and with its write rate
 * limit raised (the throughput of the analysis). The 100,000-row request runs
 * on the second, with the body limit raised when the default refuses it.
 * @param {{ smallCsv: string, bigCsv: string | null }} inputs - paths of the 1,000- and 100,000-row CSVs
 */
export async function benchWorker({ smallCsv, bigCsv }) {
  if (!existsSync(WRANGLER)) return { available: false, reason: 'wrangler is not installed' };
  if (!existsSync(join(root, 'worker', 'src', 'index.ts'))) {
    return { available: false, reason: 'worker/src/index.ts is missing' };
  }
  const body = JSON.stringify({ csv: readFileSync(smallCsv, 'utf8') });
  const bigBody = bigCsv ? JSON.stringify({ csv: readFileSync(bigCsv, 'utf8') }) : null;
  const defaultLimit = Number(
    /MAX_BODY_BYTES\s*=\s*"(\d+)"/.exec(readFileSync(join(root, 'wrangler.toml'), 'utf8'))?.[1] ??
      0,
  );
  const vars = {};
  if (bigBody && Buffer.byteLength(bigBody) > defaultLimit) vars.MAX_BODY_BYTES = '100000000';

  const phases = [
    { name: 'shipped', config: null, vars: {}, big: true, seconds: LOAD.shippedSeconds },
    { name: 'unlimited', config: unlimitedConfig(), vars, big: true, seconds: LOAD.seconds },
  ];
  const result = {
    available: true,
    bodyBytes: Buffer.byteLength(body),
    bigBodyBytes: bigBody ? Buffer.byteLength(bigBody) : null,
    defaultBodyLimit: defaultLimit,
    vars,
    phases: {},
  };
  for (const phase of phases) {
    if (phase.name === 'unlimited' && phase.config === null) continue;
    let worker;
    try {
      worker = await startWorker(phase.vars, phase.config);
    } catch (error) {
      result.phases[phase.name] = { reason: error.message };
      continue;
    }
    try {
      result.phases[phase.name] = await measure(
        worker,
        body,
        phase.big ? bigBody : null,
        phase.seconds,
      );
    } finally {
      await worker.stop();
    }
  }
  return result;
}
