// Per-rep views in the sidebars: the owner mapping in Settings, and the owner
// filter of the weekly review and the monthly self-assessment, in English and
// Chinese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import type { SettingsInput } from '../../../addon/src/settings/settings-types';
import { launchBrowser, openSidebar } from '../harness/open-sidebar';
import { monthlyData } from '../harness/monthly-view';
import { settingsView } from '../harness/settings-view';
import { weeklyReviewData } from '../harness/weekly-review-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const options = (page: Page) => page.getByTestId('owner').locator('option').allTextContents();
const repRow = (page: Page, i: number) => page.getByTestId('rep-row').nth(i);

/** What the server sends for Ana Li's review: the team's deals, Ana's rep choice and her 250,000 quota. */
const anaData = (language: 'en' | 'zh' = 'en'): WeeklyReviewData => ({
  ...weeklyReviewData(),
  language,
  rep: {
    owners: ['Ana Li', 'Ben Park'],
    owner: 'Ana Li',
    why: 'you',
    email: 'ana@example.com',
    quota: 250000,
  },
});

/** The server calls other than the forecast section's read of the stored call. */
const reviewCalls = <T extends { name: string }>(calls: T[]) =>
  calls.filter((c) => c.name !== 'getForecastCall');

describe('owner mapping in the settings sidebar', () => {
  it('shows the rows, adds one and sends every row as typed', async () => {
    const { page, calls } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => settingsView(),
    });
    await page.getByTestId('reps').waitFor();
    expect(await page.getByTestId('rep-row').count()).toBe(2);
    expect(await repRow(page, 0).locator('.rep-name').inputValue()).toBe('Ana Li');
    expect(await repRow(page, 0).locator('.rep-email').inputValue()).toBe('ana@example.com');
    expect(await repRow(page, 0).locator('.rep-quota').inputValue()).toBe('250000');
    expect(await repRow(page, 1).locator('.rep-quota').inputValue()).toBe('');
    await page.getByTestId('add-rep').click();
    await repRow(page, 2).locator('.rep-name').fill('Cy Wu');
    await repRow(page, 2).locator('.rep-email').fill('cy@example.com');
    await repRow(page, 2).locator('.rep-quota').fill('120,000');
    await page.getByTestId('save').click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveSettings').length).toBe(1);
    const input = calls.find((c) => c.name === 'saveSettings')?.args[0] as SettingsInput;
    expect(input.reps).toEqual([
      { name: 'Ana Li', email: 'ana@example.com', quota: '250000' },
      { name: 'Ben Park', email: 'ben@example.com', quota: '' },
      { name: 'Cy Wu', email: 'cy@example.com', quota: '120,000' },
    ]);
    await page.close();
  });

  it('sends no rows when they were left alone', async () => {
    const { page, calls } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => settingsView(),
    });
    await page.getByTestId('save').click();
    await expect.poll(() => calls.filter((c) => c.name === 'saveSettings').length).toBe(1);
    expect(calls.find((c) => c.name === 'saveSettings')?.args[0]).not.toHaveProperty('reps');
    await page.close();
  });

  it('marks the row the server refused and keeps what was typed', async () => {
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView(),
      saveSettings: () => {
        throw new Error('Settings: reps row 2 quota must be a number of 0 or more (got -5)');
      },
    });
    await repRow(page, 1).locator('.rep-quota').fill('-5');
    await page.getByTestId('save').click();
    await expect
      .poll(() => page.getByTestId('reps-error').textContent())
      .toBe('Row 2 quota must be a number of 0 or more (got -5)');
    expect(await repRow(page, 1).getAttribute('class')).toBe('invalid');
    expect(await repRow(page, 0).getAttribute('class')).toBeNull();
    expect(await repRow(page, 1).locator('.rep-quota').inputValue()).toBe('-5');
    expect(await repRow(page, 1).locator('.rep-name').inputValue()).toBe('Ben Park');
    await page.close();
  });

  it('is in Chinese for a Chinese user', async () => {
    const { page } = await openSidebar(browser, 'settings', {
      getSettings: () => settingsView({ language: 'zh' }),
    });
    await page.getByTestId('reps').waitFor();
    expect(await page.getByRole('heading', { name: '负责人及其配额' }).count()).toBe(1);
    expect(await page.getByTestId('add-rep').textContent()).toBe('添加负责人');
    expect(await page.getByTestId('reps').locator('th').allTextContents()).toEqual([
      '负责人（与表格一致）',
      'Google 账号邮箱',
      '配额',
      '',
    ]);
    await page.close();
  });
});

describe('owner filter of the weekly review', () => {
  it('opens on the user’s deals and asks the server again for the whole team', async () => {
    const { page, calls, errors } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: (owner?: string) =>
        owner === ''
          ? { ...weeklyReviewData(), rep: { ...anaData().rep, owner: '', why: 'team' } }
          : anaData(),
    });
    await page.getByTestId('owner').waitFor();
    expect(calls[0]).toMatchObject({ name: 'getWeeklyReview', args: [] });
    expect(await options(page)).toEqual(['Whole team', 'Ana Li', 'Ben Park']);
    expect(await page.getByTestId('owner').inputValue()).toBe('Ana Li');
    expect(await page.getByTestId('owner-note').textContent()).toBe(
      'Your deals (Ana Li), as Settings maps ana@example.com',
    );
    await page.getByTestId('owner').selectOption('');
    await expect
      .poll(() => page.getByTestId('owner-note').textContent())
      .toBe('Every deal of the team');
    expect(reviewCalls(calls).at(-1)).toMatchObject({ name: 'getWeeklyReview', args: [''] });
    expect(await page.getByTestId('owner').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why it shows the whole team, in both languages', async () => {
    for (const [language, note] of [
      [
        'en',
        'Whole team: Google does not give this account’s email to the add-on (common for personal accounts), so it cannot pick your deals; choose an owner',
      ],
      [
        'zh',
        '整个团队：Google 未向插件提供此账号的邮箱（个人账号常见），无法找出您的交易；请选择负责人',
      ],
    ] as const) {
      const { page } = await openSidebar(browser, 'weekly-review', {
        getWeeklyReview: () => ({ ...weeklyReviewData(), language }),
      });
      await page.getByTestId('owner').waitFor();
      expect(await page.getByTestId('owner').inputValue()).toBe('');
      expect(await page.getByTestId('owner-note').textContent()).toBe(note);
      expect((await options(page))[0]).toBe(language === 'en' ? 'Whole team' : '整个团队');
      await page.close();
    }
  });

  it('asks for the picked owner', async () => {
    const { page, calls } = await openSidebar(browser, 'weekly-review', {
      getWeeklyReview: (owner?: string) =>
        owner === 'Ben Park'
          ? { ...anaData('zh'), rep: { ...anaData().rep, owner: 'Ben Park', why: 'chosen' } }
          : anaData('zh'),
    });
    await page.getByTestId('owner').waitFor();
    expect(await page.getByTestId('owner-note').textContent()).toBe(
      '您的交易（Ana Li），依据设置中 ana@example.com 的对应关系',
    );
    await page.getByTestId('owner').selectOption('Ben Park');
    await expect.poll(() => page.getByTestId('owner-note').textContent()).toBe('Ben Park 的交易');
    expect(reviewCalls(calls).at(-1)).toMatchObject({
      name: 'getWeeklyReview',
      args: ['Ben Park'],
    });
    await page.close();
  });
});

describe('owner filter of the monthly self-assessment', () => {
  /** October's deals with owners: Wonka (won) and the 46 open ones Ana's, Zed (lost) Ben's. */
  const data = (language: 'en' | 'zh') => {
    const base = monthlyData({ language });
    return {
      ...base,
      deals: base.deals.map((d) => ({ ...d, owner: d.id === 'D2' ? 'Ben Park' : 'Ana Li' })),
      rep: {
        owners: ['Ana Li', 'Ben Park'],
        owner: 'Ana Li',
        why: 'you' as const,
        email: 'ana@example.com',
        quota: null,
      },
    };
  };

  it('answers about the user’s deals, then another owner’s or the team’s when picked', async () => {
    const { page, errors } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => data('en'),
      writeMonthlyReportTab: () => ({ sheetName: 'Self-assessment 2026-10' }),
    });
    await page.getByTestId('month').fill('2026-10');
    await page.getByTestId('run').click();
    await page.getByTestId('owner').waitFor();
    expect(await options(page)).toEqual(['Whole team', 'Ana Li', 'Ben Park']);
    expect(await page.getByTestId('owner').inputValue()).toBe('Ana Li');
    expect(await page.getByTestId('owner-note').textContent()).toBe(
      'Your deals (Ana Li), as Settings maps ana@example.com · Answers about Ana Li’s deals, worked out from the sheet (the analytics service answers for the whole team)',
    );
    // 47 of the 48 deals are Ana's; the service's team answers are not used
    await expect
      .poll(() => page.getByTestId('step').first().textContent())
      .toBe('✓ Analysed 47 deals · Using this sheet only');
    expect(await page.getByTestId('source').getAttribute('data-source')).toBe('sheet');
    // Question 8, "my last loss": Zed (lost over price) is Ben's
    await page.getByTestId('owner').selectOption('Ben Park');
    await expect
      .poll(() => page.locator('[data-question="8"] .answer-text').textContent())
      .toBe('Price');
    expect(await page.getByTestId('owner-note').textContent()).toContain('Deals of Ben Park');
    // The whole team: the analytics service's answers again
    await page.getByTestId('owner').selectOption('');
    await expect.poll(() => page.getByTestId('source').getAttribute('data-source')).toBe('worker');
    expect(await page.locator('[data-question="8"] .answer-text').textContent()).toBe(
      'Bring the economic buyer in before the proposal',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is in Chinese for a Chinese user', async () => {
    const { page } = await openSidebar(browser, 'monthly', {
      getMonthlyAssessment: () => data('zh'),
      writeMonthlyReportTab: () => ({ sheetName: '自我评估 2026-10' }),
    });
    await page.getByTestId('run').click();
    await page.getByTestId('owner').waitFor();
    expect(await options(page)).toEqual(['整个团队', 'Ana Li', 'Ben Park']);
    expect(await page.locator('label[for="owner"]').textContent()).toBe('负责人');
    await page.close();
  });
});
