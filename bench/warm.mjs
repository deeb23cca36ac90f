// One pipeline analysed again and again in this process, after warm-up:
// the cost of one request's ingestion and analysis once the code is compiled,
// through the deal table and through deal objects.

import { readFileSync } from 'node:fs';
import { median } from './engines.mjs';

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
const RUNS = 31;

/**
 * @param {object} shared - the bundle of shared/ (bench/build-shared.mjs)
 * @param {string} path - the CSV
 * @param {number} rows - deals in it, checked
 * @returns {{ rows: number, runs: number, table: number, objects: number, tableCpu: number, objectsCpu: number }}
 *   median ms of each path, by the clock and in CPU time of this thread
 *   (null where the kernel does not report it), so a run that waits for a
 *   core shared with other work is told apart
 */
export function warmInProcess(shared, path, rows) {
  const text = readFileSync(path, 'utf8');
  const viaTable = () => {
    const r = shared.ingestCsvTable(text, { texts: ['owner', 'source'] });
    return shared.analyzeTable(r.table, { stages: r.stages, groupBy: ['owner', 'source'] });
  };
  const viaObjects = () => {
    const r = shared.ingestCsv(text);
    return shared.analyze(r.deals, { stages: r.stages, groupBy: ['owner', 'source'] });
  };
  const time = (fn) => {
    for (let i = 0; i < WARM_UP; i++) {
      if (fn().deals !== rows) throw new Error(`warm: expected ${rows} deals`);
    }
    const times = [];
    const cpu = [];
    for (let i = 0; i < RUNS; i++) {
      const before = threadCpuMs();
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
      if (before !== null) cpu.push(threadCpuMs() - before);
    }
    return [median(times), median(cpu)];
  };
  const [table, tableCpu] = time(viaTable);
  const [objects, objectsCpu] = time(viaObjects);
  return { rows, runs: RUNS, table, objects, tableCpu, objectsCpu };
}
