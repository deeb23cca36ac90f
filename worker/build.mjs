// Builds the static assets the Worker serves next to the report page
// (worker/public/index.html and report.css are written by hand and need no build):
//   dist/chart.umd.min.js   Chart.js, copied from node_modules
//   dist/api-docs/          Swagger UI (swagger-ui-dist), copied from node_modules for /docs
//   dist/pipeline.csv       the bundled example pipeline (examples/pipeline.csv)
//   dist/report.js          the report page (worker/page/src/main.ts), bundled
//   dist/local-engine.js    the Web Worker that analyses big files in the page
//                           (worker/page/local/engine-worker.ts), bundled
// worker/public/dist/ is ignored by git, the formatter and the linter; `npm start`
// and the page test run this first, so a fresh checkout needs nothing else.

import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'worker', 'public', 'dist');
const require = createRequire(import.meta.url);

/** Bundles one TypeScript entry (path from the root) for browsers into dist/; returns its path. */
async function bundle(entry, file, extra = {}) {
  const outfile = join(out, file);
  await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outfile,
    logLevel: 'warning',
    ...extra,
  });
  return outfile;
}

/** Builds worker/public's generated files; returns the paths written. */
export async function buildWorkerAssets() {
  mkdirSync(out, { recursive: true });

  // The package's exports map hides dist/, so start from its main entry.
  const chartDist = dirname(require.resolve('chart.js'));
  const written = [join(out, 'chart.umd.min.js'), join(out, 'pipeline.csv')];
  copyFileSync(join(chartDist, 'chart.umd.min.js'), written[0]);
  copyFileSync(join(root, 'examples', 'pipeline.csv'), written[1]);

  // dist/api-docs/: Swagger UI, which renders /openapi.json on the /docs page.
  const swaggerDist = dirname(require.resolve('swagger-ui-dist/package.json'));
  const apiDocs = join(out, 'api-docs');
  mkdirSync(apiDocs, { recursive: true });
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js', 'LICENSE']) {
    copyFileSync(join(swaggerDist, file), join(apiDocs, file));
    written.push(join(apiDocs, file));
  }

  // dist/local-engine.js: the Web Worker that analyses a file in the browser with
  // the shared ingestion and analysis (worker/page/local/), for files too big to send.
  written.push(
    await bundle(join('worker', 'page', 'local', 'engine-worker.ts'), 'local-engine.js'),
  );
  // dist/report.js: the report page, from its TypeScript (worker/page/src/); Chart.js
  // stays a separate script (dist/chart.umd.min.js), so the page bundle keeps only the page.
  written.push(
    await bundle(join('worker', 'page', 'src', 'main.ts'), 'report.js', { sourcemap: 'linked' }),
  );
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await buildWorkerAssets();
  for (const file of written) console.log(`built ${file.slice(root.length + 1)}`);
}
