// The pipeline changes sidebar against the real server: google.script.run
// calls the built Code.js in node:vm, whose UrlFetchApp answers with the
// Worker's recorded answers, so the sidebar and the server must agree on
// every shape.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from '../../addon/harness/load-addon';
import { KEY, URL_BASE, workerWith } from '../../addon/changes/worker-answers';
import { launchBrowser, openSidebar } from '../harness/open-sidebar';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('pipeline changes sidebar with the add-on server', () => {
  it('shows the Worker’s waterfall and writes the tab with its two charts', async () => {
    const addon = loadAddon({ fetch: workerWith(['2026-11-02', '2026-11-20']) });
    addon.documentProperties.store.set(
      'salesPlaybook.settings',
      JSON.stringify({ workerUrl: URL_BASE }),
    );
    addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL_BASE);
    const run =
      (name: string) =>
      (...args: unknown[]) =>
        addon.call(name, ...args);
    const { page, errors } = await openSidebar(browser, 'changes', {
      getChanges: run('getChanges'),
      writeChangesTab: run('writeChangesTab'),
    });
    // the recorded waterfall: D-1004 advanced, D-1035 won
    await page.locator('[data-kind="won"] [data-testid="count"]').waitFor();
    expect(await page.locator('[data-kind="won"] [data-testid="count"]').textContent()).toBe('1');
    expect(await page.getByTestId('no-quota').textContent()).toBe(
      'Coverage needs a quota: enter it in Settings.',
    );
    await page.getByTestId('write').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('Wrote the tab "Changes 2026-11-02 – 2026-11-20".');
    const sheet = addon.book.getSheetByName('Changes 2026-11-02 – 2026-11-20')!;
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.data.some((r) => r[1] === 'Zephyr Systems - Analytics Add-on')).toBe(true);
    // no Date crossed, no page error; the key never reached the page
    expect(errors).toEqual([]);
    expect(await page.content()).not.toContain(KEY);
  });
});
