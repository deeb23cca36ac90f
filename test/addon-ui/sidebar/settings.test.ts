import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsInput, SettingsView } from '../../../addon/src/settings/settings-types';
import { artifactPath, launchBrowser, openSidebar, screenshot } from '../harness/open-sidebar';
import { settingsView } from '../harness/settings-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NEW_KEY = `sp_${'0123456789abcdef'}_${'ab'.repeat(32)}`;

/** The Nth stage row's cells (0-based). */
const stageRow = (page: Page, i: number) => page.getByTestId('stage-row').nth(i);

describe('settings sidebar', () => {
  it('shows the detected columns, the stage table and only the masked API key', async () => {
    const { page, errors } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
    });
    await page.getByTestId('quota').waitFor();
    expect(await page.getByTestId('columns').locator('summary').textContent()).toBe(
      'Column mapping · 10 of 12 fields found',
    );
    expect(await page.getByTestId('columns.amount').inputValue()).toBe('Amount (old)');
    expect(await page.getByTestId('columns.owner').inputValue()).toBe('');
    expect(await page.getByLabel('Owner').inputValue()).toBe('');
    expect(await page.getByTestId('stage-row').count()).toBe(7);
    // playbook §1: Discovery 15%
    expect(await stageRow(page, 1).locator('.stage-name').inputValue()).toBe('Discovery');
    expect(await stageRow(page, 1).locator('.stage-probability').inputValue()).toBe('15');
    expect(await stageRow(page, 6).locator('.stage-kind').inputValue()).toBe('lost');
    expect(await page.getByLabel('Quota', { exact: true }).inputValue()).toBe('600000');
    expect(await page.getByTestId('quotaPeriod').inputValue()).toBe('quarter');
    expect(await page.getByTestId('winRateBand').inputValue()).toBe('mature');
    const key = page.getByLabel('API key');
    expect(await key.getAttribute('type')).toBe('password');
    expect(await key.inputValue()).toBe('');
    expect(await key.getAttribute('placeholder')).toBe('••••3f9a');
    expect(await page.getByText('Saved key ends in 3f9a').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves what the user changed: quota, period, a column, a stage and a new key', async () => {
    let savedView: SettingsView | undefined;
    const { page, calls } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: (input: SettingsInput) => {
        savedView = settingsView({ quota: 1_200_000, quotaPeriod: 'year', language: 'en' });
        return { ...savedView, apiKey: { saved: true, masked: `••••${input.apiKey?.slice(-4)}` } };
      },
    });
    await page.getByTestId('quota').fill('1,200,000');
    await page.getByTestId('quotaPeriod').selectOption('year');
    await page.getByTestId('columns').locator('summary').click();
    await page.getByTestId('columns.amount').selectOption('Value');
    await stageRow(page, 1).locator('.stage-probability').fill('20');
    await page.getByTestId('add-stage').click();
    // The new row's name field has the focus: type straight into it.
    await page.keyboard.type('Pilot');
    await stageRow(page, 7).locator('.stage-probability').fill('60');
    await page.getByLabel('API key').fill(NEW_KEY);
    await page.getByTestId('save').click();

    await expect.poll(() => page.getByTestId('status').textContent()).toBe('✓ Settings saved');
    const save = calls.find((c) => c.name === 'saveSettings');
    const input = save?.args[0] as SettingsInput;
    expect(input).toMatchObject({
      language: 'en',
      sheetName: '',
      columns: { amount: 'Value' },
      quota: '1,200,000',
      quotaPeriod: 'year',
      winRateBand: 'mature',
      workerUrl: 'https://playbook.example.workers.dev',
      apiKey: NEW_KEY,
    });
    expect(input.removeApiKey).toBeUndefined();
    expect(input.stages?.[1]).toEqual({ name: 'Discovery', probability: '20%', kind: 'open' });
    expect(input.stages?.[7]).toEqual({ name: 'Pilot', probability: '60%', kind: 'open' });
    expect(input.stages).toHaveLength(8);
    // The form shows the saved settings again, the key field empty.
    expect(await page.getByLabel('API key').inputValue()).toBe('');
    expect(await page.getByLabel('API key').getAttribute('placeholder')).toBe('••••abab');
    await page.close();
  });

  it('sends neither stages nor columns nor a key when the user left them alone', async () => {
    const { page, calls } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => settingsView(),
    });
    await page.getByTestId('workerUrl').fill('');
    await page.getByTestId('removeApiKey').check();
    await page.getByTestId('save').click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveSettings').length).toBe(1);
    const input = calls[1].args[0] as SettingsInput;
    expect(Object.keys(input).sort()).toEqual(
      [
        'language',
        'quota',
        'quotaPeriod',
        'removeApiKey',
        'sheetName',
        'winRateBand',
        'workerUrl',
      ].sort(),
    );
    // The schedule was left alone: a teammate saving Settings does not take the weekly save over.
    expect(input.workerUrl).toBe('');
    expect(input.removeApiKey).toBe(true);
    await page.close();
  });

  it('shows the server’s field error next to that field and keeps what was typed', async () => {
    const answers = [
      'Settings: quota must be a number of 0 or more (got "lots")',
      'Settings: stages: stage table row 2, column 2: probability must be between 0 and 1 or 0% and 100% (got "150%")',
      'Settings: columns.amount uses the column "Deal" already read for name',
    ];
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => {
        throw new Error(answers.shift());
      },
    });
    await page.getByTestId('quota').fill('lots');
    await page.getByLabel('API key').fill(NEW_KEY);
    await page.getByTestId('save').click();

    await expect
      .poll(() => page.getByTestId('quota-error').textContent())
      .toBe('Must be a number of 0 or more (got "lots")');
    expect(await page.getByTestId('quota').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('quota').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await page.getByRole('alert').textContent()).toBe('Check the field marked in red.');
    expect(await page.getByTestId('quota').inputValue()).toBe('lots');
    expect(await page.getByLabel('API key').inputValue()).toBe(NEW_KEY);

    await page.getByTestId('quota').fill('600000');
    await stageRow(page, 1).locator('.stage-probability').fill('150');
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByTestId('stages-error').textContent())
      .toBe('Row 2: probability must be between 0 and 1 or 0% and 100% (got "150%")');
    expect(await page.getByTestId('quota-error').textContent()).toBe('');
    expect(await stageRow(page, 1).getAttribute('class')).toBe('invalid');

    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByTestId('columns.amount-error').textContent())
      .toBe('Uses the column "Deal" already read for name');
    // The column list opens to show the field in error.
    expect(await page.getByTestId('columns').getAttribute('open')).toBe('');
    await page.close();
  });

  it('shows a message that names no field above the save button', async () => {
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => {
        throw new Error('Exception: Lock timeout: another user is saving');
      },
    });
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Lock timeout: another user is saving');
    expect(await page.getByTestId('save').isDisabled()).toBe(false);
    await page.close();
  });

  it('is in Chinese for a Chinese user', async () => {
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView({ language: 'zh', apiKey: { saved: false, masked: '' } }),
    });
    await page.getByTestId('quota').waitFor();
    expect(await page.locator('h1').textContent()).toBe('设置');
    expect(await page.getByText('未保存密钥').count()).toBe(1);
    expect(await page.getByTestId('removeApiKey').count()).toBe(0);
    await page.close();
  });

  it('shows the weekly snapshot schedule with the last save and the next run', async () => {
    const { page, errors } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
    });
    await page.getByTestId('snapshotDay').waitFor();
    expect(await page.getByTestId('snapshotDay').inputValue()).toBe('MONDAY');
    expect(await page.getByTestId('snapshotHour').inputValue()).toBe('7');
    expect(await page.getByText('(Europe/Berlin)').count()).toBe(1);
    expect(await page.getByTestId('last-save').textContent()).toBe(
      'Last save: 2026-11-23 07:12, snapshot of 2026-11-23, 48 deals',
    );
    // Wednesday 2026-11-25 10:00 in Berlin: the next Monday is 2026-11-30.
    expect(await page.getByTestId('next-run').textContent()).toBe(
      'Next run: Monday 2026-11-30, 07:00–08:00',
    );
    expect(await page.getByTestId('last-error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the last error with the service’s causes, and when the save is off', async () => {
    const view = settingsView({
      snapshots: {
        timeZone: 'Europe/Berlin',
        now: '2026-11-30 09',
        saved: { at: '2026-11-23 07:12', asOf: '2026-11-23', deals: 48 },
        error: {
          at: '2026-11-30 07:05',
          status: 422,
          title: 'Invalid data',
          detail:
            'Deals have stages the stage table does not know: "Verbal yes" (1). Nothing was stored.',
          errors: [
            { row: 3, field: 'stage', value: 'Verbal yes', message: 'unknown stage on 1 deal(s)' },
          ],
        },
      },
    });
    const { page } = await openSidebar(browser, 'settings', { getSettings: () => view });
    const error = page.getByTestId('last-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.locator('div').first().textContent()).toBe(
      'Last save failed (2026-11-30 07:05): the analytics service could not read some rows or stages; fix them in the sheet and save again',
    );
    expect(await error.locator('.muted').textContent()).toBe(
      'HTTP 422 · Invalid data · Deals have stages the stage table does not know: "Verbal yes" (1). Nothing was stored.',
    );
    expect(await error.locator('li').allTextContents()).toEqual([
      'row 3 · stage · "Verbal yes" · unknown stage on 1 deal(s)',
    ]);
    // The good save of the week before stays on show.
    expect(await page.getByTestId('last-save').textContent()).toContain('snapshot of 2026-11-23');
    expect(await page.getByTestId('next-run').textContent()).toBe(
      'Next run: none, the weekly save is off',
    );
    await page.close();

    const zh = await openSidebar(browser, 'settings', {
      getSettings: () => ({ ...view, language: 'zh' }),
    });
    const zhError = zh.page.getByTestId('last-error');
    await zhError.waitFor();
    expect(await zhError.locator('div').first().textContent()).toBe(
      '上次保存失败（2026-11-30 07:05）：分析服务无法读取部分行或阶段；请在表格中修正后再保存',
    );
    expect(await zhError.locator('li').allTextContents()).toEqual([
      '第 3 行 · stage · "Verbal yes" · unknown stage on 1 deal(s)',
    ]);
    expect(await zh.page.getByTestId('next-run').textContent()).toBe(
      '下次运行：无，每周保存已关闭',
    );
    expect(await zh.page.getByTestId('last-save').textContent()).toBe(
      '上次保存：2026-11-23 07:12，2026-11-23 的快照，48 笔交易',
    );
    await zh.page.close();
  });

  it('schedules, saves a snapshot now, and shows a refused schedule next to its field', async () => {
    let status = settingsView().snapshots;
    const { page, calls } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView({ language: 'zh', snapshots: status }),
      saveSettings: (input: SettingsInput) => {
        if (input.snapshotDay === 'SUNDAY') {
          throw new Error('Settings: snapshotDay needs the service URL and your key');
        }
        status = { ...status, day: 'FRIDAY', hour: 18 };
        return settingsView({ language: 'zh', snapshots: status });
      },
      saveSnapshotNow: () => {
        status = { ...status, saved: { at: '2026-11-25 10:02', asOf: '2026-11-25', deals: 49 } };
      },
    });
    await page.getByTestId('snapshotDay').selectOption('SUNDAY');
    await page.getByTestId('save').click();
    await page.getByTestId('snapshotDay-error').filter({ hasText: 'Needs' }).waitFor();

    await page.getByTestId('snapshotDay').selectOption('FRIDAY');
    await page.getByTestId('snapshotHour').selectOption('18');
    await page.getByTestId('save').click();
    // Wednesday 2026-11-25 10:00: the coming Friday.
    await expect
      .poll(() => page.getByTestId('next-run').textContent())
      .toBe('下次运行：2026-11-27（星期五）18:00–19:00');
    const saves = calls.filter((c) => c.name === 'saveSettings');
    expect((saves[1].args[0] as SettingsInput).snapshotHour).toBe(18);

    await page.getByTestId('save-snapshot').click();
    await expect
      .poll(() => page.getByTestId('last-save').textContent())
      .toBe('上次保存：2026-11-25 10:02，2026-11-25 的快照，49 笔交易');
    expect(await page.getByTestId('status').textContent()).toBe('✓ 快照已保存');
    expect(calls.slice(-2).map((c) => c.name)).toEqual(['saveSnapshotNow', 'getSettings']);
    await page.close();
  });

  it('fits a 300 px sidebar without sideways scrolling (screenshot)', async () => {
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => {
        throw new Error('Settings: quota must be a number of 0 or more (got "lots")');
      },
    });
    await page.getByTestId('quota').fill('lots');
    await page.getByTestId('save').click();
    await page.getByTestId('quota-error').filter({ hasText: 'Must' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await screenshot(page, artifactPath('settings'));
    await page.close();
  });
});
