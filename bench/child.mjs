// One engine in its own process, so its peak memory is its own:
//   node --expose-gc bench/child.mjs <engine> <csv path> <runs>
// Runs the engine <runs> times on the CSV (collecting garbage between runs)
// and prints one JSON line: times, phase times, the last run's figures and
// the process's peak resident memory. Engine "none" measures an idle child.

const [engineName, path, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 1);

const result = { engine: engineName, times: [], phases: {}, figures: null, counts: null };
if (engineName !== 'none') {
  const engine = await import(`./engines/${engineName}.mjs`);
  const context = await engine.setup(path);
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
result.maxRssKb = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify(result)}\n`);
