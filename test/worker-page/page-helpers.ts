import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { AnalysisAnswer } from '../../shared/analysis/analysis-answer';

export const baseUrl = inject('baseUrl');
export const root = inject('root');
const run = promisify(execFile);

/** A file of test/fixtures/crm/ or examples/, as text. */
export const fixture = (path: string) => readFileSync(join(root, path), 'utf8');

/** A new key from `npm run key -- create <team>` against the running Worker's database. */
export async function createKey(team: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['worker/scripts/key.mjs', 'create', team], {
    cwd: root,
    env: { ...process.env, PERSIST_DIR: inject('persistDir') },
  });
  return /sp_[0-9a-f]{16}_[0-9a-f]{64}/.exec(stdout)![0];
}

/**
 * The key the next pages and API calls send. The API allows 60 analyses a
 * minute per team (or per address without a key): a file whose tests analyse
 * many times uses a team of its own.
 */
let teamKey: string | undefined;
export const useTeamKey = (key: string | undefined) => {
  teamKey = key;
};

/** Opens the report page (English unless the query says otherwise) and fails the test on any script error. */
export async function openPage(browser: Browser, query = '?lang=en', width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => {
    throw error;
  });
  if (teamKey) {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('salesPlaybook.teamKey')) {
        sessionStorage.setItem('salesPlaybook.teamKey', key);
      }
    }, teamKey);
  }
  await page.goto(`${baseUrl}/${query}`);
  return page;
}

/** Chooses a file in the page's file input and waits for the analysis it starts. */
export async function upload(page: Page, name: string, text: string): Promise<void> {
  const analyzed = page.waitForResponse((r) => r.url().includes('/v1/analyze'));
  await page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await analyzed;
  await page.waitForSelector('#report:not([hidden])');
}

/** The API's own answer for a CSV and options, to compare the page with. */
export async function analyzeCsv(csv: string, options: object = {}) {
  const response = await fetch(`${baseUrl}/v1/analyze`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(teamKey ? { authorization: `Bearer ${teamKey}` } : {}),
    },
    body: JSON.stringify({ csv, options }),
  });
  return { status: response.status, body: (await response.json()) as AnalysisAnswer };
}

interface ChartLike {
  data: { labels: string[]; datasets: { data: (number | null)[] }[] };
}

/** Labels and data of the Chart.js chart on `#chart-<id>`, or null when none is drawn. */
export function chartOf(page: Page, id: string) {
  return page.evaluate((canvasId) => {
    const { Chart } = window as unknown as {
      Chart: { getChart(canvas: Element | null): ChartLike | undefined };
    };
    const chart = Chart.getChart(document.getElementById(`chart-${canvasId}`));
    return chart
      ? { labels: chart.data.labels, data: chart.data.datasets.map((d) => d.data) }
      : null;
  }, id);
}

/** Body rows of a table, as cell texts (the table is in the DOM even when folded). */
export function rows(page: Page, selector: string) {
  return page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

/** Waits for the next analysis the page asks the API for, after `action`. */
export async function reanalysis(page: Page, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.url().includes('/v1/analyze'));
  await action();
  const response = await answered;
  await page.waitForFunction(() => !document.querySelector('#status')?.textContent?.includes('…'));
  return response;
}

export const en = (n: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
