import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../launch-chromium';
import { baseUrl, createKey, fixture, openPage, reanalysis, rows } from './page-helpers';

const exampleCsv = fixture('examples/pipeline.csv');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('report page: history with a team key', () => {
  it('saves a snapshot, then shows the waterfall, trends and forecast accuracy', async () => {
    const key = await createKey('page-history');
    const page = await openPage(browser);
    await page.fill('#team-key', key);
    await page.click('#key-form button[type=submit]');
    await page.waitForSelector('#snapshot-list');
    expect(await page.textContent('#snapshot-list')).toBe('No snapshot yet.');
    // The key lives in this tab only: sessionStorage, never localStorage or the URL.
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(key);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('sp_');
    expect(page.url()).not.toContain('sp_');

    // The first snapshot through the page: the example as of 2026-11-01.
    await page.click('#example');
    await page.waitForSelector('#report:not([hidden])');
    await reanalysis(page, () => page.fill('#as-of', '2026-11-01'));
    await page.click('#save-snapshot');
    await page.waitForFunction(() =>
      document.querySelector('#snapshot-status')?.textContent?.includes('2026-11-01'),
    );

    // The second through the API: one deal advanced, one won, one amount up.
    const later = exampleCsv
      .replace(/^(D-1042,[^\n]*?),Prospecting,15000,/m, '$1,Discovery,15000,')
      .replace(/^(D-1001,[^\n]*?),Evaluation,54500,/m, '$1,Closed Won,54500,')
      .replace(/^(D-1076,[^\n]*?),Prospecting,21500,/m, '$1,Prospecting,31500,');
    expect(later).not.toBe(exampleCsv);
    const stored = await fetch(`${baseUrl}/v1/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ asOf: '2026-11-20', csv: later }),
    });
    expect(stored.status).toBe(201);

    // A reload keeps the key (same tab) and lists both snapshots.
    await page.reload();
    await page.waitForSelector('#table-waterfall');
    expect(await page.textContent('#snapshot-list')).toBe('Snapshots: 2026-11-01, 2026-11-20');
    expect(await page.inputValue('#waterfall-from')).toBe('2026-11-01');
    expect(await page.inputValue('#waterfall-to')).toBe('2026-11-20');

    const totals = Object.fromEntries(
      (await rows(page, '#table-waterfall')).map((row) => [row[0], row.slice(1)]),
    );
    expect(totals.Advanced).toEqual(['1', '15,000']);
    expect(totals.Won).toEqual(['1', '54,500']);
    expect(totals['Amount up']).toEqual(['1', '10,000']);
    // Each change opens onto its deals.
    const won = await rows(page, '#table-waterfall-won');
    expect(won).toHaveLength(1);
    expect(won[0][0]).toBe('Xenon Clinics - Core Platform');
    expect(won[0][3]).toContain('Evaluation');
    expect(won[0][4]).toContain('Closed Won');

    await page.waitForSelector('#table-trends');
    const months = (await rows(page, '#table-trends')).map((row) => row[0]);
    expect(months).toEqual(['2026-11']);
    await page.waitForSelector('#accuracy table, #accuracy .problem-text');

    await page.click('#forget-key');
    await page.waitForFunction(() => !document.querySelector('#table-waterfall'));
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });
});
