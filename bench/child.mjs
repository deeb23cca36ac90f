// One engine in its own process, so its peak memory is its own:
//   node --expose-gc bench/child.mjs <engine> <csv path> <runs>
// Runs the engine <runs> times on the CSV (collecting garbage between runs)
// and prints one JSON line: times, phase times, the last run's figures and
// the process's peak resident memory. Engine "none" measures an idle child.
//
// The peak is the engine's: once setup has read the file (into one string,
// for the engines handed the whole text) and garbage is collected, the
// kernel's high-water mark is reset to the resident memory then, so
// `maxRssKb` is the highest the process holds while the engine runs, the
// text it was handed included. Reading a file into a string needs the bytes
// and the string at once for a moment; that peak of the harness's read is
// kept apart as `setupPeakKb`. Where the mark cannot be reset (not Linux),
// `peakReset` is false and `maxRssKb` is the highest since the start.

import { readFileSync, writeFileSync } from 'node:fs';

const [engineName, path, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 1);

const result = {
  engine: engineName,
  times: [],
  phases: {},
  figures: null,
  counts: null,
  setupPeakKb: null,
  peakReset: false,
};

/** The process's resident high-water mark, KB, from /proc (null elsewhere). */
function highWaterKb() {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

if (engineName !== 'none') {
  const engine = await import(`./engines/${engineName}.mjs`);
  const context = await engine.setup(path);
  result.setupPeakKb = highWaterKb();
  globalThis.gc?.();
  try {
    // 5: reset the peak resident set size to the current one (Linux 4.0+).
    writeFileSync('/proc/self/clear_refs', '5');
    result.peakReset = true;
  } catch {
    result.peakReset = false;
  }
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    const out = await engine.run(context);
    result.times.push(performance.now() - start);
    for (const [phase, ms] of Object.entries(out.phases)) {
      result.phases[phase] ??= [];
      result.phases[phase].push(ms);
    }
    result.figures = out.figures;
    result.counts = out.counts ?? null;
  }
}
result.maxRssKb = (result.peakReset ? highWaterKb() : null) ?? process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify(result)}\n`);
