import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../launch-chromium';
import { analyzeCsv, fixture, openPage } from './page-helpers';

const exampleCsv = fixture('examples/pipeline.csv');

/** The example's deals repeated (with new ids) until the text passes `bytes`. */
function bigPipeline(bytes: number): string {
  const [header, ...lines] = exampleCsv.trimEnd().split('\n');
  const out = [header];
  let size = header.length;
  for (let copy = 0; size < bytes; copy++) {
    for (const line of lines) {
      const row = line.replace(/^D-/, `D${copy}-`);
      out.push(row);
      size += row.length + 1;
    }
  }
  return `${out.join('\n')}\n`;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('report page: a file above 4 MB', () => {
  it('is read in this browser with a progress bar, and gives the report the API would', async () => {
    const csv = bigPipeline(4_300_000);
    const page = await openPage(browser);
    const posted: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/v1/analyze')) posted.push(request);
    });
    const sawProgress = page.waitForSelector('#progress:not([hidden])');
    await page.setInputFiles('#file', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await sawProgress;
    await page.waitForSelector('#report:not([hidden])', { timeout: 30_000 });
    expect(posted).toHaveLength(0);
    expect(await page.isHidden('#progress')).toBe(true);

    // The same deals in a smaller file, through the API: the same win rate.
    const api = (await analyzeCsv(bigPipeline(1_000_000))).body.report;
    const deals = csv.trimEnd().split('\n').length - 1;
    expect(await page.textContent('#status')).toBe(
      `Deals analyzed: ${new Intl.NumberFormat('en-US').format(deals)}`,
    );
    expect(await page.textContent('#summary')).toContain(
      `Win rate${(api.winLoss.winRate! * 100).toFixed(1)}%`,
    );
    expect(await page.textContent('#file-name')).toContain('big.csv');

    // Too large to store as a snapshot: the page says so without sending it.
    await page.evaluate(() => sessionStorage.setItem('salesPlaybook.teamKey', 'sp_test'));
    await page.evaluate(() => {
      const button = document.getElementById('save-snapshot')!;
      button.hidden = false;
      button.click();
    });
    expect(await page.textContent('#snapshot-status')).toContain('too large to store');
    await page.close();
  }, 60_000);

  it('words what it read in Chinese when the page is in Chinese, as the API would', async () => {
    // One stage no table knows, so reading warns about it by name.
    const csv = bigPipeline(4_300_000).replace(',Proposal,', ',Pitching,');
    const page = await openPage(browser);
    await page.selectOption('#language', 'zh');
    await page.setInputFiles('#file', {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForSelector('#report:not([hidden])', { timeout: 30_000 });
    const warnings = (await page.textContent('#warnings')) ?? '';
    expect(warnings).toContain('Pitching');
    expect(warnings).toMatch(/[\u4e00-\u9fff]/);
    expect(warnings).not.toContain('which the stage table does not know');
    await page.close();
  }, 60_000);

  it('reads a 100 MB export with a progress bar that moves, and reports every deal', async () => {
    // bench/'s seeded generator (600,000 deals, about 100 MB), cached in bench/data (ignored by git).
    const generator = new URL('../../bench/generate.mjs', import.meta.url).href;
    const { ensurePipelineCsv } = (await import(generator)) as {
      ensurePipelineCsv(rows: number): { path: string; bytes: number };
    };
    const { path, bytes } = ensurePipelineCsv(600_000);
    expect(bytes).toBeGreaterThan(100_000_000);
    const page = await openPage(browser);
    // Sample the bar while the file is read: its value must rise.
    const seen = page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const values: number[] = [];
          const bar = document.getElementById('progress') as HTMLProgressElement;
          const timer = setInterval(() => {
            if (!bar.hidden) values.push(bar.value / (bar.max || 1));
            if (!document.getElementById('report')?.hidden) {
              clearInterval(timer);
              resolve(values);
            }
          }, 20);
        }),
    );
    await page.setInputFiles('#file', path);
    const values = await seen;
    expect(new Set(values.map((v) => v.toFixed(2))).size).toBeGreaterThan(3);
    expect(await page.textContent('#status')).toBe('Deals analyzed: 600,000');
    await page.close();
  }, 180_000);
});
