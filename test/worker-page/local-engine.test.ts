import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from 'vitest';
import { type AnalysisSettings, analysisOptions } from '../../shared/analysis/analysis-options';
import { analysisAnswer, analyze, ingestCsv } from '../../shared/index';
import type { LocalAnalysisOptions, LocalProgress } from '../../worker/page/local/analyze-locally';
import { isoToDay } from '../../worker/src/days';
import type { Problem } from '../../worker/src/problem';
import { launchChromium } from '../launch-chromium';

const baseUrl = inject('baseUrl');
const root = inject('root');
const HARNESS_URL = `${baseUrl}/local-engine-harness.html`;

/** The generated pipeline of bench/ with this many deals is about 100 MB. */
const BIG_DEALS = 600_000;

interface Outcome {
  answer?: unknown;
  problem?: Problem;
  aborted?: string;
  progress: LocalProgress[];
  ms: number;
  ticks: number;
  maxGap: number;
}

/** What the page's `window` holds once the harness and the bundled module are in. */
interface HarnessWindow {
  ticks: number;
  maxGap: number;
  LocalEngine: typeof import('../../worker/page/local/analyze-locally');
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The page-side module as the page's bundle would carry it.
  const bundle = await esbuild.build({
    entryPoints: [join(root, 'worker', 'page', 'local', 'analyze-locally.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LocalEngine',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  // The harness is served at the Worker's origin, so the engine's script loads from it.
  await page.route(HARNESS_URL, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(root, 'test', 'worker-page', 'local-engine-harness.html'), 'utf8'),
    }),
  );
  await page.goto(HARNESS_URL);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Runs `analyzeLocally` in the page on bytes (a Blob made there) or on the
 * file chosen in the harness's file input.
 */
function analyzeInPage(
  input: { base64: string } | { text: string } | 'input',
  options: LocalAnalysisOptions,
  charset?: string,
  abortOnPhase?: LocalProgress['phase'],
): Promise<Outcome> {
  return page.evaluate(
    async ({ input, options, charset, abortOnPhase }) => {
      const w = window as unknown as HarnessWindow;
      const file =
        input === 'input'
          ? (document.querySelector('#file') as HTMLInputElement).files![0]
          : new Blob([
              'base64' in input
                ? Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0))
                : input.text,
            ]);
      const progress: LocalProgress[] = [];
      const controller = new AbortController();
      const ticks = w.ticks;
      w.maxGap = 0;
      const start = performance.now();
      const outcome = (extra: Partial<Outcome>): Outcome => ({
        progress,
        ms: performance.now() - start,
        ticks: w.ticks - ticks,
        maxGap: w.maxGap,
        ...extra,
      });
      try {
        const answer = await w.LocalEngine.analyzeLocally(file, options, {
          ...(charset ? { charset } : {}),
          signal: controller.signal,
          onProgress: (p) => {
            progress.push(p);
            if (p.phase === abortOnPhase) controller.abort();
          },
        });
        return outcome({ answer });
      } catch (error) {
        if (error instanceof w.LocalEngine.LocalAnalysisError) {
          return outcome({ problem: error.problem });
        }
        return outcome({ aborted: (error as Error).name });
      }
    },
    { input, options, charset, abortOnPhase },
  );
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The Worker's answer for a JSON body. */
async function analyzeByApi(body: unknown) {
  const response = await fetch(`${baseUrl}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** The Worker's answer for a text/csv body. */
async function analyzeCsvBytes(bytes: Uint8Array<ArrayBuffer>, contentType: string) {
  const response = await fetch(`${baseUrl}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: bytes,
  });
  return { status: response.status, body: await response.json() };
}

/** Each phase's reports never go back, end with done = total, and the phases come in order. */
function expectOrderlyProgress(progress: readonly LocalProgress[]) {
  const phases = ['reading', 'reading rows', 'analysing'];
  expect([...new Set(progress.map((p) => p.phase))]).toEqual(phases);
  for (const phase of phases) {
    const reports = progress.filter((p) => p.phase === phase);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i].done).toBeGreaterThanOrEqual(reports[i - 1].done);
      expect(reports[i].done).toBeLessThanOrEqual(reports[i].total);
    }
    const last = reports[reports.length - 1];
    expect(last.done).toBe(last.total);
  }
}

describe('the in-browser engine', () => {
  it('takes the options of POST /v1/analyze as they are typed', () => {
    // Anything the request schema accepts, the shared options function reads.
    expectTypeOf<LocalAnalysisOptions>().toExtend<AnalysisSettings>();
  });

  const OPTIONS: LocalAnalysisOptions = {
    asOf: '2026-03-31',
    quota: 750_000,
    quotaPeriod: 'quarter',
    groupBy: ['owner', 'source', 'product'],
  };

  for (const fixture of ['salesforce-opportunities.csv', 'crm-sample-sales-pipeline.csv']) {
    it(`answers ${fixture} exactly as POST /v1/analyze does`, async () => {
      const text = readFileSync(join(root, 'test', 'fixtures', 'crm', fixture), 'utf8');
      const api = await analyzeByApi({ csv: text, options: OPTIONS });
      expect(api.status).toBe(200);
      const local = await analyzeInPage({ text }, OPTIONS);
      expect(local.problem).toBeUndefined();
      expect(local.answer).toEqual(api.body);
      expectOrderlyProgress(local.progress);
    });
  }

  it('answers a file with no deal with the API problem', async () => {
    const text = 'Deal,Stage,Amount\n';
    const api = await analyzeByApi({ csv: text, options: OPTIONS });
    expect(api.status).toBe(422);
    const local = await analyzeInPage({ text }, OPTIONS);
    expect(local.problem).toEqual(api.body);
  });

  describe('a windows-1252 file (Excel "CSV" in Western Europe)', () => {
    // "Zoë" and "Müller" as windows-1252 writes them: one byte each for ë (0xEB) and ü (0xFC).
    const text = 'Deal,Stage,Amount,Owner\nAcme,Proposal,1000,Zoë\nBeta,Closed Won,2000,Müller\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));

    it('is refused without a charset, naming the line and the charset to declare, as the API does', async () => {
      const api = await analyzeCsvBytes(bytes, 'text/csv');
      expect(api.status).toBe(415);
      const local = await analyzeInPage({ base64: base64(bytes) }, {});
      expect(local.problem).toEqual(api.body);
      expect(local.problem?.detail).toMatch(/line 2\b/);
      expect(local.problem?.detail).toMatch(/charset=windows-1252/);
      expect(local.problem?.errors[0]).toMatchObject({ row: 2, value: '0xEB' });
    });

    it('reads the right text with charset windows-1252', async () => {
      const api = await analyzeCsvBytes(bytes, 'text/csv; charset=windows-1252');
      expect(api.status).toBe(200);
      const local = await analyzeInPage({ base64: base64(bytes) }, {}, 'windows-1252');
      expect(local.answer).toEqual(api.body);
      const owners = (local.answer as { report: { winLoss: { by: { owner: { key: string }[] } } } })
        .report.winLoss.by.owner;
      expect(owners.map((g) => g.key).sort()).toEqual(['Müller', 'Zoë']);
    });
  });

  it('decodes as the API does across its 1 MB parts and by byte order mark', async () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `D${i},Proposal,${1000 + i},Zoë Müller-Łukasz ${i % 7}`,
    );
    // Pad the header (headers are trimmed) until a two-byte character straddles the first 1 MB boundary.
    let text = '';
    let utf8 = new Uint8Array();
    for (let pad = 0; pad < 60 && !(utf8[1024 * 1024] >= 0x80 && utf8[1024 * 1024] < 0xc0); pad++) {
      text = `Deal,Stage,Amount,Owner${' '.repeat(pad)}\n${rows.join('\n')}\n`;
      utf8 = new Uint8Array(Buffer.from(text, 'utf8'));
    }
    expect(utf8[1024 * 1024]).toBeGreaterThanOrEqual(0x80);
    expect(utf8[1024 * 1024]).toBeLessThan(0xc0);
    const utf16 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    for (const bytes of [utf8, utf16]) {
      const api = await analyzeCsvBytes(bytes, 'text/csv');
      expect(api.status).toBe(200);
      const local = await analyzeInPage({ base64: base64(bytes) }, {});
      expect(local.answer).toEqual(api.body);
    }
  });

  describe(`a generated pipeline of ${BIG_DEALS.toLocaleString('en-US')} deals (about 100 MB)`, () => {
    let path = '';
    let bytes = 0;

    beforeAll(async () => {
      // bench/'s seeded generator, cached in bench/data (ignored by git).
      const generator = new URL('../../bench/generate.mjs', import.meta.url).href;
      const { ensurePipelineCsv } = (await import(generator)) as {
        ensurePipelineCsv(rows: number): { path: string; bytes: number };
      };
      ({ path, bytes } = ensurePipelineCsv(BIG_DEALS));
      await page.setInputFiles('#file', path);
    }, 120_000);

    it('gives the figures ingestCsv and analyze give in Node, with progress, the page ticking', async () => {
      const local = await analyzeInPage('input', OPTIONS);
      expect(local.problem).toBeUndefined();

      const { ingest, analyze: analyzeOptions } = analysisOptions(
        OPTIONS,
        isoToDay('2026-03-31', 'asOf'),
      );
      const result = ingestCsv(readFileSync(path, 'utf8'), ingest);
      const node = analysisAnswer(
        result,
        analyze(result.deals, { ...analyzeOptions, stages: result.stages }),
      );
      expect(local.answer).toEqual(JSON.parse(JSON.stringify(node)));

      expectOrderlyProgress(local.progress);
      const rows = local.progress.filter((p) => p.phase === 'reading rows');
      expect(rows.length).toBeGreaterThan(20);
      // The main thread kept running its 16 ms clock while the engine worked.
      expect(local.ticks).toBeGreaterThan(local.ms / 16 / 4);
      console.log(
        `in-browser engine: ${(bytes / 1e6).toFixed(1)} MB in ${(local.ms / 1000).toFixed(1)} s, ` +
          `${local.progress.length} progress reports, main thread ${local.ticks} ticks, ` +
          `longest gap ${local.maxGap.toFixed(0)} ms`,
      );
    }, 180_000);

    it('stops when the caller aborts', async () => {
      const local = await analyzeInPage('input', OPTIONS, undefined, 'reading rows');
      expect(local.aborted).toBe('AbortError');
      expect(local.answer).toBeUndefined();
    }, 60_000);
  });
});
