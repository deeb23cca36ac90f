import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChangesTabLayout,
  PipelineChangesData,
} from '../../../addon/src/changes/changes-types';
import { ACCURACY, TRENDS, WATERFALL } from '../../addon/changes/worker-answers';
import { artifactPath, launchBrowser, openSidebar, screenshot } from '../harness/open-sidebar';

// The built pipeline changes sidebar in Chromium, with getChanges answering
// the Worker's recorded answers for the README's example history (D-1004
// advanced from Proposal to Negotiation, D-1035 won).

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function data(language: 'en' | 'zh' = 'en'): PipelineChangesData {
  return {
    language,
    quota: 500000,
    snapshots: ['2026-10-30', '2026-11-02', '2026-11-16', '2026-11-20'],
    from: '2026-11-02',
    to: '2026-11-20',
    period: '2026-11',
    waterfall: { status: 200, body: WATERFALL },
    trends: { status: 200, body: TRENDS },
    accuracy: { status: 200, body: ACCURACY },
  };
}

/** Each shown change kind with its count, in order. */
const kinds = (page: Page) =>
  page
    .getByTestId('kind')
    .evaluateAll((els) =>
      els.map((el) => [
        el.getAttribute('data-kind'),
        el.querySelector('summary strong')?.textContent,
        el.querySelector('[data-testid="count"]')?.textContent,
      ]),
    );

describe('pipeline changes sidebar', () => {
  it('shows each kind of change with its count, its deals, the trends and the forecast accuracy', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'changes', {
      getChanges: () => data(),
    });
    await page.getByTestId('waterfall').waitFor();
    // counts from the Worker's totals: one advanced (D-1004), one won (D-1035), nothing else
    expect(await kinds(page)).toEqual([
      ['new', 'New', '0'],
      ['advanced', 'Advanced', '1'],
      ['slipped', 'Slipped', '0'],
      ['pulledIn', 'Pulled in', '0'],
      ['won', 'Won', '1'],
      ['lost', 'Lost', '0'],
      ['amountUp', 'Amount up', '0'],
      ['amountDown', 'Amount down', '0'],
    ]);
    const advanced = page.locator('[data-kind="advanced"]');
    expect(await advanced.getByTestId('deal').isVisible()).toBe(false);
    await advanced.locator('summary').click();
    expect(await advanced.getByTestId('deal').textContent()).toBe(
      'Zephyr Systems - Analytics Add-on · Priya NairStage: Proposal → Negotiation; 15,500 → 15,500; 2026-12-13',
    );
    expect(await page.getByTestId('bridge').textContent()).toBe(
      'Open pipeline 2,177,500 → 2,165,500; 138 deals unchanged.',
    );
    // 2026-11: 1 won of 4 closed = 25%; coverage 4.46 shown with one decimal
    const trendRows = await page
      .getByTestId('trends')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent)));
    expect(trendRows).toEqual([
      ['2026-09', '53%', '–', '–', '–', '74'],
      ['2026-11', '25%', '2,177,500', '863,225', '4.5×', '165'],
    ]);
    expect(await page.getByTestId('accuracy').allTextContents()).toEqual([
      'Commit: Forecast 12,000, Won in the period 12,000, Actual / forecast 1.00 (on target (0.9–1.1))',
      'Commit + Best case: Forecast 12,000, Won in the period 12,000, Actual / forecast 1.00 (on target (0.9–1.1))',
    ]);
    expect(await page.getByTestId('from').inputValue()).toBe('2026-11-02');
    expect(await page.getByTestId('to').inputValue()).toBe('2026-11-20');
    expect(calls).toEqual([{ name: 'getChanges', args: [] }]);
    await screenshot(page, artifactPath('changes-sidebar'));
    expect(errors).toEqual([]);
  });

  it('asks again for the dates and period picked', async () => {
    const { page, calls } = await openSidebar(browser, 'changes', {
      getChanges: (from?: string, to?: string, period?: string) => ({
        ...data(),
        ...(from ? { from, to, period } : {}),
      }),
    });
    await page.getByTestId('waterfall').waitFor();
    await page.getByTestId('from').selectOption('2026-10-30');
    await page.getByTestId('period').fill(' 2026-Q4 ');
    await page.getByTestId('show').click();
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toEqual({ name: 'getChanges', args: ['2026-10-30', '2026-11-20', '2026-Q4'] });
    await expect.poll(() => page.getByTestId('from').inputValue()).toBe('2026-10-30');

    // a "from" later than "to" is refused on the page, without asking the server
    await page.getByTestId('from').selectOption('2026-11-20');
    await page.getByTestId('to').selectOption('2026-11-02');
    await page.getByTestId('show').click();
    expect(await page.getByTestId('error').textContent()).toBe(
      'The “from” snapshot must not be later than the “to” snapshot.',
    );
    expect(calls).toHaveLength(2);
  });

  it('writes the tab it laid out and says its name', async () => {
    let sent: unknown[] = [];
    const { page, calls } = await openSidebar(browser, 'changes', {
      getChanges: () => data(),
      writeChangesTab: (...args: unknown[]) => {
        sent = args;
        return { sheetName: 'Changes 2026-11-02 – 2026-11-20' };
      },
    });
    await page.getByTestId('write').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('Wrote the tab "Changes 2026-11-02 – 2026-11-20".');
    expect(calls.map((c) => c.name)).toEqual(['getChanges', 'writeChangesTab']);
    const [from, to, tab] = sent as [string, string, ChangesTabLayout];
    expect([from, to]).toEqual(['2026-11-02', '2026-11-20']);
    expect(tab.rows[0]).toEqual(['Pipeline changes 2026-11-02 – 2026-11-20']);
    expect(tab.rows).toContainEqual([
      'Won',
      'Cobalt Robotics - Analytics Add-on',
      'Negotiation',
      'Closed Won',
      12000,
      12000,
      '2026-11-27',
      '2026-11-18',
    ]);
    expect(tab.rows[tab.trends.headerRow - 1][0]).toBe('Month');
    expect(tab.trends.rows).toBe(2);
    expect(tab.rows[tab.trends.headerRow]).toEqual([
      '2026-09',
      0.5333333333333333,
      8,
      7,
      '',
      '',
      '',
      74.25,
    ]);
  });

  it('speaks Chinese for a Chinese user', async () => {
    const { page } = await openSidebar(browser, 'changes', { getChanges: () => data('zh') });
    await page.getByTestId('waterfall').waitFor();
    expect((await kinds(page)).map((k) => `${k[1]} ${k[2]}`)).toEqual([
      '新增 0',
      '推进 1',
      '延期 0',
      '提前 0',
      '赢单 1',
      '输单 0',
      '金额增加 0',
      '金额减少 0',
    ]);
    expect(await page.getByTestId('write').textContent()).toBe('写入新工作表');
    expect(await page.locator('h1').textContent()).toBe('管道变化');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, artifactPath('changes-sidebar-zh'));
  });

  it('says what to do when there is no Worker, no key or too few snapshots, in the user language', async () => {
    const cases: [PipelineChangesData, string][] = [
      [
        { language: 'en', quota: null, reason: 'noWorker' },
        'Open Settings, enter the analytics service URL and your API key, and turn on Weekly snapshots',
      ],
      [{ language: 'en', quota: null, reason: 'noKey' }, 'Enter it in Settings'],
      [
        { language: 'zh', quota: null, reason: 'noSnapshots', snapshots: ['2026-11-20'] },
        '目前只有 1 个快照，比较需要两个。请在“设置”中开启“每周快照”',
      ],
      [
        {
          language: 'en',
          quota: null,
          reason: 'unreachable',
          detail: 'HTTP 401: Unknown API key.',
        },
        'could not list the snapshots (HTTP 401: Unknown API key.)',
      ],
    ];
    for (const [answer, text] of cases) {
      const { page } = await openSidebar(browser, 'changes', { getChanges: () => answer });
      const box = page.getByTestId('setup-needed');
      await box.waitFor();
      expect(await box.textContent()).toContain(text);
      expect(await box.getAttribute('data-reason')).toBe(answer.reason);
      expect(await page.getByTestId('write').count()).toBe(0);
      await page.close();
    }
  });

  it("shows the Worker's refusal of one part and keeps the others, and a failed call", async () => {
    const refused = {
      ...data(),
      waterfall: {
        status: 404,
        body: { title: 'Not found', detail: 'No snapshot of 2026-11-03.' },
      },
    };
    const { page } = await openSidebar(browser, 'changes', { getChanges: () => refused });
    await page.getByTestId('trends').waitFor();
    expect(await page.getByTestId('error').textContent()).toBe(
      'The analytics service answered: HTTP 404 Not found: No snapshot of 2026-11-03.',
    );
    expect(await page.getByTestId('write').isDisabled()).toBe(true);

    const failed = await openSidebar(browser, 'changes', {
      getChanges: () => {
        throw new Error('Exception: Service Spreadsheets timed out');
      },
    });
    await failed.page.getByTestId('error').waitFor();
    expect(await failed.page.getByTestId('error').textContent()).toBe(
      'Service Spreadsheets timed out',
    );
  });
});
