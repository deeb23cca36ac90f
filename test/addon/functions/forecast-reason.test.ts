import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('FORECAST_REASON', () => {
  it('explains a cap: Negotiation with MEDDPICC 17 is Best Case (playbook §3)', () => {
    // §3: Negotiation → Commit; 15-19 caps at Best Case; the weaker of the two
    expect(call('FORECAST_REASON', 'Negotiation', 17)).toBe(
      'Negotiation → Commit; MEDDPICC 17 (Gaps) caps at Best Case → Best Case',
    );
    expect(call('FORECAST_REASON', '谈判阶段', 17, 'zh')).toBe(
      '谈判阶段 → 肯定会成交；MEDDPICC 17（有缺口）：上限为最佳情况 → 最佳情况',
    );
  });

  it('says when the cap changes nothing and when there is none', () => {
    // §3: Evaluation → Pipeline; a Best Case cap is not weaker
    expect(call('FORECAST_REASON', 'Evaluation', 15)).toBe(
      'Evaluation → Pipeline; MEDDPICC 15 (Gaps) caps at Best Case → Pipeline',
    );
    // §3: 20-24 sets no cap
    expect(call('FORECAST_REASON', 'Proposal', 20)).toBe(
      'Proposal → Best Case; MEDDPICC 20 (Strong): no cap → Best Case',
    );
    // without a total the stage alone decides
    expect(call('FORECAST_REASON', 'Proposal')).toBe('Proposal → Best Case');
    // §3: Closed Won deals are Closed, whatever the total
    expect(call('FORECAST_REASON', 'Won', 9)).toBe('Closed Won → Closed');
  });

  it('agrees with FORECAST_CATEGORY on every stage and band edge', () => {
    const stages = [['Prospecting'], ['Discovery'], ['Evaluation'], ['Proposal'], ['Negotiation']];
    for (const total of [8, 9, 10, 14, 15, 19, 20, 24]) {
      const totals = stages.map(() => [total]);
      const reasons = call<string[][]>('FORECAST_REASON', stages, totals);
      const categories = call<string[][]>('FORECAST_CATEGORY', stages, totals);
      reasons.forEach(([reason], i) => {
        expect(reason.endsWith(`→ ${categories[i][0]}`)).toBe(true);
      });
    }
  });

  it('names the argument and row of a bad total, in both languages', () => {
    expect(() => call('FORECAST_REASON', [['Proposal'], ['Proposal']], [[12], [25]])).toThrow(
      'FORECAST_REASON: meddpicc_total in row 2 must be a whole number from 8 to 24 (got 25)',
    );
    expect(() => call('FORECAST_REASON', [['Proposal'], ['Proposal']], [[12], [25]], 'zh')).toThrow(
      'FORECAST_REASON：meddpicc_total（第 2 行）应为 8-24 的整数（实际为 25）',
    );
  });
});
