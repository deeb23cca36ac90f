// The per-rep weekly review: the owner filter, the default to the signed-in
// user's deals through Settings' owner mapping, and a rep's coverage with the
// rep's quota. Every figure is worked out by hand from the pipeline below.
import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type { WeeklyReviewData } from '../../../addon/src/review/weekly-review-types';
import { loadAddon } from '../harness/load-addon';
import { REVIEW_NOW } from '../harness/review-pipeline';
import { REP_SETTINGS, repPipeline } from '../harness/rep-pipeline';

function open(userEmail = '', settings: Record<string, unknown> = REP_SETTINGS, language = 'en') {
  const addon = loadAddon({ sheets: { Pipeline: repPipeline() }, now: REVIEW_NOW, userEmail });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify(settings));
  addon.userProperties.store.set('salesPlaybook.language', language);
  return addon;
}

describe('getWeeklyReview, worked out as the sidebar does, per owner', () => {
  it('opens on the signed-in user’s deals when Settings maps the email', () => {
    // Ben's deals: B1, B2, B3
    const view = buildWeeklyReview(
      open('BEN@example.com').call<WeeklyReviewData>('getWeeklyReview'),
    );
    expect(view.rep).toEqual({
      owners: ['Ana', 'Ben'],
      owner: 'Ben',
      why: 'you',
      email: 'BEN@example.com',
      quota: 60000,
    });
    expect(view.dealCount).toBe(3);
    // open: B1 only, 50,000; weighted 50,000 × 0.75 (Negotiation, playbook §1)
    expect(view.total).toEqual({ count: 1, amount: 50000 });
    expect(view.weighted).toBeCloseTo(37500, 6);
    // B2 lost on 2026-11-21, inside the week; B3 won in October, before it
    expect(view.won.count).toBe(0);
    expect(view.lost).toMatchObject({ count: 1, amount: 30000 });
    expect(view.lost.reasons).toEqual([{ reason: 'Price too high', count: 1, amount: 30000 }]);
    // B1's close date 2026-11-10 has passed
    expect(view.slipped).toMatchObject({ count: 1, amount: 50000 });
    expect(view.newDeals.count).toBe(0);
    // Ben's quota 60,000 − B3 10,000 won in the quarter = 50,000; 50,000 / 50,000 = 1.0×, under 3×
    expect(view.coverage).toMatchObject({
      quota: 60000,
      wonInPeriod: 10000,
      remainingQuota: 50000,
      ratio: 1,
      health: 'under',
    });
    // win rate by deals: B3 won, B2 lost → 1 / 2
    expect(view.winRate).toMatchObject({ value: 0.5, won: 1, lost: 1 });
    expect(view.top.map((t) => t.id)).toEqual(['B1']);
  });

  it('shows one owner’s deals when asked, with that owner’s quota', () => {
    const view = buildWeeklyReview(
      open('ben@example.com').call<WeeklyReviewData>('getWeeklyReview', 'Ana'),
    );
    expect(view.rep).toMatchObject({ owner: 'Ana', why: 'chosen', quota: 200000 });
    expect(view.dealCount).toBe(3);
    // open: A1 100,000 + A3 20,000
    expect(view.total).toEqual({ count: 2, amount: 120000 });
    // 100,000 × 0.5 (Proposal) + 20,000 × 0.05 (Prospecting)
    expect(view.weighted).toBeCloseTo(51000, 6);
    expect(view.newDeals.deals.map((x) => x.id)).toEqual(['A3']);
    // A1 entered Proposal 2026-11-18; A3's first stage is no advance
    expect(view.advanced).toMatchObject({ count: 1, amount: 100000 });
    expect(view.won).toMatchObject({ count: 1, amount: 40000 });
    expect(view.lost.count).toBe(0);
    expect(view.slipped.count).toBe(0);
    // 200,000 − 40,000 (A2) = 160,000 remaining; 120,000 / 160,000 = 0.75×
    expect(view.coverage).toMatchObject({
      quota: 200000,
      wonInPeriod: 40000,
      remainingQuota: 160000,
    });
    expect(view.coverage.ratio).toBeCloseTo(0.75, 9);
    expect(view.winRate).toMatchObject({ value: 1, won: 1, lost: 0 });
  });

  it('reviews the whole team with the team quota when asked for an empty owner', () => {
    const view = buildWeeklyReview(
      open('ben@example.com').call<WeeklyReviewData>('getWeeklyReview', ''),
    );
    expect(view.rep).toMatchObject({ owner: '', why: 'team', quota: null });
    expect(view.dealCount).toBe(6);
    // open: A1 100,000 + A3 20,000 + B1 50,000
    expect(view.total).toEqual({ count: 3, amount: 170000 });
    // 300,000 − (A2 40,000 + B3 10,000) = 250,000; 170,000 / 250,000 = 0.68×
    expect(view.coverage).toMatchObject({
      quota: 300000,
      wonInPeriod: 50000,
      remainingQuota: 250000,
    });
    expect(view.coverage.ratio).toBeCloseTo(0.68, 9);
  });

  it('falls back to the whole team, saying why, without an email or a mapping row', () => {
    // a consumer account: Session.getActiveUser().getEmail() is ''
    const blank = buildWeeklyReview(open('').call<WeeklyReviewData>('getWeeklyReview'));
    expect(blank.rep).toMatchObject({ owner: '', why: 'noEmail', email: '' });
    expect(blank.dealCount).toBe(6);
    const unknown = buildWeeklyReview(
      open('zoe@example.com').call<WeeklyReviewData>('getWeeklyReview'),
    );
    expect(unknown.rep).toMatchObject({ owner: '', why: 'notMapped', email: 'zoe@example.com' });
    expect(unknown.coverage.quota).toBe(300000);
  });

  it('shows no coverage for an owner whose mapping row has no quota', () => {
    const view = buildWeeklyReview(open('').call<WeeklyReviewData>('getWeeklyReview', 'Cy'));
    // Cy owns no deal of the sheet: nothing to review, and no quota to cover
    expect(view.dealCount).toBe(0);
    expect(view.coverage).toMatchObject({ quota: null, ratio: null });
  });
});

describe('the weekly review’s forecast of the quarter, per owner', () => {
  // Deals closing in 2026-10-01..12-31 by forecast category (playbook §3: Negotiation Commit,
  // Proposal Best Case, won Closed, lost Omitted); A3 closes in January, so it is in no row.
  const rows = (owner: string, user = '') =>
    buildWeeklyReview(open(user).call<WeeklyReviewData>('getWeeklyReview', owner)).forecast.map(
      (r) => [r.label, r.amount, r.cumulative, r.ofQuota],
    );

  it('adds up the whole team against the team quota', () => {
    // Closed A2 40,000 + B3 10,000; Commit B1 50,000; Best Case A1 100,000; quota 300,000
    expect(rows('')).toEqual([
      ['Closed', 50000, 50000, 50000 / 300000],
      ['Commit', 50000, 100000, 100000 / 300000],
      ['Best Case', 100000, 200000, 200000 / 300000],
      ['Pipeline', 0, 200000, 200000 / 300000],
      ['Upside', 0, 200000, 200000 / 300000],
    ]);
  });

  it('adds up one owner’s deals against that owner’s quota, in English and Chinese', () => {
    // Ana: Closed A2 40,000, Best Case A1 100,000; quota 200,000
    expect(rows('Ana').map((r) => r.slice(1))).toEqual([
      [40000, 40000, 0.2],
      [0, 40000, 0.2],
      [100000, 140000, 0.7],
      [0, 140000, 0.7],
      [0, 140000, 0.7],
    ]);
    // Ben: Closed B3 10,000, Commit B1 50,000 (B2 lost: Omitted); quota 60,000
    const addon = open('');
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    const zh = buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview', 'Ben'));
    expect(zh.forecast.map((r) => [r.label, r.amount, r.cumulative, r.ofQuota])).toEqual([
      ['已成交', 10000, 10000, 10000 / 60000],
      ['肯定会成交', 50000, 60000, 1],
      ['最佳情况', 0, 60000, 1],
      ['待成交', 0, 60000, 1],
      ['可能性较低', 0, 60000, 1],
    ]);
  });

  it('is empty for an owner with no quota', () => {
    // Cy's row in the owner mapping has no quota
    expect(rows('Cy')).toEqual([]);
  });
});
