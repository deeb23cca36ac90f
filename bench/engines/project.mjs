// This project: CSV text → ingestCsvTable (the deal table) → analyzeTable,
// from the esbuild bundle of shared/ (bench/data/build/shared.mjs, built by
// bench/run.mjs). This is the path of POST /v1/analyze with a CSV.

import { readFileSync } from 'node:fs';
import { loadShared } from '../build-shared.mjs';
import { figuresFromReport } from '../figures.mjs';

export const label = 'project';

export async function setup(path) {
  const shared = await loadShared();
  return { shared, text: readFileSync(path, 'utf8') };
}

export async function run({ shared, text }) {
  const start = performance.now();
  const ingested = shared.ingestCsvTable(text, { texts: ['owner', 'source'] });
  const parsed = performance.now();
  const report = shared.analyzeTable(ingested.table, {
    stages: ingested.stages,
    groupBy: ['owner', 'source'],
  });
  const end = performance.now();
  if (ingested.errorCount > 0) {
    const first = ingested.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${e.message}`);
    throw new Error(`project: ${ingested.errorCount} bad cells, e.g. ${first.join('; ')}`);
  }
  return {
    figures: figuresFromReport(report),
    phases: { ingest: parsed - start, analyze: end - parsed },
  };
}
