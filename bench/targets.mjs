// The targets the benchmark is held to, checked against one run's results.
// Speed and memory targets apply to the largest pipeline size of the run
// (1,000,000 deals by default).

export const TARGET = {
  vsDuckdb: 0.8,
  vsArquero: 0.2,
  vsScan: 1.5,
  analyzeShare: 0.25,
  memoryPerCsvByte: 2,
  streamMemoryPerCsvByte: 1.5,
  warmMs: 4,
  workerGrowthMb: 128,
  // Add-on formulas over 50,000 rows, ms: WEIGHTED_PIPELINE (and run.mjs profiles any
  // formula above it), MEDDPICC over 50,000 x 8 cells.
  formulaMs: 25,
  meddpiccMs: 50,
  bundleBytes: 150_000,
  p99Ms: 250,
  storagePerCsvByte: 2,
};

const fixed = (value, digits) => (value == null ? 'n/a' : value.toFixed(digits));

/**
 * Met / not met for every target.
 * @param {object} results - what bench/run.mjs gathered
 * @returns {{ name: string, target: string, value: string, met: boolean | null }[]}
 *   `met` is null when the figure could not be measured
 */
export function checkTargets(results) {
  const out = [];
  const add = (name, target, value, met) => out.push({ name, target, value, met });
  const largest = results.sizes.at(-1);
  const at = largest ? `at ${largest.rows.toLocaleString('en')} deals` : '';
  const e = largest?.engines ?? {};
  const project = e.project?.median ?? null;
  const ratio = (other) => (project == null || other == null ? null : project / other);

  const vsDuckdb = ratio(e.duckdb?.median);
  add(
    `end to end vs DuckDB ${at}`,
    `project / DuckDB ≤ ${TARGET.vsDuckdb}`,
    fixed(vsDuckdb, 2),
    vsDuckdb == null ? null : vsDuckdb <= TARGET.vsDuckdb,
  );
  const vsArquero = ratio(e.arquero?.median);
  add(
    `end to end vs arquero ${at}`,
    `project / arquero ≤ ${TARGET.vsArquero} (${1 / TARGET.vsArquero}x faster)`,
    vsArquero == null ? 'n/a' : `${fixed(vsArquero, 2)} (${fixed(1 / vsArquero, 1)}x faster)`,
    vsArquero == null ? null : vsArquero <= TARGET.vsArquero,
  );
  const vsScan = ratio(e.scan?.median);
  add(
    `end to end vs scan floor ${at}`,
    `project / scan ≤ ${TARGET.vsScan}`,
    fixed(vsScan, 2),
    vsScan == null ? null : vsScan <= TARGET.vsScan,
  );
  const analyzeMs = e.project?.phaseMedians?.analyze ?? null;
  const share = project == null || analyzeMs == null ? null : analyzeMs / project;
  add(
    `\`analyze\` alone ${at}`,
    '< 25% of end to end',
    share == null ? 'n/a' : `${(share * 100).toFixed(0)}% (${analyzeMs.toFixed(0)} ms)`,
    share == null ? null : share < TARGET.analyzeShare,
  );
  const peak = (engine, limit, goal) => {
    const memory = engine?.maxRssKb == null ? null : (engine.maxRssKb * 1024) / largest.bytes;
    return [
      goal,
      memory == null
        ? 'n/a'
        : `${fixed(memory, 2)}x (${((engine.maxRssKb * 1024) / 1e6).toFixed(0)} MB for ${(largest.bytes / 1e6).toFixed(0)} MB)`,
      memory == null ? null : memory <= limit,
    ];
  };
  add(
    `peak memory of the project ${at}`,
    ...peak(e.project, TARGET.memoryPerCsvByte, `≤ ${TARGET.memoryPerCsvByte}x the CSV size`),
  );
  add(
    `peak memory of the project streamed from the file ${at}`,
    ...peak(
      e.stream,
      TARGET.streamMemoryPerCsvByte,
      `≤ ${TARGET.streamMemoryPerCsvByte}x the CSV size`,
    ),
  );
  const warm = results.warm?.table ?? null;
  add(
    `${(results.warm?.rows ?? 10_000).toLocaleString('en')} deals ingested and analysed in process, warm`,
    `≤ ${TARGET.warmMs} ms`,
    warm == null ? 'n/a' : `${warm.toFixed(1)} ms`,
    warm == null ? null : warm <= TARGET.warmMs,
  );
  const big = results.workerCpu?.available ? results.workerCpu.big : null;
  const growthMb = big && big.status === 200 ? big.growthKb / 1024 : null;
  add(
    'Worker peak RSS growth for a 100 MB text/csv body',
    `< ${TARGET.workerGrowthMb} MB`,
    big == null
      ? 'n/a'
      : growthMb == null
        ? `answered ${big.status}`
        : `${growthMb.toFixed(0)} MB (${(big.bytes / 1e6).toFixed(1)} MB body)`,
    big == null ? null : growthMb !== null && growthMb < TARGET.workerGrowthMb,
  );

  const addon = results.addon;
  for (const [name, limit] of [
    ['MEDDPICC', TARGET.meddpiccMs],
    ['WEIGHTED_PIPELINE', TARGET.formulaMs],
  ]) {
    const ms = addon?.available ? (addon.formulas[name]?.median ?? null) : null;
    add(
      `add-on ${name} over ${(addon?.rows ?? 50_000).toLocaleString('en')} rows`,
      `≤ ${limit} ms`,
      ms == null ? 'n/a' : `${ms.toFixed(1)} ms`,
      ms == null ? null : ms <= limit,
    );
  }
  const raw = addon?.available ? addon.rawBytes : null;
  add(
    'add-on bundle Code.js',
    '< 150 KB raw',
    raw == null ? 'n/a' : `${(raw / 1000).toFixed(1)} KB`,
    raw == null ? null : raw < TARGET.bundleBytes,
  );

  const load = results.worker?.phases?.unlimited?.load ?? null;
  add(
    'Worker load, 1,000-row body, 32 clients: errors',
    '0 errors',
    load == null ? 'n/a' : `${load.errors} of ${load.requests}`,
    load == null ? null : load.errors === 0,
  );
  add(
    'Worker load, 1,000-row body, 32 clients: p99 latency',
    '< 250 ms',
    load?.p99 == null ? 'n/a' : `${load.p99.toFixed(0)} ms`,
    load?.p99 == null ? null : load.p99 < TARGET.p99Ms,
  );

  const storage = results.storage?.available ? results.storage : null;
  const storageRatio =
    storage?.storedBytesPerDeal == null
      ? null
      : storage.storedBytesPerDeal / storage.csvBytesPerDeal;
  add(
    'snapshot storage per deal, against the CSV',
    `≤ ${TARGET.storagePerCsvByte}x the CSV's bytes per deal`,
    storageRatio == null
      ? 'n/a'
      : `${storage.storedBytesPerDeal.toFixed(0)} / ${storage.csvBytesPerDeal.toFixed(0)} B = ${storageRatio.toFixed(2)}x`,
    storageRatio == null ? null : storageRatio <= TARGET.storagePerCsvByte,
  );
  const storageErrors = storage ? storage.writes.errors + storage.reads.errors : null;
  add(
    'snapshot storage load, 200 teams, 32 clients: errors',
    '0 errors',
    storage == null
      ? 'n/a'
      : `${storageErrors} of ${storage.writes.requests + storage.reads.requests}`,
    storage == null ? null : storageErrors === 0,
  );
  return out;
}
