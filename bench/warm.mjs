// One pipeline analysed again and again in this process, after warm-up:
// the cost of one request's ingestion and analysis once the code is compiled,
// through the deal table and through deal objects.

import { readFileSync } from 'node:fs';
import { median } from './engines.mjs';

const WARM_UP = 10;
const RUNS = 31;

/**
 * @param {object} shared - the bundle of shared/ (bench/build-shared.mjs)
 * @param {string} path - the CSV
 * @param {number} rows - deals in it, checked
 * @returns {{ rows: number, runs: number, table: number, objects: number }} median ms of each path
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
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  return { rows, runs: RUNS, table: time(viaTable), objects: time(viaObjects) };
}
