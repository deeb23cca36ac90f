// Times the built add-on bundle (dist/addon/Code.js) in node:vm, the way Apps
// Script runs it: MEDDPICC over a 50,000 x 8 range and WEIGHTED_PIPELINE over
// 50,000 amounts and stages; plus the bundle's size, raw and gzipped.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { BUILD_DIR } from './build-shared.mjs';
import { median } from './engines.mjs';
import { OPEN_STAGES, STAGES } from './figures.mjs';
import { mulberry32 } from './generate.mjs';
import { profileInProcess, sourceMapLocator } from './profile.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const BUNDLE = join(root, 'dist', 'addon', 'Code.js');
export const ADDON_ROWS = 50_000;

/**
 * Builds the add-on from the current source (`npm run build:addon`).
 * @returns {string | null} why the build failed, or null
 */
function buildBundle() {
  const build = spawnSync('npm', ['run', 'build:addon'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(BUNDLE)) {
    return `npm run build:addon failed: ${(build.stderr || build.stdout).trim().split('\n').at(-1)}`;
  }
  return null;
}

/**
 * Ranges built inside the vm (so they are the vm's own arrays, as Sheets
 * passes them) with the generator's seeded PRNG: scores with some blanks,
 * amounts and stage names.
 */
function makeRanges(context, rows) {
  const stages = JSON.stringify(STAGES.map((s) => s.name));
  return vm.runInContext(
    `(() => {
      const random = (${mulberry32})(7);
      const stages = ${stages};
      const scores = [], amounts = [], stageColumn = [];
      for (let i = 0; i < ${rows}; i++) {
        const row = [];
        for (let m = 0; m < 8; m++) { const r = random(); row.push(r < 0.05 ? '' : 1 + Math.floor(r * 3)); }
        scores.push(row);
        amounts.push([random() < 0.02 ? '' : Math.round(random() * 100000)]);
        stageColumn.push([stages[Math.floor(random() * stages.length)]]);
      }
      return { scores, amounts, stages: stageColumn };
    })()`,
    context,
  );
}

/** Expected weighted pipeline of the ranges, computed outside the bundle. */
function expectedWeighted(ranges) {
  const probability = new Map(OPEN_STAGES.map((s) => [s.name, s.probability]));
  let sum = 0;
  for (let i = 0; i < ranges.amounts.length; i++) {
    const p = probability.get(ranges.stages[i][0]);
    const amount = ranges.amounts[i][0];
    if (p !== undefined && amount !== '') sum += amount * p;
  }
  return sum;
}

/** Runs `code` in a fresh vm context with quiet Logger and console. */
function loadInVm(code, filename) {
  const quiet = () => undefined;
  const context = vm.createContext({
    Logger: { log: quiet },
    console: { log: quiet, warn: quiet, error: quiet },
  });
  vm.runInContext(code, context, { filename });
  return context;
}

/** How each timed formula is called on the ranges. */
const CALLS = {
  MEDDPICC: (fn, ranges) => fn(ranges.scores),
  WEIGHTED_PIPELINE: (fn, ranges) => fn(ranges.amounts, ranges.stages),
};

/**
 * The add-on source bundled like Code.js but not minified, with a source
 * map, so a profile names the add-on's and the shared code's own functions
 * and files. Only for profiles: the timings use the real Code.js.
 */
async function readableBundle() {
  const path = join(BUILD_DIR, 'addon-readable.js');
  await esbuild.build({
    entryPoints: [join(root, 'addon', 'src', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'AddOn',
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    sourcemap: 'external',
    outfile: path,
    logLevel: 'silent',
  });
  return path;
}

/**
 * Where the time of each formula in `names` goes: 5 calls under the
 * profiler after 5 unprofiled ones, in the readable bundle.
 */
async function profileFormulas(names) {
  const path = await readableBundle();
  const context = loadInVm(readFileSync(path, 'utf8'), path);
  const ranges = makeRanges(context, ADDON_ROWS);
  const profiles = {};
  for (const name of names) {
    const fn = context.AddOn[name];
    // Warm calls first, as the timed median mostly is: the profile then shows
    // the optimised code rather than the interpreter and the compiler.
    for (let i = 0; i < 5; i++) CALLS[name](fn, ranges);
    profiles[name] = await profileInProcess(() => CALLS[name](fn, ranges), {
      locate: sourceMapLocator(path),
    });
  }
  return profiles;
}

/**
 * @param {number} runs - timed calls per formula (median reported)
 * @param {number} profileAbove - a formula whose median is at or above this
 *   many ms is profiled too (`profile`: the functions taking its time)
 * @returns {Promise<object>} `{ available, reason?, rawBytes, gzipBytes, formulas: { name: { median, first, runs, profile? } } }`
 */
export async function benchAddon(runs = 7, profileAbove = Number.POSITIVE_INFINITY) {
  const buildProblem = buildBundle();
  if (buildProblem && !existsSync(BUNDLE)) return { available: false, reason: buildProblem };
  const code = readFileSync(BUNDLE, 'utf8');
  const raw = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const context = loadInVm(code, 'Code.js');
  const ranges = makeRanges(context, ADDON_ROWS);

  const formulas = {};
  const slow = [];
  const time = (name, check) => {
    if (typeof context[name] !== 'function') {
      formulas[name] = { missing: true };
      return;
    }
    const times = [];
    let value;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      value = CALLS[name](context[name], ranges);
      times.push(performance.now() - start);
    }
    const problem = check(value);
    if (problem) throw new Error(`add-on ${name}: ${problem}`);
    formulas[name] = { median: median(times), first: times[0], runs };
    if (formulas[name].median >= profileAbove) slow.push(name);
  };
  time('MEDDPICC', (value) => {
    if (!Array.isArray(value) || value.length !== ADDON_ROWS) return 'expected one total per row';
    const totals = value.map((row) => (Array.isArray(row) ? row[0] : row));
    const expected = ranges.scores[0].reduce((s, v) => s + (v === '' ? 1 : v), 0);
    return totals[0] === expected ? null : `row 1 total ${totals[0]}, expected ${expected}`;
  });
  const weighted = expectedWeighted(ranges);
  time('WEIGHTED_PIPELINE', (value) =>
    Math.abs(value - weighted) <= 1e-9 * weighted ? null : `got ${value}, expected ${weighted}`,
  );
  if (slow.length > 0) {
    try {
      const profiles = await profileFormulas(slow);
      for (const name of slow) formulas[name].profile = profiles[name];
    } catch (error) {
      for (const name of slow) formulas[name].profileProblem = error.message;
    }
  }
  return {
    available: true,
    // A failed build leaves the last bundle in place: measured, and said so.
    buildProblem,
    rawBytes: raw,
    gzipBytes: gzip,
    rows: ADDON_ROWS,
    formulas,
  };
}
