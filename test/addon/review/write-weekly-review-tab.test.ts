import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { weeklyReviewRows } from '../../../addon/src/review/weekly-review-rows';
import { type Addon, loadAddon } from '../harness/load-addon';
import { REVIEW_HEADER, REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

/** What the review sidebar does: lays out the review it shows and asks the server to write it. */
function writeTab(addon: Addon) {
  const view = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
  return addon.call<{ sheetName: string }>('writeWeeklyReviewTab', weeklyReviewRows(view));
}

function open() {
  return loadAddon({
    sheets: { Pipeline: reviewPipeline(), 'Review 2026-11-23': [['my notes']] },
    now: REVIEW_NOW,
  });
}

describe('writeWeeklyReviewTab', () => {
  it('writes a new dated tab and touches no existing tab', () => {
    const addon = open();
    const view = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview'));
    const before = JSON.stringify(addon.book.sheets.map((s) => [s.name, s.data]));
    const { sheetName } = addon.call<{ sheetName: string }>(
      'writeWeeklyReviewTab',
      weeklyReviewRows(view),
    );
    // the day's name is taken by the user's own tab, so the review gets the next free one
    expect(sheetName).toBe('Review 2026-11-23 2');
    expect(addon.book.sheets.map((s) => s.name)).toEqual([
      'Pipeline',
      'Review 2026-11-23',
      'Review 2026-11-23 2',
    ]);
    expect(JSON.stringify(addon.book.sheets.slice(0, 2).map((s) => [s.name, s.data]))).toBe(before);
    expect(addon.book.writes.every((w) => w.sheet === sheetName)).toBe(true);
  });

  it('puts the headline figures, the largest deals and loss reasons in the tab', () => {
    const addon = open();
    const { sheetName } = writeTab(addon);
    const rows = addon.book.getSheetByName(sheetName)!.data;
    const find = (first: string) => rows.find((r) => r[0] === first);
    expect(rows[0][0]).toBe('Weekly review: 2026-11-17 – 2026-11-23');
    // hand calculation on review-pipeline.ts: open D1 100,000 + D2 50,000 + D3 20,000 = 170,000
    expect(find('Open pipeline')?.slice(1, 3)).toEqual([3, 170000]);
    // 100,000 × 0.5 + 50,000 × 0.75 + 20,000 × 0.05 = 88,500 (playbook §1 probabilities)
    expect(find('Weighted pipeline')?.[2]).toBeCloseTo(88500, 6);
    // won this week: D4 40,000; lost this week: D5 30,000 over "Price too high"
    expect(find('Won')?.slice(1, 3)).toEqual([1, 40000]);
    expect(find('Price too high')?.slice(1, 3)).toEqual([1, 30000]);
    // D2 Beta: close date 2026-11-10 has passed, so red (playbook §5)
    const beta = find('Beta');
    expect(beta?.slice(0, 4)).toEqual(['Beta', 'Beta Co', 'Negotiation', 50000]);
    expect(beta?.[7]).toBe('Red');
  });

  it('writes a second review the same day under a new name', () => {
    const addon = open();
    const first = writeTab(addon).sheetName;
    const second = writeTab(addon).sheetName;
    expect([first, second]).toEqual(['Review 2026-11-23 2', 'Review 2026-11-23 3']);
  });

  it('names the tab and its rows in Chinese for a Chinese user', () => {
    const addon = open();
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    const { sheetName } = writeTab(addon);
    expect(sheetName).toBe('回顾 2026-11-23');
    const rows = addon.book.getSheetByName(sheetName)!.data;
    expect(String(rows[0][0])).toContain('2026-11-17 – 2026-11-23');
    expect(rows.some((r) => r[0] === 'Open pipeline')).toBe(false);
  });

  it("writes the team's text as text: no formulas, no lost leading zeros", () => {
    const pipeline = reviewPipeline();
    const at = (name: string) => REVIEW_HEADER.indexOf(name);
    pipeline[1][at('Deal ID')] = '00123';
    pipeline[1][at('Deal')] = '';
    pipeline[2][at('Deal')] = '+ follow up';
    pipeline[2][at('Next step')] = '=> send contract';
    const addon = loadAddon({ sheets: { Pipeline: pipeline }, now: REVIEW_NOW });
    const { sheetName } = writeTab(addon);
    const sheet = addon.book.getSheetByName(sheetName)!;
    expect(sheet.formulas.size).toBe(0);
    const beta = sheet.data.find((r) => r[1] === 'Beta Co');
    expect(beta?.[0]).toBe('+ follow up');
    expect(beta).toContain('=> send contract');
    expect(sheet.data.find((r) => r[1] === 'Acme')?.[0]).toBe('00123');
    expect(sheet.data.flat()).not.toContain('#ERROR!');
  });

  it('refuses a tab that is not rows of cells, and writes nothing', () => {
    const addon = open();
    const before = addon.book.sheets.length;
    const bad = [
      undefined,
      { rows: 'Weekly review', titles: [], formats: [] },
      { rows: ['Weekly review'], titles: [], formats: [] },
    ];
    for (const tab of bad) {
      expect(() => addon.call('writeWeeklyReviewTab', tab)).toThrow(
        'writeWeeklyReviewTab: no rows',
      );
    }
    expect(addon.book.sheets.length).toBe(before);
  });
});
