// Bundles the shared TypeScript (shared/index.ts) into one ES module under
// bench/data/build/, the same way the add-on and the Worker get it: esbuild,
// no type-check, not minified (function names stay readable in profiles).
// bench/data is ignored by git and by Biome, so build outputs never show up
// in a format check.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = join(here, 'data', 'build');
export const SHARED_BUNDLE = join(BUILD_DIR, 'shared.mjs');

/** Builds bench/data/build/shared.mjs from shared/index.ts; returns its path. */
export async function buildShared() {
  mkdirSync(BUILD_DIR, { recursive: true });
  await esbuild.build({
    entryPoints: [join(here, '..', 'shared', 'index.ts')],
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
