import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../launch-chromium';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens /docs, fails the test on any script error, and waits for the rendered operations. */
async function openDocs(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${baseUrl}/docs${hash}`);
  await page.waitForSelector('.opblock', { timeout: 20_000 });
  return page;
}

/** The rendered POST /v1/analyze operation, opened. */
async function openAnalyze(page: Page) {
  const operation = page.locator('#operations-default-post_v1_analyze');
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('.opblock-section-request-body').waitFor();
  return operation;
}

describe('/docs in Chromium', () => {
  it('serves Swagger UI from the Worker itself with JavaScript and CSS content types', async () => {
    const script = await fetch(`${baseUrl}/dist/api-docs/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const css = await fetch(`${baseUrl}/dist/api-docs/swagger-ui.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
  });

  it('renders every operation, with the request body of /v1/analyze as a schema, not a $ref', async () => {
    const page = await openDocs();
    const ids = await page.$$eval('.opblock', (blocks) => blocks.map((b) => b.id));
    expect(ids).toContain('operations-default-post_v1_analyze');
    expect(ids).toContain('operations-default-get_v1_reports_monthly');
    // Markdown in descriptions is rendered: backticks become code, not literal text.
    const info = await page.locator('.info .description').innerText();
    expect(info).not.toContain('`');

    const operation = await openAnalyze(page);
    await operation.locator('.opblock-section-request-body button[data-name="model"]').click();
    const schema = operation.locator('.opblock-section-request-body .model-box');
    await schema.first().waitFor();
    const text = await schema.first().innerText();
    expect(text).toContain('AnalyzeRequest');
    for (const property of ['csv', 'rows', 'options', 'winRateBand', 'groupBy']) {
      expect(text).toContain(property);
    }
    expect(text).not.toContain('$ref');
    await page.close();
  });

  it('runs try-it against the local Worker and shows the report', async () => {
    const page = await openDocs();
    const operation = await openAnalyze(page);
    const body = {
      csv: 'Deal,Stage,Amount\nAcme,Closed Won,1000\nBeta,Closed Lost,500\nCobalt,Proposal,2000',
      options: { asOf: '2026-03-31' },
    };
    await operation.locator('textarea.body-param__text').fill(JSON.stringify(body, null, 2));
    await operation.locator('button.execute').click();
    const live = operation.locator('.live-responses-table .response');
    await live.first().waitFor({ timeout: 15_000 });
    expect(await live.first().locator('.response-col_status').innerText()).toContain('200');
    const answer = JSON.parse(
      await live.first().locator('.response-col_description pre.microlight').first().innerText(),
    ) as { report: { deals: number; winLoss: { winRate: number } } };
    // 3 deals: 1 won, 1 lost → win rate 1 / 2
    expect(answer.report.deals).toBe(3);
    expect(answer.report.winLoss.winRate).toBe(0.5);
    // The request went to this Worker (same origin), not to a server the document names.
    const url = await operation.locator('.request-url pre').innerText();
    expect(url).toBe(`${baseUrl}/v1/analyze`);
    await page.close();
  });

  it('keeps an entry for each problem type at the anchor a problem body links to', async () => {
    const problem = await (await fetch(`${baseUrl}/nowhere`)).json();
    expect(problem.type).toBe('/docs#problem-not-found');
    const page = await openDocs('#problem-not-found');
    const entry = page.locator('#problem-not-found');
    expect(await entry.innerText()).toContain('404');
    expect(await entry.isVisible()).toBe(true);
    await page.close();
  });
});
