import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('ACCOUNT_TIER', () => {
  it('applies the playbook §6 tier table', () => {
    // §6: tier 1 full fit + visible pain; tier 2 full fit, no pain; tier 3 partial; inbound → new
    expect(
      call(
        'ACCOUNT_TIER',
        [['full'], ['Full fit'], ['partial'], ['none'], ['完全符合'], ['']],
        [[true], ['no'], [true], [true], ['否'], ['']],
      ),
    ).toEqual([['Tier 1'], ['Tier 2'], ['Tier 3'], ['None'], ['Tier 2'], ['']]);
    expect(call('ACCOUNT_TIER', 'partial', false, true)).toBe('New inbound');
    expect(call('ACCOUNT_TIER', 'full', '是', false, 'zh')).toBe('一级客户');
  });

  it('names the argument, row and value of an unknown fit', () => {
    expect(() => call('ACCOUNT_TIER', [['full'], ['great']], true)).toThrow(
      'ACCOUNT_TIER: icp_fit in row 2 must be full, partial or none (got "great")',
    );
  });
});

describe('PRECISE_CUSTOMER', () => {
  it('needs all three of need, key person and ability to pay (playbook §6)', () => {
    expect(call('PRECISE_CUSTOMER', true, true, true)).toBe(true);
    expect(
      call(
        'PRECISE_CUSTOMER',
        [['yes'], ['yes'], ['']],
        [['yes'], [''], ['']],
        [['是'], ['yes'], ['']],
      ),
    ).toEqual([[true], [false], ['']]);
  });

  it('rejects an answer that is not yes or no', () => {
    expect(() => call('PRECISE_CUSTOMER', 'maybe', true, true)).toThrow(
      'PRECISE_CUSTOMER: need must be TRUE/FALSE, yes/no or 是/否 (got "maybe")',
    );
  });
});

describe('STAGE_CONVERSION', () => {
  it('spills the funnel with reached, advanced and conversion per open stage', () => {
    // hand calculation from a snapshot (playbook §4): deals at Discovery, Proposal, Won, and a
    // deal lost at Evaluation. Prospecting reached 4, advanced 4; Discovery reached 4,
    // advanced 3; Evaluation reached 3, advanced 2; Proposal reached 2, advanced 1;
    // Negotiation reached 1 (the won deal), advanced 1.
    const table = call<(string | number)[][]>(
      'STAGE_CONVERSION',
      [['Discovery'], ['Proposal'], ['Won'], ['Lost'], ['']],
      [[''], [''], [''], ['Evaluation'], ['']],
    );
    expect(table[0]).toEqual(['Stage', 'Reached', 'Advanced', 'Stage conversion']);
    expect(table.slice(1)).toEqual([
      ['Prospecting', 4, 4, 1],
      ['Discovery', 4, 3, 0.75],
      ['Evaluation', 3, 2, 2 / 3],
      ['Proposal', 2, 1, 0.5],
      ['Negotiation', 1, 1, 1],
    ]);
  });

  it('marks the table approximate when lost deals have no lost-at stage', () => {
    const table = call<string[][]>('STAGE_CONVERSION', [['Lost'], ['Won']], '', 'zh');
    expect(table[1][0]).toBe('潜在客户开发');
    expect(table[0][0]).toMatch(/\(.+\)$/);
  });
});
