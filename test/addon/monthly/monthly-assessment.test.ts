import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { answerDetail } from '../../../addon/src/sidebar/client/answer-detail';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { type Addon, type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, reviewPipeline } from '../harness/review-pipeline';

// The built bundle reads the pipeline tab (and asks the analytics Worker);
// the monthly sidebar's own code (imported here from its source: plain
// TypeScript with no page in it) works the answers, funnel and loss reasons
// out of what the server sent, as the sidebar does.

/** What the sidebar shows for a month: the server's data run through the sidebar's computation. */
function assess(addon: Addon, ...args: unknown[]) {
  return monthlyView(addon.call<MonthlyData>('getMonthlyAssessment', ...args));
}

const KEY = `sp_0123456789abcdef_${'cd'.repeat(30)}7a7a`;
const URL_BASE = 'https://playbook.example.workers.dev';

function open(
  options: { worker?: boolean; key?: boolean; fetch?: (c: FetchCall) => FetchReply } = {},
) {
  const addon = loadAddon({
    sheets: { Pipeline: reviewPipeline() },
    now: REVIEW_NOW,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.worker) {
    addon.documentProperties.store.set(
      'salesPlaybook.settings',
      JSON.stringify({ workerUrl: URL_BASE }),
    );
  }
  if (options.key) {
    addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL_BASE);
  }
  return addon;
}

/** What the Worker answers for 2026-11 (shapes of worker/src/routes/reports.ts and trends.ts). */
function workerReply(call: FetchCall): FetchReply {
  if (call.url.includes('/v1/reports/monthly')) {
    return {
      status: 200,
      body: {
        month: '2026-11',
        snapshotAsOf: '2026-12-01',
        answers: [
          {
            question: 1,
            answer: 'up',
            figures: {
              recent: { from: '2026-09', to: '2026-11', winRate: 0.3 },
              previous: { from: '2026-06', to: '2026-08', winRate: 0.2 },
              change: 0.1,
            },
          },
          { question: 2, answer: 'Proposal', figures: { lost: 12, unknownStage: 2, byStage: [] } },
          { question: 3, answer: 0.25, figures: { scored: 20, confirmed: 5 } },
          { question: 4, answer: 'flat', figures: {} },
          {
            question: 5,
            answer: 'timing',
            figures: { price: 1, timing: 4, authority: 0, statusQuo: 0, other: 2, noReason: 1 },
          },
          {
            question: 6,
            answer: 'Events',
            figures: {
              minClosed: 3,
              sources: [{ source: 'Events', won: 4, lost: 2, winRate: 0.67 }],
            },
          },
          {
            question: 7,
            answer: 0.81,
            figures: { accounts: 10, topAccounts: 2, wonValue: 100000, topValue: 81000 },
          },
          {
            question: 8,
            answer: 'Bring finance in earlier',
            figures: {
              row: 9,
              name: 'Omega',
              closeDate: '2026-11-28',
              lossReason: 'Budget',
              lesson: 'Bring finance in earlier',
            },
          },
        ],
      },
    };
  }
  if (call.url.includes('/v1/trends')) {
    return {
      status: 200,
      body: {
        from: '2025-12',
        to: '2026-11',
        months: [
          {
            month: '2026-10',
            won: 3,
            lost: 7,
            winRate: 0.3,
            wonAmount: 90000,
            averageDealSize: 30000,
            cycleDays: 40,
          },
          {
            month: '2026-11',
            won: 2,
            lost: 2,
            winRate: 0.5,
            wonAmount: 50000,
            averageDealSize: 25000,
            cycleDays: 38,
          },
        ],
      },
    };
  }
  return { status: 404, body: { title: 'Not found' } };
}

describe('getMonthlyAssessment from the sheet alone', () => {
  const addon = open();
  const data = addon.call<MonthlyData>('getMonthlyAssessment', '2026-11');
  const view = monthlyView(data);
  const answer = (q: number) => view.answers[q - 1];

  it('sends what it read as plain JSON: the deals with day numbers, the stages, today', () => {
    // review-pipeline.ts has seven deals, D1-D7, and no analytics service is set up
    expect(data.deals.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']);
    expect(data.worker).toBeNull();
    // REVIEW_NOW is 2026-11-23 in the sheet's zone (UTC)
    expect(data.today).toBe('2026-11-23');
    // D5 closed 2026-11-21, a day number: 2026-01-01 is day 20,454 since 1970-01-01
    // (iso-day.ts) and 2026-11-21 is 304 + 20 = 324 days later → 20,778
    expect(data.deals[4].closeDate).toBe(20_778);
    expect(data.stages.map((s) => s.name)).toContain('Closed Won');
    // google.script.run carries no Date: the data survives a JSON round trip unchanged
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('says the sheet was used and calls no service', () => {
    expect(view).toMatchObject({
      month: '2026-11',
      source: 'sheet',
      sourceLabel: 'Using this sheet only',
      fallbackReason: null,
      snapshotAsOf: null,
    });
    expect(addon.fetches).toEqual([]);
  });

  it('answers the eight questions from the deals (playbook §9)', () => {
    expect(view.answers.map((a) => a.question)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // hand calculation: Sep-Nov 1 won 2 lost (1/3) against Jun-Aug 1 won 0 lost (1)
    expect(answer(1)).toMatchObject({ answer: 'down', answerText: 'Down' });
    // the sentence the sidebar words from the figures
    expect(answerDetail(answer(1), 'en')).toBe(
      'Win rate 33% in 2026-09 – 2026-11 against 100% in 2026-06 – 2026-08',
    );
    // one loss each at Evaluation (D7) and Proposal (D5): the earlier stage wins the tie
    expect(answer(2)).toMatchObject({ answer: 'Evaluation', answerText: 'Evaluation' });
    // no MEDDPICC columns in the sheet
    expect(answer(3)).toMatchObject({ answer: null, answerText: 'Not enough data' });
    // average won deal 40,000 (D4) against 10,000 (D6)
    expect(answer(4)).toMatchObject({ answer: 'up', answerText: 'Up' });
    // one price and one timing loss: price comes first in the playbook's order
    expect(answer(5)).toMatchObject({ answer: 'price', answerText: 'Price' });
    // Referral: D4, D6 won, D7 lost; Outbound has one closed deal only
    expect(answer(6)).toMatchObject({ answer: 'Referral' });
    expect(answerDetail(answer(6), 'en')).toBe(
      'Referral: 2 won, 1 lost (sources with at least 3 closed deals)',
    );
    // won value: Delta Co 40,000, Zeta Co 10,000; the top 20% (1 account) hold 80%
    expect(answer(7)).toMatchObject({ answer: 0.8, answerText: '80%' });
    // the last loss is D5 (2026-11-21), which has a lesson
    expect(answer(8)).toMatchObject({ answer: 'Anchor value before price' });
    expect(answer(8).figures).toMatchObject({ closeDate: '2026-11-21', from: 'lesson' });
  });

  it('gives the months, funnel and loss reasons for the charts', () => {
    // review-pipeline.ts by close month: August D6 won; September D7 lost;
    // November D4 won and D5 lost → 1 / (1 + 1) = 0.5
    expect(view.months.map((m) => [m.month, m.won, m.lost, m.winRate])).toEqual([
      ['2026-08', 1, 0, 1],
      ['2026-09', 0, 1, 0],
      ['2026-11', 1, 1, 0.5],
    ]);
    // playbook §4 snapshot rule: all 7 deals reached Prospecting; all but D3 (still there) went on
    expect(view.funnel.stages[0]).toEqual({
      stage: 'Prospecting',
      reached: 7,
      advanced: 6,
      conversion: 6 / 7,
    });
    // D5 lost 30,000 over price, D7 lost 20,000 over timing
    expect(view.lossReasons).toEqual([
      { reason: 'Price too high', count: 1, amount: 30000 },
      { reason: 'Bad timing', count: 1, amount: 20000 },
    ]);
  });

  it('assesses the current month when no month is given', () => {
    expect(assess(open()).month).toBe('2026-11');
  });

  it('rejects a month that is not YYYY-MM, naming the function and the value', () => {
    expect(() => open().call('getMonthlyAssessment', '2026-13')).toThrow(
      'getMonthlyAssessment: month must be YYYY-MM, e.g. 2026-03 (got "2026-13")',
    );
  });
});

describe('getMonthlyAssessment with the analytics Worker', () => {
  it('uses the Worker answers and trend, sending the key as a bearer token', () => {
    const addon = open({ worker: true, key: true, fetch: workerReply });
    const view = assess(addon, '2026-11');
    expect(view).toMatchObject({
      source: 'worker',
      sourceLabel: 'Using the analytics service',
      fallbackReason: null,
      snapshotAsOf: '2026-12-01',
    });
    expect(view.answers.map((a) => a.answerText)).toEqual([
      'Up',
      'Proposal',
      '25%',
      'Flat',
      'Timing',
      'Events',
      '81%',
      'Bring finance in earlier',
    ]);
    expect(answerDetail(view.answers[2], 'en')).toBe(
      'Economic buyer confirmed on 5 of 20 scored deals',
    );
    expect(view.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(addon.fetches.map((f) => f.url)).toEqual([
      `${URL_BASE}/v1/reports/monthly?month=2026-11`,
      `${URL_BASE}/v1/trends?from=2025-12&to=2026-11`,
    ]);
    for (const f of addon.fetches) {
      expect(f.params.headers?.Authorization).toBe(`Bearer ${KEY}`);
      expect(f.params.muteHttpExceptions).toBe(true);
    }
    // the funnel still comes from the sheet: its 7 deals all reached Prospecting
    expect(view.funnel.stages[0].reached).toBe(7);
  });

  it('falls back to the sheet and says why when the Worker answers with an error', () => {
    const addon = open({
      worker: true,
      key: true,
      fetch: () => ({ status: 401, body: { title: 'Unauthorized', detail: 'Unknown API key.' } }),
    });
    const view = assess(addon, '2026-11');
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toBe(
      'The analytics service could not be used: /v1/reports/monthly answered HTTP 401 (Unauthorized: Unknown API key.)',
    );
    expect(view.answers[5].answer).toBe('Referral');
  });

  it('falls back to the sheet when the Worker cannot be reached', () => {
    const addon = open({
      worker: true,
      key: true,
      fetch: () => {
        throw new Error('DNS error: playbook.example.workers.dev');
      },
    });
    const view = assess(addon, '2026-11');
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toContain('DNS error');
  });

  it('falls back when the Worker sends something other than eight answers', () => {
    const addon = open({
      worker: true,
      key: true,
      fetch: () => ({ status: 200, body: { answers: [] } }),
    });
    const view = assess(addon, '2026-11');
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toContain('did not send the eight answers');
  });

  it('never sends the key to an address other than the one it was saved for', () => {
    // an editor of the spreadsheet points the document at another service
    const addon = open({ worker: true, key: true, fetch: workerReply });
    addon.documentProperties.store.set(
      'salesPlaybook.settings',
      JSON.stringify({ workerUrl: 'https://collector.attacker.workers.dev' }),
    );
    const view = assess(addon, '2026-11');
    expect(addon.fetches).toEqual([]);
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toBe(
      'Your API key was saved for another analytics service URL; enter it again in Settings to use https://collector.attacker.workers.dev',
    );
  });

  it('does not send a key saved without its address', () => {
    const addon = open({ worker: true, key: true, fetch: workerReply });
    addon.userProperties.store.delete('salesPlaybook.apiKeyUrl');
    const view = assess(addon, '2026-11');
    expect(addon.fetches).toEqual([]);
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toMatch(
      /^Your API key was saved for another analytics service URL/,
    );
  });

  it('passes the Worker’s bodies on as they came; the sidebar checks them', () => {
    const addon = open({ worker: true, key: true, fetch: workerReply });
    const data = addon.call<MonthlyData>('getMonthlyAssessment', '2026-11');
    expect(data.fallback).toBeNull();
    // the trend body as workerReply sends it, cycleDays included
    expect(data.worker?.trends).toMatchObject({ from: '2025-12', months: [{ cycleDays: 40 }, {}] });
    // an answer out of order is refused in the sidebar, which falls back to the sheet
    const report = data.worker?.report as { answers: unknown[] };
    [report.answers[0], report.answers[1]] = [report.answers[1], report.answers[0]];
    const view = monthlyView(data);
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toBe(
      'The analytics service could not be used: /v1/reports/monthly sent an unreadable answer 1',
    );
  });

  it('says why in Chinese for a Chinese user', () => {
    const addon = open({ worker: true, key: true, fetch: workerReply });
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    addon.userProperties.store.delete('salesPlaybook.apiKey');
    expect(assess(addon, '2026-11').fallbackReason).toBe('已设置分析服务网址，但未保存 API 密钥');
  });

  it('does not call the Worker without a saved key', () => {
    const addon = open({ worker: true });
    const view = assess(addon, '2026-11');
    expect(view.source).toBe('sheet');
    expect(view.fallbackReason).toBe('An analytics service URL is set but no API key is saved');
    expect(addon.fetches).toEqual([]);
  });
});
