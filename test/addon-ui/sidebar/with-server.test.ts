// The sidebars against the real server: google.script.run calls the built
// Code.js running in node:vm over a fake spreadsheet (the add-on tests'
// harness), so the sidebar and the server must agree on every shape, and no
// Date may cross between them.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { type Addon, loadAddon } from '../../addon/harness/load-addon';
import { COL, samplePipeline } from '../../addon/harness/sample-pipeline';
import {
  artifactPath,
  type Handler,
  launchBrowser,
  openSidebar,
  screenshot,
} from '../harness/open-sidebar';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Handlers that run each named server function in the add-on bundle. */
function server(addon: Addon, ...names: string[]): Record<string, Handler> {
  return Object.fromEntries(
    names.map((name) => [name, (...args: unknown[]) => addon.call(name, ...args)]),
  );
}

function pipeline(): Addon {
  const addon = loadAddon({ sheets: { Pipeline: samplePipeline() }, now: '2026-11-23T10:00:00Z' });
  addon.book.select('Pipeline', 2);
  return addon;
}

describe('sidebars with the add-on server', () => {
  it('scorecard: saves a score and note to the deal’s row, and refuses after a teammate’s change', async () => {
    const addon = pipeline();
    const { page, errors } = await openSidebar(
      browser,
      'scorecard',
      server(addon, 'getScorecard', 'saveScorecard'),
    );
    // The sample's row 2: 2,1,2,1,1,3,2,1 = 13, At risk (playbook §2 band table)
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('13');
    expect(await page.getByTestId('band').textContent()).toBe('At risk');
    expect(await page.getByTestId('deal').textContent()).toBe('Acme rollout');

    await page.locator('label', { has: page.getByTestId('score-economicBuyer-3') }).click();
    await page.getByTestId('note-economicBuyer').fill('CFO signs off above 50k');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ Saved to row 2');
    const sheet = addon.book.getSheetByName('Pipeline')!;
    expect(sheet.cell(2, COL['Economic buyer'])).toBe(3);
    expect(JSON.stringify([...sheet.notes.values()])).toContain('CFO signs off above 50k');

    // A teammate scores Metrics meanwhile: the next save is refused and the input kept.
    sheet.setCell(2, COL.Metrics, 3);
    await page.locator('label', { has: page.getByTestId('score-champion-3') }).click();
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Someone changed this deal’s scores since you opened it; reload the scorecard.');
    expect(await page.getByTestId('score-champion-3').isChecked()).toBe(true);
    expect(sheet.cell(2, COL.Champion)).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('weekly review: shows the figures of the deals the server read and writes the review tab', async () => {
    const addon = pipeline();
    const { page, errors } = await openSidebar(
      browser,
      'weekly-review',
      server(addon, 'getWeeklyReview', 'writeWeeklyReviewTab'),
    );
    await page.getByTestId('total').waitFor();
    // The sidebar works the review out from what the server read, as here.
    const view = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
    // hand calculation: open deals D-100 60,000 + D-200 15,000 + D-300 180,000
    expect(view.total.amount).toBe(255_000);
    expect(await page.getByTestId('total').locator('.value').textContent()).toBe('255,000');
    expect(await page.getByTestId('top-deal').count()).toBe(view.top.length);
    expect(await page.getByTestId('top-deal').first().locator('.deal-name').textContent()).toBe(
      'Gamma expansion',
    );

    const before = addon.book.getSheets().length;
    await page.getByTestId('write').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/^✓ Review written to tab ".+"$/);
    expect(addon.book.getSheets().length).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('monthly: answers the eight questions from the sheet, then writes the report tab', async () => {
    const addon = pipeline();
    const { page, calls, errors } = await openSidebar(
      browser,
      'monthly',
      server(addon, 'getMonthlyAssessment', 'writeMonthlyReportTab'),
    );
    await page.getByTestId('month').fill('2026-10');
    const before = addon.book.getSheets().length;
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/^✓ Report written to tab ".+"$/);
    expect(await page.getByTestId('answer').count()).toBe(8);
    // No analytics service is set up in this spreadsheet.
    expect(await page.getByTestId('source').getAttribute('data-source')).toBe('sheet');
    expect(addon.book.getSheets().length).toBe(before + 1);
    // The page works the answers out of what the server read and sends the laid-out report.
    expect(calls.map((c) => [c.name, c.args[0]])).toEqual([
      ['getMonthlyAssessment', '2026-10'],
      ['writeMonthlyReportTab', '2026-10'],
    ]);
    const written = addon.book.getSheets()[before].data;
    expect(written[0][0]).toBe('Monthly self-assessment 2026-10');
    expect(written.filter((r) => typeof r[0] === 'number' && r[1] !== '')).toHaveLength(8);
    expect(errors).toEqual([]);
    await screenshot(page, artifactPath('monthly-with-server'));
    await page.close();
  });

  it('settings: the server’s check of a bad quota shows next to the field, then the quota saves', async () => {
    const addon = pipeline();
    const { page, errors } = await openSidebar(
      browser,
      'settings',
      server(addon, 'getSettings', 'saveSettings'),
    );
    await page.getByTestId('quota').fill('lots');
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByTestId('quota-error').textContent())
      .toMatch(/^Must be a number of 0 or more/);
    expect(addon.documentProperties.store.size).toBe(0);

    await page.getByTestId('quota').fill('1,200,000');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ Settings saved');
    expect(await page.getByTestId('quota').inputValue()).toBe('1200000');
    expect(JSON.stringify([...addon.documentProperties.store.values()])).toContain('1200000');
    expect(errors).toEqual([]);
    await page.close();
  });
});
