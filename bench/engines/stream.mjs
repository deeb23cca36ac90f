// This project streamed: the CSV file read in 1 MB pieces, decoded with a
// streaming TextDecoder and pushed into CsvTableReader, then analyzeTable,
// as POST /v1/analyze reads a text/csv body. The text never exists whole, so
// its peak memory is the table, the dictionaries and one piece.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { loadShared } from '../build-shared.mjs';
import { figuresFromReport } from '../figures.mjs';

export const label = 'project, streamed';

const PIECE = 1 << 20;

export async function setup(path) {
  const shared = await loadShared();
  return { shared, path, buffer: new Uint8Array(PIECE) };
}

export async function run({ shared, path, buffer }) {
  const start = performance.now();
  const reader = new shared.CsvTableReader({
    texts: ['owner', 'source'],
    // As the Worker passes a request's Content-Length.
    sizeHint: statSync(path).size,
  });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, PIECE, null);
      if (n === 0) break;
      reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }));
    }
  } finally {
    closeSync(fd);
  }
  reader.push(decoder.decode());
  const ingested = reader.end();
  const parsed = performance.now();
  const report = shared.analyzeTable(ingested.table, {
    stages: ingested.stages,
    groupBy: ['owner', 'source'],
  });
  const end = performance.now();
  if (ingested.errorCount > 0) throw new Error(`stream: ${ingested.errorCount} bad cells`);
  return {
    figures: figuresFromReport(report),
    phases: { ingest: parsed - start, analyze: end - parsed },
  };
}
