// One pipeline analysed again and again in one process, after warm-up:
// the cost of one request's ingestion and analysis once the code is compiled,
// through the deal table and through deal objects. `warmInFreshProcess`
// runs it in a Node process of its own (this file as a script:
//   node bench/warm.mjs <csv path> <deals>
// prints the figures as one JSON line), so what the benchmark did before
// (its large heap, other uses of the same code) does not weigh on it.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadShared } from './build-shared.mjs';
import { median } from './engines.mjs';
import { run as scanFloor } from './engines/scan.mjs';

const WARM_UP = 50;

/**
 * CPU time this thread has run, ms, from the scheduler's count in
 * nanoseconds (Linux); null elsewhere. The thread's own time leaves out the
 * garbage collector's and compiler's helper threads and any time spent
 * waiting for a core.
 */
function threadCpuMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
const RUNS = 61;

/**
 * Median clock ms of `fn` over `RUNS` runs after `WARM_UP`, and its mean CPU
 * ms over those runs (the kernel counts a thread's CPU time in ticks of a few
 * milliseconds, too coarse for one run); `check` is given each warm-up result.
 */
function time(fn, check) {
  for (let i = 0; i < WARM_UP; i++) check(fn());
  const times = [];
  const cpuBefore = threadCpuMs();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const cpu = cpuBefore === null ? null : (threadCpuMs() - cpuBefore) / RUNS;
  return [median(times), cpu];
}

/** Chinese names for the generator's English ones, the same for the same name. */
const HAN = '华东科技智能软件服务集团网络信息数据云计算上海北京深圳广州';
function hanName(text, length) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  let out = '';
  for (let i = 0; i < length; i++) {
    h = Math.imul(h ^ i, 16777619);
    out += HAN[(h >>> 8) % HAN.length];
  }
  return out;
}

/**
 * The same pipeline with its deal names, accounts and owners in Chinese (as
 * a Chinese CRM's export has them): every other cell as it was. Read and
 * written with the project's own CSV reader, so quoted cells stay cells.
 */
export function chinesePipeline(shared, text) {
  const rows = shared.parseCsv(text);
  const header = rows[0];
  const name = header.indexOf('deal_name');
  const account = header.indexOf('account');
  const owner = header.indexOf('owner');
  const quote = (cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = [header.join(',')];
  for (const row of rows.slice(1)) {
    const company = `${hanName(row[account], 8)}有限公司`;
    const out = [...row];
    out[account] = company;
    out[name] = `${company}年度合同`;
    out[owner] = hanName(row[owner], 2);
    lines.push(out.map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * @param {object} shared - the bundle of shared/ (bench/build-shared.mjs)
 * @param {string} path - the CSV
 * @param {number} rows - deals in it, checked
 * @returns {{ rows: number, runs: number, warmUp: number, table: number, objects: number,
 *   tableCpu: number, objectsCpu: number, chinese: number, chineseCpu: number, scan: number }}
 *   median ms of each path by the clock, and mean ms of CPU time of this
 *   thread (null where the kernel does not report it), so a run that waits
 *   for a core shared with other work is told apart; `chinese` is the table path on
 *   the same pipeline with Chinese names, `scan` the scan floor on the text
 */
export function warmInProcess(shared, path, rows) {
  const text = readFileSync(path, 'utf8');
  const chinese = chinesePipeline(shared, text);
  const viaTable = (csv) => () => {
    const r = shared.ingestCsvTable(csv, { texts: ['owner', 'source'] });
    return shared.analyzeTable(r.table, { stages: r.stages, groupBy: ['owner', 'source'] });
  };
  const viaObjects = () => {
    const r = shared.ingestCsv(text);
    return shared.analyze(r.deals, { stages: r.stages, groupBy: ['owner', 'source'] });
  };
  const deals = (report) => {
    if (report.deals !== rows) throw new Error(`warm: expected ${rows} deals`);
  };
  const [table, tableCpu] = time(viaTable(text), deals);
  const [objects, objectsCpu] = time(viaObjects, deals);
  const [han, hanCpu] = time(viaTable(chinese), deals);
  // The scan floor's loop runs whole before its promise is returned.
  const [scan] = time(
    () => scanFloor({ text }),
    () => {},
  );
  return {
    rows,
    runs: RUNS,
    warmUp: WARM_UP,
    table,
    objects,
    tableCpu,
    objectsCpu,
    chinese: han,
    chineseCpu: hanCpu,
    scan,
  };
}

/** The CRM export fixtures (test/fixtures/crm), shaped as each CRM writes its export. */
const CRM_FIXTURES = fileURLToPath(new URL('../test/fixtures/crm/', import.meta.url));

/**
 * Each CRM export fixture with its rows repeated up to `rows` deals, read
 * and analysed again and again: through the deal table and through deal
 * objects, the share of rows the table reader read on its fast path
 * (its own count of rows it left to the row reader), and the share the row
 * kernel read.
 * @returns {{ file: string, rows: number, table: number, objects: number, fast: number, kernel: number }[]}
 */
export function exportsWarm(shared, rows) {
  const out = [];
  for (const file of readdirSync(CRM_FIXTURES)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const text = readFileSync(join(CRM_FIXTURES, file), 'utf8').replace(/^\ufeff/, '');
    const lines = text.split(/\r?\n/).filter((line) => line !== '');
    const body = lines.slice(1);
    // Whole records only: a fixture with a quoted line break is left out.
    if (body.length === 0 || body.some((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1))
      continue;
    const repeated = Array.from({ length: rows }, (_, i) => body[i % body.length]);
    const csv = `${[lines[0], ...repeated].join('\n')}\n`;
    const reader = new shared.CsvTableReader({});
    reader.push(csv);
    const read = reader.end();
    const fast = reader.fast === true ? 1 - reader.slow.length / read.table.length : 0;
    const kernel = reader.kernelRows / read.table.length;
    const check = (report) => {
      if (report.deals !== read.table.length)
        throw new Error(`${file}: deals changed between runs`);
    };
    const [table] = time(() => {
      const r = shared.ingestCsvTable(csv);
      return shared.analyzeTable(r.table, { stages: r.stages });
    }, check);
    const [objects] = time(() => {
      const r = shared.ingestCsv(csv);
      return shared.analyze(r.deals, { stages: r.stages });
    }, check);
    out.push({ file, rows: read.table.length, table, objects, fast, kernel });
  }
  return out;
}

/** `warmInProcess` on the shared bundle in a new Node process; its figures. */
export function warmInFreshProcess(path, rows) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), path, String(rows)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, rows] = process.argv.slice(2);
  const shared = await loadShared();
  const figures = warmInProcess(shared, path, Number(rows));
  figures.exports = exportsWarm(shared, Number(rows));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
