// `npm run bench`: the project's CSV → report path against the scan floor,
// DuckDB and arquero on generated pipelines, the add-on bundle in node:vm and
// a load test of the local Worker. Writes bench/results.md.
//
// Environment:
//   BENCH_SIZES=10000,100000,1000000   pipeline sizes (deals), smallest first
//   BENCH_RUNS=5                       runs per engine and size (median reported)
//   BENCH_SKIP=worker,addon,cpu,storage   parts to leave out (cpu: Worker CPU and memory;
//                                      storage: the snapshot storage load of 200 teams)
//   BENCH_OUT=bench/results.md         where to write the results

import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAddon } from './addon.mjs';
import { buildShared } from './build-shared.mjs';
import { ENGINES, runEngine } from './engines.mjs';
import { compareFigures, stageTableDifferences } from './figures.mjs';
import { ensurePipelineCsv } from './generate.mjs';
import { profileEngine } from './profile.mjs';
import { formatResults, formatSizeTable } from './report.mjs';
import { checkTargets, TARGET } from './targets.mjs';
import { benchStorage, STORAGE_LOAD } from './storage-load.mjs';
import { benchWorker, LOAD } from './worker-load.mjs';
import { benchWorkerCpu } from './worker-cpu.mjs';
import { warmInFreshProcess } from './warm.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** Deals in the ~100 MB text/csv body sent to the Worker (99 MB, under its 100,000,000-byte limit). */
const WORKER_BIG_ROWS = 580_000;
const started = performance.now();
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map((s) => Number(s.trim().replaceAll('_', '')))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
if (sizes.length === 0) throw new Error('BENCH_SIZES: give deal counts such as 10000,100000');
// Five runs: on shared cores, a median of five shrugs off one or two disturbed runs.
const runs = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_RUNS: give a whole number of runs');
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()));
const out = resolve(process.env.BENCH_OUT ?? join(here, 'results.md'));
const log = (line) => process.stdout.write(`${line}\n`);

const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    mhz: cpus[0]?.speed ?? null,
    memoryGb: os.totalmem() / 2 ** 30,
    freeGb: os.freemem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadStart: os.loadavg(),
    loadEnd: null,
  },
  sizes: [],
  profile: null,
  addon: null,
  worker: null,
  warm: null,
  workerCpu: null,
  seconds: null,
};
log(
  `${results.machine.cores} x ${results.machine.cpu}, ${results.machine.memoryGb.toFixed(1)} GB, Node ${process.version}, load ${results.machine.loadStart.map((l) => l.toFixed(2)).join(' ')}`,
);

const shared = await import(await buildShared());
const stageProblems = stageTableDifferences(shared.DEFAULT_STAGES);
if (stageProblems.length > 0) {
  throw new Error(
    `the benchmark's stage table no longer matches the project's:\n${stageProblems.join('\n')}`,
  );
}

// Peak memory of a Node process that loads no engine, for scale.
results.idleRssKb = (await runEngine('none', '', 0)).maxRssKb;

let disagreements = 0;
for (const rows of sizes) {
  const csv = ensurePipelineCsv(rows);
  if (csv.generatedMs !== null) {
    log(
      `generated ${csv.path} (${(csv.bytes / 1e6).toFixed(1)} MB) in ${csv.generatedMs.toFixed(0)} ms`,
    );
  }
  const size = { rows, bytes: csv.bytes, runs, engines: {}, agreement: {} };
  for (const engine of ENGINES) {
    size.engines[engine] = await runEngine(engine, csv.path, runs);
  }
  const lines = size.engines.scan.counts?.newlines;
  const records = size.engines.rows.counts?.records;
  const objects = size.engines.objects.counts?.deals;
  if (lines !== rows + 1 || records !== rows + 1 || objects !== rows) {
    throw new Error(
      `${lines} line ends, ${records} records and ${objects} objects from a CSV of ${rows} deals plus a header`,
    );
  }
  for (const other of ['stream', 'duckdb', 'arquero']) {
    const problems = compareFigures(
      'project',
      size.engines.project.figures,
      other,
      size.engines[other].figures,
    );
    size.agreement[other] = problems.length;
    if (problems.length > 0) {
      disagreements += problems.length;
      log(`DISAGREEMENT at ${rows} deals, project vs ${other} (${problems.length} figures):`);
      for (const p of problems.slice(0, 20)) log(`  ${p}`);
    }
  }
  for (const engine of ENGINES) {
    const e = size.engines[engine];
    delete e.figures;
    delete e.phases;
  }
  results.sizes.push(size);
  log('');
  log(formatSizeTable(size));
}
if (disagreements > 0) {
  log(`\nThe engines disagree on ${disagreements} figures; no results written.`);
  process.exit(1);
}

// A small pipeline in a process of its own, warm: what one request's analysis costs.
{
  const rows = 10_000;
  results.warm = warmInFreshProcess(ensurePipelineCsv(rows).path, rows);
  const w = results.warm;
  log(
    `\n${rows.toLocaleString('en')} deals in process, warm: ingestCsvTable + analyzeTable ${w.table.toFixed(1)} ms, ${w.tableCpu?.toFixed(1)} ms CPU (median of ${w.runs}); ingestCsv + analyze ${w.objects.toFixed(1)} ms, ${w.objectsCpu?.toFixed(1)} ms CPU`,
  );
}

if (!skip.has('addon')) {
  log('\nadd-on bundle in node:vm …');
  results.addon = await benchAddon(7, TARGET.formulaMs);
  if (results.addon.available) {
    const f = results.addon.formulas;
    log(
      `Code.js ${results.addon.rawBytes} bytes (gzip ${results.addon.gzipBytes}); MEDDPICC ${f.MEDDPICC.median?.toFixed(1)} ms, WEIGHTED_PIPELINE ${f.WEIGHTED_PIPELINE.median?.toFixed(1)} ms over ${results.addon.rows} rows`,
    );
  } else log(`add-on not measured: ${results.addon.reason}`);
}

if (!skip.has('worker')) {
  log(`\nWorker load: ${LOAD.clients} clients, POST /v1/analyze …`);
  results.worker = await benchWorker({
    smallCsv: ensurePipelineCsv(LOAD.rows).path,
    bigCsv: ensurePipelineCsv(LOAD.bigRows).path,
  });
  if (!results.worker.available) log(`Worker not measured: ${results.worker.reason}`);
  for (const [name, phase] of Object.entries(results.worker.phases ?? {})) {
    if (!phase.load) {
      log(`${name}: ${phase.reason}`);
      continue;
    }
    const l = phase.load;
    log(
      `${name}: ${l.requests} requests, ${l.requestsPerSecond.toFixed(0)}/s, p50 ${l.p50?.toFixed(0)} ms, p99 ${l.p99?.toFixed(0)} ms, errors ${l.errors} ${JSON.stringify(l.statuses)}; ${LOAD.bigRows} rows: ${phase.big?.status} in ${phase.big?.ms.toFixed(0)} ms`,
    );
  }
}

if (!skip.has('worker') && !skip.has('cpu')) {
  log('\nWorker CPU per text/csv request and peak memory of a 100 MB body …');
  const big = ensurePipelineCsv(WORKER_BIG_ROWS);
  results.workerCpu = await benchWorkerCpu({
    csv: (rows) => ensurePipelineCsv(rows).path,
    bigCsv: big.path,
  });
  const w = results.workerCpu;
  if (!w.available) log(`Worker CPU not measured: ${w.reason}`);
  else {
    for (const r of w.perRequest) {
      log(
        `${r.rows} deals: ${r.cpuMs.toFixed(1)} ms CPU per request (${r.requests} requests), ${r.wallMs.toFixed(0)} ms from the client`,
      );
    }
    log(
      `${(w.big.bytes / 1e6).toFixed(1)} MB body: ${w.big.status}, workerd peak RSS grew ${(w.big.growthKb / 1024).toFixed(0)} MB, ${w.big.cpuMs.toFixed(0)} ms CPU`,
    );
  }
}

if (!skip.has('worker') && !skip.has('storage')) {
  log(
    `\nSnapshot storage load: ${STORAGE_LOAD.teams} teams, ${STORAGE_LOAD.clients} clients, keyed writes and reads …`,
  );
  results.storage = await benchStorage();
  const s = results.storage;
  if (!s.available) log(`storage not measured: ${s.reason}`);
  else {
    for (const [name, phase] of [
      ['writes', s.writes],
      ['reads', s.reads],
    ]) {
      log(
        `${name}: ${phase.requests} requests, ${phase.requestsPerSecond.toFixed(0)}/s, p50 ${phase.p50?.toFixed(0)} ms, p99 ${phase.p99?.toFixed(0)} ms, errors ${phase.errors}`,
      );
    }
    log(
      `storage: ${s.storedBytesPerDeal?.toFixed(1)} bytes per deal against ${s.csvBytesPerDeal.toFixed(1)} of the CSV`,
    );
  }
}

results.targets = checkTargets(results);
// Where the time goes: one profiled run of the project at the largest size.
{
  const largest = results.sizes.at(-1);
  log(`\nprofiling the project at ${largest.rows} deals …`);
  const csv = ensurePipelineCsv(largest.rows);
  const { result, top } = await profileEngine('project', csv.path);
  results.profile = { rows: largest.rows, phases: result.phaseMedians, top };
}

results.machine.loadEnd = os.loadavg();
results.seconds = (performance.now() - started) / 1000;
writeFileSync(out, formatResults(results));
writeFileSync(join(here, 'data', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('');
for (const t of results.targets) {
  log(
    `${t.met === true ? 'met    ' : t.met === false ? 'NOT MET' : 'n/a    '}  ${t.name}: ${t.value} (target ${t.target})`,
  );
}
log(`\n${results.seconds.toFixed(0)} s in all; written to ${out}`);
