// Markdown for the terminal and bench/results.md.

import { storageText } from './storage-load.mjs';
import { LOAD } from './worker-load.mjs';

const LABELS = {
  scan: 'scan floor',
  rows: 'project: CSV rows only',
  objects: 'plain objects (lower bound)',
  project: 'project (CSV → report)',
  stream: 'project, streamed from the file',
  duckdb: 'DuckDB',
  arquero: 'arquero',
};

const int = (n) => Math.round(n).toLocaleString('en');
const agrees = (n) => (n === 0 ? 'yes' : n === undefined ? 'not compared' : `no (${n})`);
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** One Markdown table: every engine on one pipeline size. */
export function formatSizeTable(size) {
  const project = size.engines.project;
  const lines = [
    `${int(size.rows)} deals, ${mb(size.bytes)} MB of CSV, median of ${size.runs} runs`,
    '',
    '| engine | ms | rows/s | MB/s | peak RSS MB | peak / CSV | project / engine |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, e] of Object.entries(size.engines)) {
    const rss = (e.maxRssKb * 1024) / 1e6;
    const ratio = name === 'project' ? '' : (project.median / e.median).toFixed(2);
    lines.push(
      `| ${LABELS[name] ?? name} | ${int(e.median)} | ${int(size.rows / (e.median / 1000))} | ${(size.bytes / 1e6 / (e.median / 1000)).toFixed(0)} | ${rss.toFixed(0)} | ${((e.maxRssKb * 1024) / size.bytes).toFixed(2)} | ${ratio} |`,
    );
  }
  const phases = project.phaseMedians;
  lines.push(
    '',
    `project phases: ingestCsvTable ${int(phases.ingest)} ms, analyzeTable ${int(phases.analyze)} ms (${((phases.analyze / project.median) * 100).toFixed(0)}% of end to end); engines agree with the project: streamed ${agrees(size.agreement.stream)}, DuckDB ${agrees(size.agreement.duckdb)}, arquero ${agrees(size.agreement.arquero)}`,
  );
  return lines.join('\n');
}

function machineText(m) {
  return [
    `- CPU: ${m.cores} x ${m.cpu}${m.mhz ? ` (${m.mhz} MHz)` : ''}`,
    `- Memory: ${m.memoryGb.toFixed(1)} GB (${m.freeGb.toFixed(1)} GB free at the start)`,
    `- OS: ${m.os}; Node ${m.node}`,
    `- Load average (1, 5, 15 min): ${m.loadStart.map((l) => l.toFixed(2)).join(', ')} at the start, ${(m.loadEnd ?? []).map((l) => l.toFixed(2)).join(', ')} at the end. The cores are shared with other work, so figures move by 10-20% between runs.`,
  ].join('\n');
}

function targetsText(targets) {
  const mark = (met) => (met === true ? 'met' : met === false ? '**not met**' : 'not measured');
  return [
    '| target | goal | measured | |',
    '|---|---|---|---|',
    ...targets.map((t) => `| ${t.name} | ${t.target} | ${t.value} | ${mark(t.met)} |`),
  ].join('\n');
}

function addonText(addon) {
  if (!addon) return 'Not run (BENCH_SKIP).';
  if (!addon.available) return `Not measured: ${addon.reason}`;
  const f = addon.formulas;
  const row = (name) =>
    f[name]?.missing
      ? `| ${name} | missing from the bundle | |`
      : `| ${name} | ${f[name].median.toFixed(1)} | ${f[name].first.toFixed(1)} |`;
  return [
    ...(addon.buildProblem
      ? [`The build failed (${addon.buildProblem}); the bundle already in dist/ was measured.`, '']
      : []),
    `\`dist/addon/Code.js\`, built by \`npm run build:addon\`: ${addon.rawBytes.toLocaleString('en')} bytes raw, ${addon.gzipBytes.toLocaleString('en')} bytes gzipped.`,
    '',
    `Each custom function called on ${int(addon.rows)} rows built inside the \`node:vm\` context (so they are the context's own arrays, as Sheets passes them), median of ${f.MEDDPICC.runs ?? '?'} calls; the result is checked against a value computed outside the bundle.`,
    '',
    '| formula | median ms | first call ms |',
    '|---|---:|---:|',
    row('MEDDPICC'),
    row('WEIGHTED_PIPELINE'),
    ...['MEDDPICC', 'WEIGHTED_PIPELINE']
      .filter((name) => f[name]?.profile)
      .flatMap((name) => [
        '',
        `Where the time of ${name} goes: 5 calls under the inspector's profiler, in a build of the same source that is not minified (so functions keep their names) with a source map, self time per function:`,
        '',
        ...profileTable(f[name].profile),
      ]),
    ...['MEDDPICC', 'WEIGHTED_PIPELINE']
      .filter((name) => f[name]?.profileProblem)
      .flatMap((name) => ['', `${name} could not be profiled: ${f[name].profileProblem}`]),
  ].join('\n');
}

function workerText(worker) {
  if (!worker) return 'Not run (BENCH_SKIP).';
  if (!worker.available) return `Not measured: ${worker.reason}`;
  const lines = [
    `\`wrangler dev\` on 127.0.0.1 (local mode, a free port), \`POST /v1/analyze\` with \`{"csv": …}\` bodies from the generator: ${int(LOAD.rows)} deals (${mb(worker.bodyBytes)} MB) from ${LOAD.clients} concurrent Node \`fetch\` clients, each sending its next request as soon as the last one is answered; and one ${int(LOAD.bigRows)}-deal request (${mb(worker.bigBodyBytes)} MB). The load generator shares the machine's cores with the Worker.`,
    '',
    '| configuration | one client: ms per request | seconds | requests | requests/s | p50 ms | p99 ms | errors | statuses | one 100,000-deal request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  const names = {
    shipped: '`wrangler.toml` as shipped',
    unlimited: `write limit raised, MAX_BODY_BYTES ${worker.vars.MAX_BODY_BYTES ?? 'as shipped'}`,
  };
  for (const [name, phase] of Object.entries(worker.phases)) {
    if (!phase.load) {
      lines.push(`| ${names[name]} | | | | | | | | ${phase.reason} | |`);
      continue;
    }
    const l = phase.load;
    const big = phase.big ? `${phase.big.status} in ${int(phase.big.ms)} ms` : 'not sent';
    lines.push(
      `| ${names[name]} | ${phase.single ? phase.single.p50.toFixed(0) : 'n/a'} | ${phase.seconds.toFixed(1)} | ${int(l.requests)} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50?.toFixed(0)} | ${l.p99?.toFixed(0)} | ${int(l.errors)} | ${Object.entries(
        l.statuses,
      )
        .map(([s, n]) => `${s}: ${int(n)}`)
        .join(', ')} | ${big} |`,
    );
  }
  for (const [name, phase] of Object.entries(worker.phases)) {
    const first = phase.load?.firstError;
    if (first && !first.startsWith('429')) {
      lines.push('', `First error (${names[name]}): \`${first.replaceAll('`', "'")}\``);
    }
  }
  const raised = worker.phases.unlimited;
  if (raised?.single && raised.load) {
    lines.push(
      '',
      `Alone, one 1,000-deal request takes ${raised.single.p50.toFixed(0)} ms from the client (median of ${raised.single.requests}). Under load the Worker completes ${raised.load.requestsPerSecond.toFixed(0)} requests a second, one every ${(1000 / raised.load.requestsPerSecond).toFixed(1)} ms; with ${LOAD.clients} requests in flight each waits for those ahead of it, so the expected latency is ${LOAD.clients} x ${(1000 / raised.load.requestsPerSecond).toFixed(1)} ms = ${((LOAD.clients * 1000) / raised.load.requestsPerSecond).toFixed(0)} ms (Little's law), against a measured p50 of ${raised.load.p50.toFixed(0)} ms. Latency under this load is the Worker's time per request times the number of clients.`,
    );
  }
  const shipped = worker.phases.shipped?.load;
  lines.push(
    '',
    `As shipped, the write limiter (\`WRITE_LIMITER\`, 60 requests a minute per team or client address) answers a single address's load with 429 after its first 60 requests${shipped ? ` (${int(shipped.errors)} of ${int(shipped.requests)} here)` : ''}, and the ${int(worker.defaultBodyLimit)}-byte body limit refuses the ${int(LOAD.bigRows)}-deal body with 413. Both are the intended behaviour; the second configuration raises the two limits in a copy of \`wrangler.toml\` so the figures measure the analysis, and the Worker targets are checked on it.`,
  );
  return lines.join('\n');
}

/** Rows of a self-time table. */
function profileTable(top) {
  return [
    '| function | where | self ms | share |',
    '|---|---|---:|---:|',
    ...top.map(
      (t) =>
        `| ${t.name.replaceAll('|', '\\|')} | ${t.where} | ${t.ms.toFixed(0)} | ${(t.share * 100).toFixed(1)}% |`,
    ),
  ];
}

function profileText(profile, size) {
  if (!profile) return '';
  const e = size.engines;
  const lines = ['## Where the time goes', ''];
  lines.push(
    `At ${int(size.rows)} deals (medians above), the project takes ${int(e.project.median)} ms: \`ingestCsvTable\` ${int(e.project.phaseMedians.ingest)} ms (${(e.project.phaseMedians.ingest / e.scan.median).toFixed(1)}x the scan floor) and \`analyzeTable\` ${int(e.project.phaseMedians.analyze)} ms. For comparison, the reader of \`ingestCsv\` alone (splitting the text into field strings, converting nothing) takes ${e.rows ? int(e.rows.median) : '?'} ms and the least any reader that makes one object per deal needs, ${e.objects ? int(e.objects.median) : '?'} ms. DuckDB does the work in ${int(e.duckdb.median)} ms in native code on every core.`,
    '',
    `The time now goes into the row kernel (\`row-kernel/run\`, WebAssembly: the cells of each row cut from the delimiter marks, repeated texts looked up in its own copy of the dictionaries, amounts, dates and scores read from the bytes), the marking of each window's delimiters (\`row-kernel/prepare\`), the native UTF-8 encoder, the reader's JavaScript for the rows the row kernel leaves (\`fastRecord\`, the row reader) and \`analyzeTable\`'s one pass over the typed arrays; the garbage collector has little left to do, with no string per cell and no object per deal. Reading the file into one string (\`readFileUtf8\`) happens in the engine's setup, before the clock starts: it holds the file's bytes and the string at once for a moment, so that read alone peaks at ${e.scan.setupPeakKb ? ((e.scan.setupPeakKb * 1024) / size.bytes).toFixed(2) : '?'}x the CSV in the scan floor's process. The peaks in the table are each engine's own, ${e.project.peakReset ? "measured from the resident memory once the text is read (the kernel's high-water mark reset through clear_refs after setup), the text it is handed included" : 'the highest since the process started (the high-water mark could not be reset here), the read of the file included'}: the project holding the whole text peaks at ${((e.project.maxRssKb * 1024) / size.bytes).toFixed(2)}x the CSV; the streamed project never holds it and peaks at ${e.stream ? ((e.stream.maxRssKb * 1024) / size.bytes).toFixed(2) : '?'}x, and that is how the Worker reads a text/csv body.`,
    '',
    `One run of the project on ${int(profile.rows)} deals under \`node --cpu-prof\` (ingest ${int(profile.phases.ingest)} ms, analyze ${int(profile.phases.analyze)} ms in that run), self time per function over the whole process (start-up and reading the file included), largest first:`,
    '',
    ...profileTable(profile.top),
  );
  return lines.join('\n');
}

/** `(N ms of CPU)` when the CPU time was measured. */
const cpuOf = (ms) => (ms == null ? '' : ` (${ms.toFixed(1)} ms of CPU)`);

/** The CRM export fixtures, each repeated to the warm pipeline's size, as a table. */
function exportsTable(warm) {
  if (!warm.exports?.length) return '';
  const rows = warm.exports.map(
    (e) =>
      `| ${e.file} | ${e.table.toFixed(1)} | ${e.objects.toFixed(1)} | ${(e.objects / e.table).toFixed(1)}x | ${Math.floor(e.fast * 1000) / 10}% | ${e.kernel == null ? '?' : `${Math.floor(e.kernel * 1000) / 10}%`} |`,
  );
  return [
    '',
    '',
    `Exports as each CRM writes them: every fixture of test/fixtures/crm (their columns, quoting, date, amount and probability forms) with its rows repeated to ${int(warm.rows)} deals, read and analysed the same way (median ms). The fast-path column is the share of rows the table reader read without the row reader (a row it cannot, such as the first with a dotted amount before the file settles its decimal mark, goes to the row reader); the last, the share of all rows the row kernel read (none for a file with a column it does not read, such as a currency or status column, amounts like \`"¥695,000"\`, year-last dates or quoted cells it would have to read).`,
    '',
    '| export | `ingestCsvTable` + `analyzeTable` ms | `ingestCsv` + `analyze` ms | table path faster by | rows on the fast path | rows read by the row kernel |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function warmText(warm) {
  if (!warm) return 'Not measured.';
  const chinese =
    warm.chinese == null
      ? ''
      : ` The same pipeline with its deal names, accounts and owners in Chinese (as a Chinese CRM exports them; its text is not ASCII: the row kernel reads it from its UTF-8 bytes as it reads ASCII, and the reader finds where the next row starts in the string by its line feeds): ${warm.chinese.toFixed(1)} ms${cpuOf(warm.chineseCpu)}.`;
  const scan =
    warm.scan == null
      ? ''
      : ` For scale, the scan floor (bench/engines/scan.mjs) on the same text, warm: ${warm.scan.toFixed(1)} ms, so the project takes ${(warm.table / warm.scan).toFixed(2)}x the scan floor at this size.`;
  return `The ${int(warm.rows)}-deal pipeline read from one string and analysed again and again in a Node process of its own (bench/warm.mjs) after ${warm.warmUp ?? 10} warm-up runs (median of ${warm.runs}): \`ingestCsvTable\` + \`analyzeTable\` ${warm.table.toFixed(1)} ms${cpuOf(warm.tableCpu)}; \`ingestCsv\` + \`analyze\` (one \`Deal\` object per row, as the add-on and the snapshot routes read) ${warm.objects.toFixed(1)} ms${cpuOf(warm.objectsCpu)}.${chinese}${scan} The CPU time is the benchmark thread's own (the scheduler's count over all the runs, divided by their number; the garbage collector's helper threads not included): on a machine whose cores are busy with other work the clock time runs ahead of it.${exportsTable(warm)}`;
}

function workerCpuText(w) {
  if (!w) return 'Not run (BENCH_SKIP).';
  if (!w.available) return `Not measured: ${w.reason}`;
  const lines = [
    "`wrangler dev` on 127.0.0.1 (a copy of `wrangler.toml` with the write limit raised), `POST /v1/analyze` with the generated CSV as a raw `text/csv` body, one request at a time after three warm-up requests. CPU is the `workerd` process's user + system time from `/proc/<pid>/stat` before and after the batch, divided by its requests (the clock ticks every 10 ms, hence the batches); the time from the client includes sending the body over the loopback.",
    '',
    '| deals | body MB | requests | CPU ms per request | ms from the client (median) |',
    '|---:|---:|---:|---:|---:|',
    ...w.perRequest.map(
      (r) =>
        `| ${int(r.rows)} | ${mb(r.bytes)} | ${r.requests} | ${r.cpuMs.toFixed(1)} | ${r.wallMs.toFixed(0)} |`,
    ),
  ];
  const b = w.big;
  if (b) {
    lines.push(
      '',
      `One text/csv body of ${mb(b.bytes)} MB (${b.deals === null ? 'not read' : `${int(b.deals)} deals`}): answered ${b.status} in ${int(b.wallMs)} ms, ${int(b.cpuMs)} ms of CPU. \`workerd\`'s resident memory was ${int(b.rssBeforeKb / 1024)} MB before the request; its peak during it (VmHWM${b.peakReset ? ', reset through clear_refs just before' : ', not resettable here, so the highest since start'}) was ${int(b.hwmAfterKb / 1024)} MB: it grew ${int(b.growthKb / 1024)} MB for the body.${b.error ? ` Answer: \`${b.error.replaceAll('`', "'")}\`` : ''}`,
    );
  }
  return lines.join('\n');
}

/** The whole of bench/results.md. */
export function formatResults(results) {
  const sizes = results.sizes.map((s) => `### ${formatSizeTable(s)}`).join('\n\n');
  return `# Benchmark results

Written by \`npm run bench\` on ${results.date} (${results.seconds.toFixed(0)} s in all).

## Machine

${machineText(results.machine)}

## Targets

${targetsText(results.targets)}

## CSV → report: the project against the scan floor, DuckDB and arquero

Every engine reads the same generated pipeline CSV (seeded: 40 owners, 6 sources, 6 products, all seven stages, amounts, created and close dates, loss stage and reason, eight MEDDPICC scores, some blanks) in its own Node process, so its peak resident memory is its own (\`VmHWM\`, reset after the engine's setup has read the file, so the peak is the engine's run with its input in memory; the read's own peak is kept apart); a Node process that loads no engine peaks at ${results.idleRssKb ? ((results.idleRssKb * 1024) / 1e6).toFixed(0) : '?'} MB. The time covers:

- **scan floor**: one pass over the text, counting every delimiter and line end outside quotes, nothing else;
- **project: CSV rows only**: the reader of \`ingestCsv\` (\`forEachCsvRow\`) splitting the text into records of field strings and converting nothing; not compared, it shows what a reader of field strings costs;
- **plain objects (lower bound)**: the same reader, then one plain object per deal built by hand-written code fixed to the generator's columns (no checks, no error reporting): the least any JavaScript reader that makes one object per deal has to do; not compared either;
- **project**: \`ingestCsvTable\` (CSV text → a deal table of typed arrays and dictionary codes, every cell checked, as \`POST /v1/analyze\` reads a CSV) and \`analyzeTable\` (win/loss by owner and source, pipeline by stage, weighted pipeline, forecast roll-up, cycle mean and median, funnel);
- **project, streamed from the file**: the same, with the file read in 1 MB pieces, decoded by a streaming \`TextDecoder\` and pushed into \`CsvTableReader\`, as the Worker reads a text/csv body: the text never exists whole, and the time includes reading the file;
- **DuckDB** (\`@duckdb/node-api\`, in-memory, all cores): \`read_csv\` of the file into a table, then SQL for the same figures;
- **arquero**: \`fromCSV\` on the same text, then the same figures with \`derive\` and \`rollup\`.

The JavaScript engines except the streamed one get the text already read into a string; DuckDB reads the file itself (from the page cache). After each size, every figure of the streamed project, DuckDB and arquero is compared with the project's (counts exactly, amounts within a relative 1e-9); a single difference fails the run.

### How the project reads a CSV

\`ingestCsvTable\` (shared/ingest/csv-table-reader.ts) reads the text record by record without splitting it into field strings. Rows in the commonest forms are read by the row kernel (shared/kernel/row-kernel.ts, AssemblyScript compiled to a 5 KB WebAssembly module; the Worker imports it, the bench and the tests compile the file): for each window it first marks every delimiter and line feed, 64 bytes at a time with SIMD compares, then cuts each row's cells from those marks (no byte-by-byte search whose every step waits for the last), looks up repeated texts in its own hash table of the texts the reader's dictionaries hold (the reader teaches it each new text with its code), reads amounts, probabilities, \`YYYY-MM-DD\` dates (with a time or not) and MEDDPICC digits from the bytes exactly as the JavaScript below reads them, and writes the values into output columns the reader copies into the table. At the first row with anything else (a text not yet taught, a dotted amount before the decimal mark is settled, a quoted cell it does not read, a short row) it stops, the reader reads that row as below, and the row kernel goes on from the next; after rows in a row it leaves, it is asked less often. Each reader has a row kernel instance of its own (2 MB, a few kept for the next readers). Everything the row kernel does not read goes through the JavaScript fast path: It hands about 64 K characters of whole lines at a time to the runtime's native UTF-8 encoder (\`TextEncoder.encodeInto\`, into one reused buffer) and reads the cells from those bytes, which costs less than reading the string a character at a time; for text of ASCII only, most exports, a byte's position is its character's, so cells it skips are found with a native search of the string, and for other text (Chinese names) with a loop over the bytes. For each cell of a row it knows from the header what the cell becomes: a stage, owner, source or other repeated text is hashed straight from the text into a dictionary code (a new string only for a text not seen before); an amount is read digit by digit into a \`Float64Array\` (whole or dotted numbers of up to 15 digits, divided once by a power of ten, which is the correctly rounded value \`Number()\` gives); a \`YYYY-MM-DD\` date becomes a day number from a per-month table, and a date in another short form (\`1/15/2026\`, \`15.01.2026\`, \`2026-04-17 09:41\`) goes through the date tracker of \`ingestCsv\`, after the row's other cells and in its order of date fields, so the day/month order is settled from the whole file exactly as before (a date whose order is not yet known waits in a small holder and fills its row's slot at the end); MEDDPICC digits are summed; cells the report does not read (id, name, account) are skipped with one native search. An amount in another form (a currency sign, thousands separators, a decimal comma) goes to the amount reader of \`ingestCsv\` once the row's other cells are read, so its decimal mark and currency are settled exactly as there. Any row with a cell outside those forms (a bad score, a quoted line break, a blank stage, a short row…) goes through the row reader of \`ingestCsv\` instead, so its errors, warnings and deferred decisions (date order, decimal mark) are exactly those \`ingestCsv\` gives; its deal takes its row's place in the table at the end. Stages, CRM vocabularies, stage mapping and "lost at stage" are settled once per distinct text. A probability cell (\`20\`, \`20%\`, \`0.2\`) is kept as written and settled with the row reader's at the end, so percent or fraction is decided from every row; a date in another short form (\`1/15/2026\`, \`2026-04-17 09:41\`) goes to the row reader's date reader. A currency column's codes are kept per row and converted with the row reader's deals at the end; a status column and won/lost dates (Pipedrive's) settle each row's stage and close date at the end, as for deal objects. A header with columns the fast path does not read (forecast override, discount, contacts) sends every row through the row reader. \`analyzeTable\` (shared/analysis/analyze-table.ts; \`analyze\` over deal objects ends in the same \`finishReport\`) reads the typed arrays in row order, so every sum is taken in the same order and gives the same figures; per stage code it works out kind, weight, forecast category and funnel reach once; cycles are kept in typed buffers and their medians come from a histogram.

${sizes}

${profileText(results.profile, results.sizes.at(-1))}

## Add-on bundle in node:vm

${addonText(results.addon)}

## One pipeline in process, warm

${warmText(results.warm)}

## Worker load test

${workerText(results.worker)}

## Worker CPU per text/csv request and memory of a 100 MB body

${workerCpuText(results.workerCpu)}

## Snapshot storage load test

${storageText(results.storage)}
`;
}
