// The project's CSV reader against the two libraries one would otherwise pick,
// papaparse and d3-dsv, on the same generated pipeline. The project keeps its
// own reader only while it is clearly faster; this script is the evidence.
//
//   node bench/csv-libraries.mjs [rows=200000] [runs=5]
//
// Prints a Markdown table and writes it to bench/csv-libraries.md.
//
// Each parser turns the whole text into rows of strings (no type conversion),
// and the three outputs must be identical, or the run fails. Then each parser
// streams the rows without keeping them (papaparse `step`, the project's
// `forEachCsvRow`; d3-dsv has no streaming form). Medians of `runs` runs.

import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { csvParseRows } from 'd3-dsv';
import Papa from 'papaparse';
import { buildShared } from './build-shared.mjs';
import { median } from './engines.mjs';
import { ensurePipelineCsv } from './generate.mjs';

const rows = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 5);

/** Median wall time of `fn` over `runs` runs, after one warm-up run. */
function time(fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Index of the first row where two parses differ, or -1. */
function firstDifference(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return i;
  }
  return -1;
}

const { path } = ensurePipelineCsv(rows);
const text = readFileSync(path, 'utf8');
const shared = await import(await buildShared());

const parsers = {
  project: () => shared.parseCsv(text, { delimiter: ',' }),
  papaparse: () => {
    const { data } = Papa.parse(text, { delimiter: ',' });
    // papaparse reads the final line break as the start of one more, empty row.
    if (data.length > 0 && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') {
      data.pop();
    }
    return data;
  },
  'd3-dsv': () => csvParseRows(text),
};

const outputs = Object.fromEntries(Object.entries(parsers).map(([name, parse]) => [name, parse()]));
for (const name of ['papaparse', 'd3-dsv']) {
  const row = firstDifference(outputs.project, outputs[name]);
  if (row !== -1) {
    console.error(`project and ${name} disagree at record ${row + 1}:`);
    console.error(`  project:  ${JSON.stringify(outputs.project[row])}`);
    console.error(`  ${name}: ${JSON.stringify(outputs[name][row])}`);
    process.exit(1);
  }
}
const records = outputs.project.length;
for (const name of Object.keys(outputs)) delete outputs[name];

const mb = Buffer.byteLength(text) / 1e6;
const results = [];
for (const [name, parse] of Object.entries(parsers)) {
  results.push({ mode: 'rows kept', name, ms: time(parse) });
}
let seen = 0;
results.push({
  mode: 'streamed',
  name: 'project',
  ms: time(() => shared.forEachCsvRow(text, () => seen++, { delimiter: ',' })),
});
results.push({
  mode: 'streamed',
  name: 'papaparse',
  ms: time(() => Papa.parse(text, { delimiter: ',', step: () => seen++ })),
});

const lines = [
  `CSV parsing, ${records.toLocaleString('en')} records, ${mb.toFixed(1)} MB;`,
  `median of ${runs} runs; all three parsers gave identical rows.`,
  `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
  '',
  '| mode | parser | ms | MB/s | vs project |',
  '|---|---|---:|---:|---:|',
];
for (const { mode, name, ms } of results) {
  const base = results.find((r) => r.mode === mode && r.name === 'project').ms;
  const speed = (mb / (ms / 1000)).toFixed(0);
  lines.push(`| ${mode} | ${name} | ${ms.toFixed(0)} | ${speed} | ${(ms / base).toFixed(2)}x |`);
}
const table = lines.join('\n');
console.log(table);
writeFileSync(
  new URL('./csv-libraries.md', import.meta.url),
  `# CSV parsing: project against papaparse and d3-dsv\n\nWritten by \`node bench/csv-libraries.mjs ${rows} ${runs}\`.\n\n${table}\n`,
);
