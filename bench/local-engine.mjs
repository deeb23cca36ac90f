// The in-browser engine (worker/page/local/) against the local Worker: starts
// `npm start` on a free port of 127.0.0.1 with its own database folder, then in
// a headless Chromium analyses generated pipelines of about 10, 50 and 100 MB
// with `analyzeLocally`, and a 4 MB one both ways (in the browser and as a
// text/csv POST to /v1/analyze). Prints a Markdown table; bench/local-engine.md
// keeps the figures of a run and what they decided.
//
//   node bench/local-engine.mjs [runs]      (median of `runs`, 3 by default)
//
// Memory is the peak resident size of the page's renderer process (the Web
// Worker runs there) above its size before the run, polled from /proc every
// 20 ms (Linux only), and the main thread's JS heap (CDP Performance.getMetrics).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { median } from './engines.mjs';
import { freePort } from './free-port.mjs';
import { ensurePipelineCsv } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.argv[2]) || 3;
/** Deals of the generated pipelines: about 10, 50 and 100 MB (170 bytes a deal). */
const SIZES = [60_000, 300_000, 600_000];
/** A body the Worker accepts (MAX_BODY_BYTES is 5 MB in wrangler.toml). */
const SENDABLE_BYTES = 4_000_000;
const OPTIONS = { asOf: '2026-03-31', quota: 750_000 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const HARNESS = '<!doctype html><meta charset="utf-8"><input type="file" id="file">';

const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** Starts `npm start` in its own process group; resolves once /health answers. */
async function startWorker() {
  const port = await freePort();
  const persistDir = mkdtempSync(join(tmpdir(), 'sales-playbook-local-engine-'));
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, ['worker/scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PERSIST_DIR: persistDir,
      WRANGLER_SEND_METRICS: 'false',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(persistDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`the Worker did not answer /health within 90 s:\n${log}`);
}

/** CHROMIUM_PATH, a system Chromium, or the one @sparticuz/chromium ships (as test/launch-chromium.ts). */
async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (system) return system;
  return (await import('@sparticuz/chromium')).default.executablePath();
}

/** Parent pid and resident bytes of every process, from /proc. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

/** Resident bytes of this process's Chromium renderers (children of children). */
function rendererBytes() {
  const table = processTable();
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid }] of table) {
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of mine) {
    if (pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) {
        bytes += table.get(pid).rss;
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return bytes;
}

/** Runs `task` while polling the renderers' size; returns its result and the peak above the start. */
async function withPeakMemory(task) {
  const before = rendererBytes();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererBytes());
  }, 20);
  try {
    const result = await task();
    peak = Math.max(peak, rendererBytes());
    return { result, peakBytes: peak - before };
  } finally {
    clearInterval(timer);
  }
}

/** A fresh browser on the harness page, with `analyzeLocally` loaded. */
async function openHarness(executablePath, base, script) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const url = `${base}/local-engine-bench.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: HARNESS }));
  await page.goto(url);
  await page.addScriptTag({ content: script });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapBytes = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')
      .value;
  return { browser, page, heapBytes };
}

/** Analyses the chosen file in the page; the time is the page's own, around the call. */
function analyzeChosenFile(page) {
  return page.evaluate(async (options) => {
    const file = document.querySelector('#file').files[0];
    const start = performance.now();
    let reports = 0;
    // When each phase began, from its first progress report.
    const began = {};
    const answer = await window.LocalEngine.analyzeLocally(file, options, {
      onProgress: ({ phase }) => {
        reports++;
        began[phase] ??= performance.now();
      },
    });
    const end = performance.now();
    const phases = [
      began['reading rows'] - start,
      began.analysing - began['reading rows'],
      end - began.analysing,
    ];
    return { ms: end - start, deals: answer.report.deals, reports, phases };
  }, OPTIONS);
}

/** Sends the chosen file to the Worker as text/csv from the page; the time covers the answer's JSON. */
function sendChosenFile(page) {
  return page.evaluate(async () => {
    const file = document.querySelector('#file').files[0];
    const start = performance.now();
    const response = await fetch('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: file,
    });
    const body = await response.json();
    return {
      ms: performance.now() - start,
      status: response.status,
      deals: body.report?.deals ?? 0,
    };
  });
}

/** Median seconds of each phase over the runs, as text. */
function phaseText(runs) {
  const names = ['reading', 'reading rows', 'analysing'];
  return names
    .map((name, i) => `${name} ${(median(runs.map((r) => r[i])) / 1000).toFixed(2)} s`)
    .join(', ');
}

/** The first lines of a CSV that fit in `bytes`, header included. */
function headOf(path, bytes) {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n', bytes - 1) + 1);
}

async function main() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [join(root, 'worker', 'page', 'local', 'analyze-locally.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LocalEngine',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  const script = outputFiles[0].text;
  const executablePath = await chromiumPath();
  const worker = await startWorker();
  const rows = [];
  try {
    const files = SIZES.map((deals) => ensurePipelineCsv(deals));
    for (const { path, rows: deals, bytes } of files) {
      const times = [];
      const peaks = [];
      const heaps = [];
      const phases = [];
      let reports = 0;
      for (let run = 0; run < RUNS; run++) {
        const { browser, page, heapBytes } = await openHarness(executablePath, worker.base, script);
        try {
          await page.setInputFiles('#file', path);
          const { result, peakBytes } = await withPeakMemory(() => analyzeChosenFile(page));
          if (result.deals !== deals) throw new Error(`read ${result.deals} of ${deals} deals`);
          times.push(result.ms);
          peaks.push(peakBytes);
          heaps.push(await heapBytes());
          reports = result.reports;
          phases.push(result.phases);
        } finally {
          await browser.close();
        }
      }
      rows.push({
        what: `in the browser, ${deals.toLocaleString('en-US')} deals`,
        bytes,
        ms: median(times),
        peak: median(peaks),
        heap: median(heaps),
        note: `${reports} progress reports; ${phaseText(phases)}`,
      });
      console.error(`done: ${mb(bytes)} MB`);
    }

    // 4 MB both ways: the head of the smallest file, which the Worker accepts.
    const text = headOf(files[0].path, SENDABLE_BYTES);
    const headPath = join(tmpdir(), 'sales-playbook-local-engine-4mb.csv');
    writeFileSync(headPath, text);
    const headDeals = text.split('\n').length - 2;
    const local = [];
    const sent = [];
    let status = 0;
    for (let run = 0; run < RUNS; run++) {
      const { browser, page } = await openHarness(executablePath, worker.base, script);
      try {
        await page.setInputFiles('#file', headPath);
        local.push((await analyzeChosenFile(page)).ms);
        const answer = await sendChosenFile(page);
        status = answer.status;
        if (answer.deals !== headDeals) throw new Error(`the Worker read ${answer.deals} deals`);
        sent.push(answer.ms);
      } finally {
        await browser.close();
      }
    }
    rmSync(headPath, { force: true });
    const headBytes = Buffer.byteLength(text);
    rows.push({
      what: `in the browser, ${headDeals.toLocaleString('en-US')} deals`,
      bytes: headBytes,
      ms: median(local),
    });
    rows.push({
      what: `sent to the local Worker (text/csv), ${headDeals.toLocaleString('en-US')} deals`,
      bytes: headBytes,
      ms: median(sent),
      note: `HTTP ${status}, wrangler dev on this machine`,
    });
    // The smallest generated file is past MAX_BODY_BYTES, the limit of JSON
    // bodies; a text/csv body is limited by MAX_CSV_BODY_BYTES (100 MB).
    const { browser, page } = await openHarness(executablePath, worker.base, script);
    try {
      await page.setInputFiles('#file', files[0].path);
      const sent10 = await sendChosenFile(page);
      rows.push({
        what: `sent to the local Worker (text/csv), ${files[0].rows.toLocaleString('en-US')} deals`,
        bytes: files[0].bytes,
        ms: sent10.ms,
        note:
          sent10.status === 413
            ? `HTTP 413: refused, past the body limit`
            : `HTTP ${sent10.status}, past MAX_BODY_BYTES but under MAX_CSV_BODY_BYTES`,
      });
    } finally {
      await browser.close();
    }
  } finally {
    worker.stop();
  }

  console.log(`Median of ${RUNS} runs, ${new Date().toISOString()}, Node ${process.version}\n`);
  console.log('| analysis | CSV MB | s | MB/s | renderer peak MB | main-thread heap MB | |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    console.log(
      `| ${row.what} | ${mb(row.bytes)} | ${(row.ms / 1000).toFixed(2)} | ${(row.bytes / 1e3 / row.ms).toFixed(0)} | ${row.peak === undefined ? '' : mb(row.peak)} | ${row.heap === undefined ? '' : mb(row.heap)} | ${row.note ?? ''} |`,
    );
  }
}

await main();
