import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LABELS_ZH } from '../../shared/index';
import { launchChromium } from '../launch-chromium';

const baseUrl = inject('baseUrl');
const root = inject('root');
const exampleCsv = readFileSync(join(root, 'examples', 'pipeline.csv'), 'utf8');
const CHARTS = ['funnel', 'owner', 'source', 'stage', 'forecast', 'month'];

interface Group {
  key: string;
  won: number;
  lost: number;
  winRate: number | null;
}
interface Report {
  deals: number;
  winLoss: { winRate: number | null; by: { owner: Group[]; source: Group[] } };
  pipeline: { byStage: { stage: string; amount: number }[] };
  funnel: { won: number; stages: { stage: string; reached: number }[] };
}
interface ChartLike {
  data: { labels: string[]; datasets: { data: (number | null)[] }[] };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the report page in English and fails the test on any script error. */
async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${baseUrl}/?lang=en`);
  return page;
}

/** The API's own answer for a CSV, to compare the page with. */
async function analyzeCsv(csv: string) {
  const response = await fetch(`${baseUrl}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  return { status: response.status, body: await response.json() };
}

/** Labels and data of the Chart.js chart on a canvas, or null when none is drawn. */
function chartOf(page: Page, id: string) {
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

/** Rows of a figures table, as cell texts (the table is in the DOM even when folded). */
function tableRows(page: Page, id: string) {
  return page.$$eval(`#table-${id} tbody tr`, (rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
  );
}

const en = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);

describe('report page', () => {
  it('loads the bundled example and draws every chart with the figures of the API', async () => {
    const api = await analyzeCsv(exampleCsv);
    expect(api.status).toBe(200);
    const report = api.body.report as Report;
    const page = await openPage();
    await page.click('#example');
    await page.waitForSelector('#report:not([hidden])');

    for (const id of CHARTS) {
      const chart = await chartOf(page, id);
      expect(chart, `chart ${id}`).not.toBeNull();
      const total = chart!.data.flat().reduce<number>((sum, v) => sum + (v ?? 0), 0);
      expect(total, `chart ${id} has data`).toBeGreaterThan(0);
    }

    // The funnel draws each stage's "reached" count, then the won deals.
    const funnel = await chartOf(page, 'funnel');
    expect(funnel!.data[0]).toEqual([
      ...report.funnel.stages.map((s) => s.reached),
      report.funnel.won,
    ]);

    // Win/loss by owner: one row per owner with the API's won and lost counts.
    const owners = await tableRows(page, 'owner');
    expect(owners.map((row) => [row[0], row[1], row[2]])).toEqual(
      report.winLoss.by.owner.map((g) => [g.key, String(g.won), String(g.lost)]),
    );
    const sources = await chartOf(page, 'source');
    expect(sources!.labels).toEqual(report.winLoss.by.source.map((g) => g.key));

    // Open pipeline by stage: amounts as the API gives them, en-US grouping.
    const stages = await tableRows(page, 'stage');
    expect(stages.map((row) => [row[0], row[2]])).toEqual(
      report.pipeline.byStage.map((s) => [s.stage, en(s.amount)]),
    );

    const summary = await page.textContent('#summary');
    expect(summary).toContain(`${(report.winLoss.winRate! * 100).toFixed(1)}%`);
    expect(await page.textContent('#status')).toBe(`Deals analyzed: ${report.deals}`);
    expect(await page.isHidden('#problem')).toBe(true);

    // The artifact is kept on every run; the README's copy only on request
    // (UPDATE_SCREENSHOTS=1) or when missing, so test runs leave git clean.
    const shot = await page.screenshot({ fullPage: true });
    const artifact = join(root, 'test', 'artifacts', 'report-page.png');
    const docs = join(root, 'docs', 'report-page.png');
    for (const path of [
      artifact,
      ...(process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docs) ? [docs] : []),
    ]) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, shot);
    }
    await page.close();
  });

  it('switches its labels, chart labels and stage names to Chinese', async () => {
    const page = await openPage();
    await page.click('#example');
    await page.waitForSelector('#report:not([hidden])');
    await page.selectOption('#language', 'zh');

    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#card-funnel figcaption')).toBe('销售漏斗');
    // Words from the shared labels: the owner column and the forecast categories.
    expect(await page.textContent('#table-owner thead')).toContain(LABELS_ZH.owner);
    const forecast = await chartOf(page, 'forecast');
    expect(forecast!.labels).toContain(LABELS_ZH['forecast.commit']);
    // The playbook's Chinese stage names (Evaluation = 评估).
    const funnel = await chartOf(page, 'funnel');
    expect(funnel!.labels).toContain('评估');

    // The example's win rate is above the playbook band: the warning reads in Chinese too.
    expect(await page.textContent('#warnings')).toContain(LABELS_ZH['winRate.above']);

    await page.selectOption('#language', 'en');
    expect(await page.textContent('#card-funnel figcaption')).toBe('Funnel');
    await page.close();
  });

  it('analyzes an uploaded CSV file', async () => {
    const page = await openPage();
    await page.setInputFiles('#file', {
      name: 'pipeline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(exampleCsv),
    });
    await page.waitForSelector('#report:not([hidden])');
    expect(await page.textContent('#status')).toBe('Deals analyzed: 140');
    // A textarea keeps line breaks as \n.
    expect(await page.inputValue('#csv')).toBe(exampleCsv.replace(/\r\n/g, '\n'));
    await page.close();
  });

  it("shows the API's problem for a CSV with no readable deal, by row and column", async () => {
    // An unquoted $1,000 gives the row one field more than the header: it cannot be read.
    const csv = 'Deal,Stage,Amount\nAcme,Proposal,$1,000\n';
    const api = await analyzeCsv(csv);
    expect(api.status).toBe(422);
    const page = await openPage();
    await page.fill('#csv', csv);
    await page.click('#analyze');
    await page.waitForSelector('#problem:not([hidden]) table');

    expect(await page.textContent('#problem h2')).toBe(api.body.title);
    const rows = await page.$$eval('#problem tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    // Row 2 (the header is row 1), no column (the whole row), then the reason the API gave.
    expect(rows.map((row) => row.slice(0, 2))).toEqual([['2', '']]);
    const error = api.body.errors[0];
    expect(rows[0][3]).toBe(error.message);
    expect(error.row).toBe(2);
    expect(error.message).toMatch(/4 fields, more than the header's 3/);
    expect(await page.isHidden('#report')).toBe(true);
    await page.close();
  });

  it('lists the cells it could not read above the report of the rows it could', async () => {
    const csv = 'Deal,Stage,Amount\nAcme,Proposal,1000\nBeta,Proposal,lots\n';
    const page = await openPage();
    await page.fill('#csv', csv);
    await page.click('#analyze');
    await page.waitForSelector('#report:not([hidden])');

    expect(await page.getAttribute('#problem', 'class')).toContain('partial');
    const rows = await page.$$eval('#problem tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows.map((row) => row.slice(0, 3))).toEqual([['3', 'Amount', 'lots']]);
    // The deal with the bad amount is kept, without its amount.
    expect(await page.textContent('#status')).toBe('Deals analyzed: 2');
    await page.close();
  });
});
