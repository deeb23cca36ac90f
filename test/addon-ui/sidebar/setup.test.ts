import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSidebar } from '../harness/open-sidebar';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Spec {
  name: string;
  columns: { header: string; format?: string; between?: number[]; list?: string[] }[];
}

describe('set-up sidebar (accounts, activity and win/loss tabs)', () => {
  it('adds an accounts tab in English with dropdowns that accept both languages', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'setup', {
      getSettings: () => ({ language: 'en' }),
      addTemplateTab: (spec: Spec) => ({ sheetName: `${spec.name} 2` }),
    });
    await page.getByTestId('accounts').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('✓ Added tab "Accounts 2"');
    const spec = calls.find((c) => c.name === 'addTemplateTab')!.args[0] as Spec;
    expect(spec.name).toBe('Accounts');
    expect(spec.columns.map((c) => c.header)).toEqual([
      'Account',
      'Tier',
      'ICP fit',
      'Visible pain',
      'Owner',
      'Last touch',
      'Touches (30 days)',
    ]);
    // playbook §6 tiers: the user's words first, the Chinese ones accepted too
    expect(spec.columns[1].list).toEqual([
      'Tier 1',
      'Tier 2',
      'Tier 3',
      'New inbound',
      '一级客户',
      '二级客户',
      '三级客户',
      '新的入站客户',
    ]);
    expect(spec.columns[5].format).toBe('date');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Chinese once the settings say so and asks for Chinese headers', async () => {
    const { page, calls } = await openSidebar(browser, 'setup', {
      getSettings: () => ({ language: 'zh' }),
      addTemplateTab: (spec: Spec) => ({ sheetName: spec.name }),
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe('客户、活动和输赢分析表');
    expect(await page.getByTestId('win-loss').textContent()).toBe('添加输赢分析表');
    await page.getByTestId('activity').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ 已添加工作表“活动”');
    const spec = calls.find((c) => c.name === 'addTemplateTab')!.args[0] as Spec;
    expect(spec.columns.slice(0, 3)).toEqual([
      { header: '销售代表' },
      { header: '所在周', format: 'date' },
      { header: '工作天数', between: [0.5, 7] },
    ]);
    // about 35% of the week on self-generated pipeline (playbook §8): a share 0-100%
    expect(spec.columns[9]).toEqual({ header: '自主开发占比', format: 'percent', between: [0, 1] });
    await page.close();
  });

  it('shows the server message when the tab cannot be added', async () => {
    const { page } = await openSidebar(browser, 'setup', {
      getSettings: () => ({ language: 'en' }),
      addTemplateTab: () => {
        throw new Error('addTemplateTab: the tab needs a name');
      },
    });
    await page.getByTestId('win-loss').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('addTemplateTab: the tab needs a name');
    expect(await page.getByTestId('win-loss').isDisabled()).toBe(false);
    await page.close();
  });
});
