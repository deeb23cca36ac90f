// Bundles the shared TypeScript (shared/index.ts) into one ES module under
// bench/data/build/, the same way the add-on and the Worker get it: esbuild,
// no type-check, not minified (function names stay readable in profiles).
// bench/data is ignored by git and by Biome, so build outputs never show up
// in a format check.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { KERNEL_WASM } from '../shared/kernel/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = join(here, 'data', 'build');
export const SHARED_BUNDLE = join(BUILD_DIR, 'shared.mjs');

/** Builds bench/data/build/shared.mjs from shared/index.ts; returns its path. */
export async function buildShared() {
  mkdirSync(BUILD_DIR, { recursive: true });
  const shared = join(here, '..', 'shared');
  await esbuild.build({
    // shared/index.ts plus the table engine the Worker uses for CSV bodies.
    stdin: {
      contents: [
        "export * from './index.ts';",
        "export { CsvTableReader, ingestCsvTable } from './ingest/csv-table-reader.ts';",
        "export { analyzeTable } from './analysis/analyze-table.ts';",
        "export { useRowKernel } from './ingest/row-kernel.ts';",
      ].join('\n'),
      resolveDir: shared,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: SHARED_BUNDLE,
    // Profiles name the source file and line through the map.
    sourcemap: 'external',
    logLevel: 'warning',
  });
  return SHARED_BUNDLE;
}

/**
 * The built bundle, with the compiled row kernel given to its table reader,
 * as the Worker gives it (bench/data/build/shared.mjs must exist).
 */
export async function loadShared() {
  const shared = await import(SHARED_BUNDLE);
  shared.useRowKernel(new WebAssembly.Module(readFileSync(KERNEL_WASM)));
  return shared;
}
