// Load test of the snapshot storage: starts `wrangler dev` on a free port of
// 127.0.0.1 with its own fresh local state, makes 200 teams with a key each,
// then from 32 concurrent clients stores each team's weekly snapshots of a
// 1,000-deal pipeline (keyed writes), then reads their history (keyed reads:
// snapshot list, trends, waterfall, monthly report, forecast accuracy), and
// measures what the teams' Durable Objects take on disk per stored deal
// against the CSV. Stops the Worker it started.
//
//   node bench/storage-load.mjs     runs it alone and prints the figures
// `npm run bench` runs it as one of its parts (bench/run.mjs).

import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from './build-shared.mjs';
import { ensurePipelineCsv } from './generate.mjs';
import { percentile, startWorker } from './worker-load.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const WRANGLER = join(root, 'node_modules', '.bin', 'wrangler');

/** The load: teams, weekly snapshots per team, deals per snapshot, clients, history reads. */
export const STORAGE_LOAD = { teams: 200, weeks: 3, rows: 1000, clients: 32, reads: 1200 };
/** The snapshot dates: three Mondays of January 2026. */
const WEEKS = ['2026-01-05', '2026-01-12', '2026-01-19'];
/** The history reads, in turn, each for the next team. */
const READS = [
  '/v1/snapshots',
  '/v1/trends?from=2025-12&to=2026-01&quota=1000000',
  '/v1/waterfall?from=2026-01-05&to=2026-01-19',
  '/v1/reports/monthly?month=2026-01',
  '/v1/forecast-accuracy?period=2026-01',
];

/**
 * A copy of wrangler.toml under bench/data/build with every rate limit
 * raised (paths made relative to the copy): the load comes from one address
 * and would otherwise measure the limiter.
 */
function unlimitedConfig(main) {
  const up = relative(BUILD_DIR, root);
  let text = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    .replace(/simple\s*=\s*\{\s*limit\s*=\s*\d+/g, 'simple = { limit = 1000000000')
    .replace(/^(main|directory|migrations_dir)\s*=\s*"([^"]+)"/gm, `$1 = "${up}/$2"`);
  if (main) {
    text = text.replace(
      /^main\s*=\s*"[^"]+"/m,
      `main = "${relative(BUILD_DIR, main)}"\nno_bundle = true`,
    );
  }
  mkdirSync(BUILD_DIR, { recursive: true });
  const path = join(
    BUILD_DIR,
    main ? 'wrangler.storage-bench.toml' : 'wrangler.storage-build.toml',
  );
  writeFileSync(path, text);
  return path;
}

/**
 * The Worker bundled once into bench/data/build, so that \`wrangler dev\`
 * runs that file and does not restart when a source file changes mid-run.
 */
function bundleWorker() {
  const outdir = join(BUILD_DIR, 'storage-bench-worker');
  rmSync(outdir, { recursive: true, force: true });
  wrangler(['deploy', '--dry-run', '--outdir', outdir, '--config', unlimitedConfig(null)]);
  return join(outdir, 'index.js');
}

function wrangler(args) {
  const result = spawnSync(WRANGLER, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')}: ${result.stderr || result.stdout}`);
  }
}

/** Makes `count` team keys in the local D1 (schema first); returns them in team order. */
function makeKeys(config, persistDir, count) {
  const local = ['--local', '--persist-to', persistDir, '--config', config];
  wrangler(['d1', 'migrations', 'apply', 'DB', ...local]);
  const keys = [];
  const values = [];
  for (let i = 0; i < count; i++) {
    const id = randomBytes(8).toString('hex');
    const key = `sp_${id}_${randomBytes(32).toString('hex')}`;
    const hash = createHash('sha256').update(key).digest('hex');
    keys.push(key);
    values.push(`('${id}', 'team-${i}', '${hash}', '2026-01-01T00:00:00Z')`);
  }
  const file = join(BUILD_DIR, 'storage-bench-keys.sql');
  writeFileSync(file, `INSERT INTO keys (id, team, hash, created) VALUES ${values.join(',\n')};\n`);
  wrangler(['d1', 'execute', 'DB', ...local, '--file', file]);
  return keys;
}

/** Bytes of every file under a directory. */
function bytesUnder(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/** The folder of the snapshot objects' SQLite files in a persist folder. */
function objectsDir(persistDir) {
  const dir = join(persistDir, 'v3', 'do');
  if (!existsSync(dir)) return null;
  const found = readdirSync(dir).find((name) => name.includes('TeamSnapshots'));
  return found ? join(dir, found) : null;
}

async function send(base, method, path, key, body) {
  const start = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body,
    });
    const text = await res.text();
    return { ms: performance.now() - start, status: res.status, text, path };
  } catch (error) {
    return { ms: performance.now() - start, status: 0, text: String(error), path };
  }
}

/** Runs `tasks` from `clients` concurrent clients; each sends its next as soon as one is answered. */
async function runTasks(tasks, clients) {
  const results = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        results.push(await task());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const bad = results.filter((r) => r.status < 200 || r.status >= 300);
  return {
    requests: results.length,
    errors: bad.length,
    firstError: bad[0] ? `${bad[0].status} ${bad[0].path} ${bad[0].text.slice(0, 200)}` : null,
    requestsPerSecond: results.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    seconds,
    byPath: Object.fromEntries(
      [...new Set(results.map((r) => r.path.split('?')[0]))].map((p) => {
        const ms = results
          .filter((r) => r.path.split('?')[0] === p)
          .map((r) => r.ms)
          .sort((a, b) => a - b);
        return [p, { requests: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) }];
      }),
    ),
  };
}

/** Runs the storage load; the result is what `storageText` formats. */
export async function benchStorage() {
  if (!existsSync(WRANGLER)) return { available: false, reason: 'wrangler is not installed' };
  const { teams, rows, clients, reads } = STORAGE_LOAD;
  const csvFile = ensurePipelineCsv(rows);
  const csv = readFileSync(csvFile.path, 'utf8');
  const persistDir = join(BUILD_DIR, 'storage-bench-state');
  rmSync(persistDir, { recursive: true, force: true });
  let config;
  let keys;
  try {
    config = unlimitedConfig(bundleWorker());
    keys = makeKeys(config, persistDir, teams);
  } catch (error) {
    return { available: false, reason: error.message.slice(0, 300) };
  }
  let worker;
  try {
    worker = await startWorker({}, config, persistDir);
  } catch (error) {
    return { available: false, reason: error.message };
  }
  try {
    const writeTasks = WEEKS.flatMap((asOf) =>
      keys.map(
        (key) => () =>
          send(worker.base, 'POST', '/v1/snapshots', key, JSON.stringify({ asOf, csv })),
      ),
    );
    const writes = await runTasks(writeTasks, clients);
    const readTasks = Array.from(
      { length: reads },
      (_, i) => () => send(worker.base, 'GET', READS[i % READS.length], keys[i % teams]),
    );
    const readResults = await runTasks(readTasks, clients);
    await worker.stop();
    // The write-ahead logs left beside the databases are counted too: an upper bound.
    const dir = objectsDir(persistDir);
    const storedDeals = teams * WEEKS.length * rows;
    const objectBytes = dir ? bytesUnder(dir) : null;
    return {
      available: true,
      teams,
      weeks: WEEKS.length,
      rows,
      clients,
      csvBytesPerDeal: csvFile.bytes / rows,
      objectBytes,
      // One SQLite database per team, and the class's metadata.sqlite.
      objects: dir
        ? readdirSync(dir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite').length
        : null,
      logsLeft: dir ? readdirSync(dir).filter((f) => f.endsWith('-wal')).length : null,
      storedBytesPerDeal: objectBytes === null ? null : objectBytes / storedDeals,
      writes,
      reads: readResults,
    };
  } finally {
    await worker.stop();
  }
}

const fixed = (n, digits = 0) => (n === null || n === undefined ? '–' : n.toFixed(digits));

/** The results.md section of a `benchStorage` result. */
export function storageText(storage) {
  if (!storage) return 'Not run (BENCH_SKIP).';
  if (!storage.available) return `Not measured: ${storage.reason}`;
  const { writes, reads } = storage;
  const ratio =
    storage.storedBytesPerDeal === null
      ? null
      : storage.storedBytesPerDeal / storage.csvBytesPerDeal;
  const lines = [
    `\`wrangler dev\` on 127.0.0.1 with fresh local state and every rate limit raised in a copy of \`wrangler.toml\` (the load comes from one address). ${storage.teams} teams, each with its own key and its own Durable Object; ${storage.clients} concurrent Node \`fetch\` clients. Writes: \`POST /v1/snapshots\` of the generator's ${storage.rows}-deal pipeline for ${storage.weeks} weekly dates per team (${writes.requests} keyed writes). Reads: ${reads.requests} keyed history reads, the five endpoints in turn, each for the next team. The load generator shares the machine's cores with the Worker.`,
    '',
    '| phase | requests | errors | req/s | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|',
    `| keyed writes | ${writes.requests} | ${writes.errors} | ${fixed(writes.requestsPerSecond, 1)} | ${fixed(writes.p50)} | ${fixed(writes.p99)} |`,
    `| keyed reads | ${reads.requests} | ${reads.errors} | ${fixed(reads.requestsPerSecond, 1)} | ${fixed(reads.p50)} | ${fixed(reads.p99)} |`,
    ...Object.entries(reads.byPath).map(
      ([path, p]) =>
        `| · \`GET ${path}\` | ${p.requests} | | | ${fixed(p.p50)} | ${fixed(p.p99)} |`,
    ),
    '',
    `Storage: the ${storage.objects ?? '–'} objects' SQLite files (${storage.logsLeft ? `and the ${storage.logsLeft} write-ahead logs \`wrangler dev\` left beside them, so an upper bound` : 'every write-ahead log folded in'}) take ${fixed((storage.objectBytes ?? 0) / 1e6, 1)} MB for ${storage.teams * storage.weeks * storage.rows} stored deals: **${fixed(storage.storedBytesPerDeal, 1)} bytes per deal** against ${fixed(storage.csvBytesPerDeal, 1)} bytes per deal of the CSV (${fixed(ratio, 2)}×; the target is at most 2×), pages, indexes and trend figures included.`,
  ];
  if (writes.firstError || reads.firstError) {
    lines.push('', `First error: ${writes.firstError ?? reads.firstError}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchStorage();
  mkdirSync(join(here, 'data'), { recursive: true });
  writeFileSync(join(here, 'data', 'storage-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(storageText(result));
}
