import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS_ZH } from '../../shared/index';
import { launchChromium } from '../launch-chromium';
import { CRM_EXPORTS } from '../fixtures/crm/expected-figures';
import {
  analyzeCsv,
  baseUrl,
  chartOf,
  createKey,
  en,
  fixture,
  openPage,
  reanalysis,
  root,
  rows,
  upload,
  useTeamKey,
} from './page-helpers';

const exampleCsv = fixture('examples/pipeline.csv');
const salesforceCsv = fixture('test/fixtures/crm/salesforce-opportunities.csv');
const sampleCsv = fixture('test/fixtures/crm/crm-sample-sales-pipeline.csv');
const CHARTS = ['funnel', 'by-owner', 'by-source', 'stage', 'forecast', 'month'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  // These tests analyse about 40 times in a few seconds: a team of their own keeps
  // them inside the API's rate limit (60 a minute per team or address).
  useTeamKey(await createKey('report-page-tests'));
});

afterAll(async () => {
  useTeamKey(undefined);
  await browser?.close();
});

/** Writes a screenshot to test/artifacts/, and to docs/ on request (UPDATE_SCREENSHOTS=1) or when missing. */
function keepScreenshot(shot: Buffer, name: string) {
  const docs = join(root, 'docs', name);
  for (const path of [
    join(root, 'test', 'artifacts', name),
    ...(process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(docs) ? [docs] : []),
  ]) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, shot);
  }
}

async function loadExample(page: Page) {
  await page.click('#example');
  await page.waitForSelector('#report:not([hidden])');
}

describe('report page: the report', () => {
  it('loads the bundled example and draws every chart with the figures of the API', async () => {
    const api = await analyzeCsv(exampleCsv, { groupBy: ['owner', 'source'] });
    expect(api.status).toBe(200);
    const report = api.body.report;
    const page = await openPage(browser);
    await loadExample(page);

    for (const id of CHARTS) {
      const chart = await chartOf(page, id);
      expect(chart, `chart ${id}`).not.toBeNull();
      const total = chart!.data.flat().reduce<number>((sum, v) => sum + (v ?? 0), 0);
      expect(total, `chart ${id} has data`).toBeGreaterThan(0);
    }
    const funnel = await chartOf(page, 'funnel');
    expect(funnel!.data[0]).toEqual([
      ...report.funnel.stages.map((s) => s.reached),
      report.funnel.won,
    ]);
    const owners = await rows(page, '#table-by-owner');
    expect(owners.map((row) => row.slice(0, 3))).toEqual(
      (report.winLoss.by.owner ?? []).map((g) => [g.key, String(g.won), String(g.lost)]),
    );
    const stages = await rows(page, '#table-stage');
    expect(stages.map((row) => [row[0], row[2]])).toEqual(
      report.pipeline.byStage.map((s) => [s.stage, en(s.amount)]),
    );
    // Only the open categories are a forecast: Commit, Best Case, Pipeline, Upside.
    expect((await chartOf(page, 'forecast'))!.labels).toEqual([
      'Commit',
      'Best Case',
      'Pipeline',
      'Upside',
    ]);
    expect(await page.textContent('#summary')).toContain(
      `${(report.winLoss.winRate! * 100).toFixed(1)}%`,
    );
    expect(await page.textContent('#status')).toBe(`Deals analyzed: ${report.deals}`);
    expect(await page.isHidden('#problem')).toBe(true);
    await page.close();
  });

  it('analyzes a file dropped on the page', async () => {
    const page = await openPage(browser);
    const analyzed = page.waitForResponse((r) => r.url().includes('/v1/analyze'));
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      const drop = document.getElementById('drop')!;
      drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, exampleCsv);
    await analyzed;
    await page.waitForSelector('#report:not([hidden])');
    expect(await page.textContent('#file-name')).toContain('dropped.csv');
    expect(await page.textContent('#status')).toBe('Deals analyzed: 140');
    await page.close();
  });

  it('shows what it read from a Salesforce export: columns, vocabulary, and the velocity inputs', async () => {
    const expected = CRM_EXPORTS.find((e) => e.file === 'salesforce-opportunities.csv')!;
    const page = await openPage(browser);
    await upload(page, 'salesforce-opportunities.csv', salesforceCsv);

    const columns = await page.$$eval('#columns tbody tr', (trs) =>
      trs.map((tr) => [
        (tr as HTMLTableRowElement).cells[0].textContent,
        tr.querySelector('select')?.value,
      ]),
    );
    expect(columns).toContainEqual(['Stage', 'stage']);
    expect(columns).toContainEqual(['Amount', 'amount']);
    expect(columns).toContainEqual(['Opportunity Owner', 'owner']);
    expect(columns).toContainEqual(['Close Date', 'closeDate']);
    // Every header is listed, the ones not read too.
    expect(columns).toContainEqual(['Fiscal Period', '']);
    expect(await page.textContent('#vocabulary')).toContain('Salesforce');

    // test/fixtures/crm/README.md, "Expected figures": weighted by Probability (%).
    expect(await page.textContent('#summary')).toContain(en(expected.weighted));
    // Velocity names its inputs: the open deals and the MEAN won cycle it used.
    const velocity = await page.textContent('#velocity');
    expect(velocity).toContain(`Open deals${expected.open}`);
    expect(velocity).toContain(`Mean won cycle (days)${en(expected.wonCycle.mean)}`);
    await page.close();
  });

  it('maps the unknown stage Engaging to Discovery and draws the report again with its deals', async () => {
    const before = (await analyzeCsv(sampleCsv)).body;
    const after = (await analyzeCsv(sampleCsv, { stageMapping: { Engaging: 'Discovery' } })).body;
    const page = await openPage(browser);
    await upload(page, 'crm-sample-sales-pipeline.csv', sampleCsv);

    const unmapped = await rows(page, '#unmapped');
    expect(unmapped.map((row) => row.slice(0, 2))).toEqual([['Engaging', '1,589']]);
    // Until mapped, the 1,589 open deals are a group of their own in the stage chart.
    const stageRows = await rows(page, '#table-stage');
    expect(stageRows.at(-1)!.slice(0, 2)).toEqual(['Unmapped stages', '1,589']);
    expect(before.report.pipeline.unmapped.count).toBe(1589);

    // The select is pre-filled with the suggestion; Discovery is chosen on purpose here.
    await page.selectOption('select[data-stage="Engaging"]', 'Discovery');
    await reanalysis(page, () => page.click('#apply-mapping'));
    await page.waitForFunction(() => !document.querySelector('#unmapped'));

    const discovery = (await rows(page, '#table-stage')).find((row) => row[0] === 'Discovery')!;
    const apiDiscovery = after.report.pipeline.byStage.find((s) => s.stage === 'Discovery')!;
    expect(apiDiscovery.count).toBe(1589);
    expect(discovery.slice(1)).toEqual([
      '1,589',
      en(apiDiscovery.amount),
      en(apiDiscovery.weighted),
    ]);
    expect(await page.textContent('#summary')).toContain(
      `Weighted pipeline${en(after.report.pipeline.weighted)}`,
    );
    expect(new URL(page.url()).searchParams.get('map')).toBe('{"Engaging":"Discovery"}');

    // The link reproduces the view with the same file: the mapping comes back from the URL.
    await page.reload();
    await upload(page, 'crm-sample-sales-pipeline.csv', sampleCsv);
    expect(await page.$('#unmapped')).toBeNull();
    await page.close();
  });

  it('writes amounts in the currency the export names (Pipedrive, EUR)', async () => {
    const expected = CRM_EXPORTS.find((e) => e.file === 'pipedrive-deals.csv')!;
    const page = await openPage(browser);
    await upload(page, 'pipedrive-deals.csv', fixture('test/fixtures/crm/pipedrive-deals.csv'));
    expect(await page.textContent('#currency')).toBe('EUR');
    const euros = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(expected.wonAmount);
    expect(await page.textContent('#summary')).toContain(`Won amount${euros}`);
    await page.close();
  });

  it("sets a recognised vocabulary aside for the playbook's stages, and writes amounts in a chosen currency", async () => {
    const page = await openPage(browser);
    await upload(page, 'salesforce-opportunities.csv', salesforceCsv);
    expect(await page.$('#display-currency')).not.toBeNull();
    await reanalysis(page, async () => {
      await page.fill('#display-currency', 'usd');
      await page.dispatchEvent('#display-currency', 'change');
    });
    expect(await page.textContent('#summary')).toMatch(/Won amount\$381,000/);

    const response = await reanalysis(page, () => page.selectOption('#stage-table', 'playbook'));
    const sent = JSON.parse(response.request().postData()!).options;
    expect(sent.stages.map((s: { name: string }) => s.name)).toContain('Negotiation');
    expect(await page.textContent('#vocabulary')).toBe("the playbook's seven stages");
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
      stages: 'playbook',
      currency: 'USD',
    });
    await page.close();
  });

  it('reads a column as another field when the reader says so', async () => {
    const csv = 'Deal,Stage,Amount,Closer\nA,Proposal,1000,Ann\nB,Closed Won,2000,Bob\n';
    const page = await openPage(browser);
    await upload(page, 'rep.csv', csv);
    expect(await page.inputValue('select[data-header="Closer"]')).toBe('');
    // A column the detection read cannot be switched off, only given another field.
    expect(
      await page.$eval(
        'select[data-header="Stage"] option[value=""]',
        (o) => (o as HTMLOptionElement).disabled,
      ),
    ).toBe(true);

    const response = await reanalysis(page, () =>
      page.selectOption('select[data-header="Closer"]', 'owner'),
    );
    expect(JSON.parse(response.request().postData()!).options.columns).toEqual({ owner: 'Closer' });
    expect((await rows(page, '#table-by-owner')).map((row) => row[0]).sort()).toEqual([
      'Ann',
      'Bob',
    ]);
    expect(new URL(page.url()).searchParams.get('columns')).toBe('{"owner":"Closer"}');
    await page.close();
  });

  it('marks months with fewer than 5 closed deals as small samples instead of drawing their win rate', async () => {
    const lines = ['Deal,Stage,Amount,Close Date'];
    for (let i = 0; i < 6; i++)
      lines.push(`J${i},${i < 2 ? 'Closed Won' : 'Closed Lost'},100,2026-01-1${i}`);
    lines.push('F1,Closed Won,100,2026-02-03', 'F2,Closed Won,100,2026-02-04');
    const page = await openPage(browser);
    await upload(page, 'months.csv', `${lines.join('\n')}\n`);

    const month = await chartOf(page, 'month');
    expect(month!.labels).toEqual(['2026-01', '2026-02']);
    // The win-rate line: January (6 closed) at 33.3%, February (2 closed, both won) left out.
    expect(month!.data[2][0]).toBeCloseTo(33.33, 1);
    expect(month!.data[2][1]).toBeNull();
    const table = await rows(page, '#table-month');
    expect(table[1][3]).toBe('100% (small sample)');
    expect(await page.textContent('#month-note')).toContain('fewer than 5 closed deals');
    await page.close();
  });

  it('says why monthly win rates are withheld when undated closed deals would bias them', async () => {
    const lines = ['Deal,Stage,Amount,Close Date'];
    for (let i = 0; i < 8; i++) lines.push(`W${i},Closed Won,100,2026-01-1${i}`);
    for (let i = 0; i < 8; i++) lines.push(`L${i},Closed Lost,100,`);
    lines.push('L8,Closed Lost,100,2026-01-20');
    const api = (await analyzeCsv(`${lines.join('\n')}\n`)).body.report;
    expect(api.winLoss.byMonthWinRateWithheld).toBe(true);
    const page = await openPage(browser);
    await upload(page, 'undated.csv', `${lines.join('\n')}\n`);
    expect(await page.textContent('#month-note')).toContain('withheld');
    expect((await chartOf(page, 'month'))!.data[2]).toEqual([null]);
    expect((await rows(page, '#table-month'))[0][3]).toBe('—');
    await page.close();
  });

  it('sends the options and keeps them in the URL, so a reload reproduces the view', async () => {
    const api = await analyzeCsv(exampleCsv, {
      asOf: '2026-11-20',
      quota: 500000,
      quotaPeriod: 'quarter',
      winRateBand: 'mature',
      groupBy: ['owner', 'source'],
    });
    const page = await openPage(browser);
    await loadExample(page);
    await reanalysis(page, () => page.fill('#as-of', '2026-11-20'));
    await reanalysis(page, async () => {
      await page.fill('#quota', '500000');
      await page.dispatchEvent('#quota', 'change');
    });
    await reanalysis(page, () => page.selectOption('#band', 'mature'));

    const coverage = api.body.report.coverage!.ratio!;
    expect(await page.textContent('#summary')).toContain(`Coverage${coverage.toFixed(1)}×`);
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      asOf: '2026-11-20',
      quota: '500000',
      band: 'mature',
    });
    // The data never goes into the URL.
    expect(page.url()).not.toContain('D-1001');

    await page.goto(page.url());
    expect(await page.inputValue('#as-of')).toBe('2026-11-20');
    expect(await page.inputValue('#quota')).toBe('500000');
    expect(await page.inputValue('#band')).toBe('mature');
    await loadExample(page);
    expect(await page.textContent('#summary')).toContain(`Coverage${coverage.toFixed(1)}×`);

    // A plain address brings back the choices remembered in this browser.
    await page.goto(`${baseUrl}/?lang=en`);
    expect(await page.inputValue('#as-of')).toBe('2026-11-20');
    expect(new URL(page.url()).searchParams.get('quota')).toBe('500000');
    await page.close();
  });

  it('groups a thousand bad cells by cause instead of listing each', async () => {
    const lines = ['Deal,Stage,Amount,Close Date'];
    for (let i = 0; i < 1000; i++) lines.push(`D${i},Proposal,lots,2026-03-01`);
    lines.push('Good,Proposal,1000,2026-13-45');
    const csv = `${lines.join('\n')}\n`;
    const api = (await analyzeCsv(csv)).body;
    const page = await openPage(browser);
    await upload(page, 'bad-cells.csv', csv);

    expect(await page.getAttribute('#problem', 'class')).toContain('partial');
    const causes = await rows(page, '#problem');
    expect(causes).toHaveLength(api.errorGroups.length);
    const amount = causes.find((row) => row[1] === 'Amount')!;
    expect(amount[2]).toBe('1,000');
    expect(amount[3]).toMatch(/^2, 3, 4/);
    expect(await page.textContent('#problem h2')).toContain(en(api.errorCount));
    await page.close();
  });

  it("shows the API's problem for a CSV with no readable deal, by row and column", async () => {
    const csv = 'Deal,Stage,Amount\nAcme,Proposal,$1,000\n';
    const api = await analyzeCsv(csv);
    expect(api.status).toBe(422);
    const page = await openPage(browser);
    await page.click('.paste summary');
    await page.fill('#csv', csv);
    await page.click('#analyze');
    await page.waitForSelector('#problem:not([hidden]) table');
    expect(await page.textContent('#problem h2')).toBe(
      (api.body as unknown as { title: string }).title,
    );
    const causes = await rows(page, '#problem');
    expect(causes[0][0]).toMatch(/4 fields, more than the header's 3/);
    expect(causes[0].slice(1)).toEqual(['(whole row)', '1', '2']);
    expect(await page.isHidden('#report')).toBe(true);
    await page.close();
  });

  it('refuses pasted text above 1 MB and says to choose the file', async () => {
    const page = await openPage(browser);
    await page.click('.paste summary');
    await page.$eval('#csv', (area) => {
      (area as HTMLTextAreaElement).value = `Deal,Stage\n${'x,Proposal\n'.repeat(100_000)}`;
    });
    await page.click('#analyze');
    expect(await page.textContent('#problem h2')).toContain('limited to 1 MB');
    await page.close();
  });

  it('downloads a table as CSV with the raw figures', async () => {
    const report = (await analyzeCsv(exampleCsv)).body.report;
    const page = await openPage(browser);
    await loadExample(page);
    await page.click('#card-stage summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#card-stage button.download'),
    ]);
    expect(download.suggestedFilename()).toBe('stage.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    const expected = [
      'Stage,Count,Amount,Weighted pipeline',
      ...report.pipeline.byStage.map((s) => `${s.stage},${s.count},${s.amount},${s.weighted}`),
    ];
    expect(text).toBe(`${expected.join('\r\n')}\r\n`);
    await page.close();
  });

  it('prints the report alone: controls hidden, every card kept whole, as a PDF', async () => {
    const page = await openPage(browser);
    await loadExample(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['#options', '#read', '.input', '#print', '#history', '.download']) {
      expect(await page.isVisible(selector), selector).toBe(false);
    }
    expect(await page.isVisible('#card-funnel')).toBe(true);
    expect(await page.$eval('#card-funnel', (card) => getComputedStyle(card).breakInside)).toBe(
      'avoid',
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it('switches every label to Chinese and asks the API in Chinese', async () => {
    const page = await openPage(browser);
    await loadExample(page);
    const asked = page.waitForRequest((r) => r.url().includes('/v1/analyze'));
    await page.selectOption('#language', 'zh');
    await loadExample(page);
    const request = await asked;
    expect(new URL(request.url()).searchParams.get('lang')).toBe('zh');
    expect(request.headers()['accept-language']).toMatch(/^zh/);

    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#card-funnel figcaption')).toBe('销售漏斗');
    expect(await page.textContent('#table-by-owner thead')).toContain(LABELS_ZH.owner);
    expect((await chartOf(page, 'forecast'))!.labels).toContain(LABELS_ZH['forecast.commit']);
    expect((await chartOf(page, 'funnel'))!.labels).toContain('评估');
    expect(await page.textContent('#warnings')).toContain(LABELS_ZH['winRate.above']);
    expect(await page.textContent('#read h2')).toBe('读取结果');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');

    // Problems come back in the page's language, as the API words them for ?lang=zh.
    const bad = 'Deal,Stage,Amount\nAcme,Proposal,$1,000\n';
    const zh = await fetch(`${baseUrl}/v1/analyze?lang=zh`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: bad,
    });
    await page.click('.paste summary');
    await page.fill('#csv', bad);
    await page.click('#analyze');
    await page.waitForSelector('#problem:not([hidden]) table');
    expect(await page.textContent('#problem h2')).toBe(
      ((await zh.json()) as { title: string }).title,
    );

    await page.selectOption('#language', 'en');
    await loadExample(page);
    expect(await page.textContent('#card-funnel figcaption')).toBe('Funnel');
    await page.close();
  });

  it('takes screenshots at 1366 and 390 px wide', async () => {
    for (const [width, name] of [
      [1366, 'report-page.png'],
      [390, 'report-page-mobile.png'],
    ] as const) {
      const page = await openPage(browser, '?lang=en', width);
      await upload(page, 'crm-sample-sales-pipeline.csv', sampleCsv);
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      keepScreenshot(await page.screenshot({ fullPage: true }), name);
      await page.close();
    }
  });
});
