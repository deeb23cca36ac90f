import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('FORECAST_CATEGORY', () => {
  it('takes the base category from the stage when no total is given', () => {
    // playbook §3 base: Negotiation Commit, Proposal Best Case, Evaluation Pipeline, Discovery Upside
    const stages = [
      ['Negotiation'],
      ['Proposal'],
      ['Evaluation'],
      ['Discovery'],
      ['Won'],
      ['Lost'],
    ];
    expect(call('FORECAST_CATEGORY', stages)).toEqual([
      ['Commit'],
      ['Best Case'],
      ['Pipeline'],
      ['Upside'],
      ['Closed'],
      ['Omitted'],
    ]);
  });

  it('caps a Negotiation deal at Best Case when MEDDPICC is 17', () => {
    // playbook §3: cap for 15-19 is Best Case, weaker of Commit and Best Case
    expect(call('FORECAST_CATEGORY', 'Negotiation', 17)).toBe('Best Case');
    expect(call('FORECAST_CATEGORY', '谈判阶段', 22, 'zh')).toBe('肯定会成交');
  });

  it('pairs a stage column with a total column row by row', () => {
    expect(
      call('FORECAST_CATEGORY', [['Negotiation'], [''], ['Proposal']], [[9], [''], ['']]),
    ).toEqual([
      ['Upside'], // playbook §3: 8-9 caps at Upside
      [''],
      ['Best Case'],
    ]);
  });

  it('names the argument, row and value of a bad total', () => {
    expect(() => call('FORECAST_CATEGORY', [['Proposal'], ['Proposal']], [[12], [30]])).toThrow(
      'FORECAST_CATEGORY: meddpicc_total in row 2 must be a whole number from 8 to 24 (got 30)',
    );
  });
});

describe('FORECAST_ACCURACY', () => {
  it('divides actual closed won by the forecast', () => {
    // hand calculation: 95,000 / 100,000 = 0.95, inside the §3 target 0.9..1.1
    expect(call('FORECAST_ACCURACY', 95000, 100000)).toBe(0.95);
  });

  it('is blank when nothing was forecast, and spills per period', () => {
    // hand calculation: forecast 0 has no ratio (blank); 10 / 20 = 0.5
    expect(call('FORECAST_ACCURACY', [[50], [10]], [[0], [20]])).toEqual([[''], [0.5]]);
  });
});
