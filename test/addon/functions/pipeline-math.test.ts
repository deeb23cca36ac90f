import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

// Custom functions run with no Apps Script service at all.
const addon = loadAddon({ services: false });
const call = addon.call;

describe('STAGE_PROBABILITY', () => {
  it('gives the playbook §1 default probability of a stage named in English, Chinese or an alias', () => {
    expect(call('STAGE_PROBABILITY', 'Proposal')).toBe(0.5); // playbook §1 table
    expect(call('STAGE_PROBABILITY', '谈判阶段')).toBe(0.75); // playbook §1 table
    expect(call('STAGE_PROBABILITY', 'demo')).toBe(0.3); // alias Demo → Evaluation, §1
    expect(call('STAGE_PROBABILITY', 'closed-won')).toBe(1);
  });

  it('spills a column for a column, leaving blank rows blank', () => {
    expect(call('STAGE_PROBABILITY', [['Prospecting'], [''], ['输单']])).toEqual([
      [0.05],
      [''],
      [0],
    ]);
  });

  it('uses a stage table range instead of the defaults', () => {
    const table = [
      ['Name', 'Probability', 'Kind'],
      ['Intro', '10%', 'open'],
      ['Signed', 1, 'won'],
    ];
    expect(call('STAGE_PROBABILITY', [['Intro'], ['Signed']], table)).toEqual([[0.1], [1]]);
  });

  it('names the formula, argument, row and value of an unknown stage', () => {
    expect(() => call('STAGE_PROBABILITY', [['Proposal'], ['Pilot']])).toThrow(
      /^STAGE_PROBABILITY: stage in row 2: Unknown stage "Pilot"/,
    );
  });
});

describe('WEIGHTED_PIPELINE', () => {
  it('sums amount x probability over open deals only', () => {
    // hand calculation: 10,000 x 0.5 + 20,000 x 0.75 + (won and lost left out) = 20,000
    const amounts = [[10000], [20000], [5000], [7000], ['']];
    const stages = [['Proposal'], ['Negotiation'], ['Closed Won'], ['Lost'], ['']];
    expect(call('WEIGHTED_PIPELINE', amounts, stages)).toBe(20000);
  });

  it('says which row has an amount but no stage', () => {
    expect(() => call('WEIGHTED_PIPELINE', [[100], [200]], [['Proposal'], ['']])).toThrow(
      'WEIGHTED_PIPELINE: stages in row 2 must be a stage name when the row has an amount (got blank)',
    );
  });

  it('rejects ranges of different heights', () => {
    expect(() => call('WEIGHTED_PIPELINE', [[1], [2], [3]], [['Proposal'], ['Proposal']])).toThrow(
      /^WEIGHTED_PIPELINE: stages has 2 rows but amounts has 3/,
    );
  });
});

describe('WIN_RATE', () => {
  it('divides won by won + lost and ignores open deals', () => {
    // hand calculation: 2 won, 6 lost → 2 / 8 = 0.25
    const stages = [
      ['Won'],
      ['成交'],
      ['Lost'],
      ['Lost'],
      ['Lost'],
      ['失败'],
      ['输单'],
      ['Closed Lost'],
      ['Proposal'],
      [''],
    ];
    expect(call('WIN_RATE', stages)).toBe(0.25);
  });

  it('is blank, not 0, when no deal is closed yet', () => {
    expect(call('WIN_RATE', [['Proposal'], ['Discovery']])).toBe('');
  });
});

describe('COVERAGE_RATIO', () => {
  it('divides pipeline by the quota left after closed won deals', () => {
    // hand calculation: 900,000 / (400,000 - 100,000) = 3
    expect(call('COVERAGE_RATIO', 900000, 400000, 100000)).toBe(3);
    expect(call('COVERAGE_RATIO', 600000, 200000)).toBe(3);
  });

  it('spills one ratio per row and leaves a met quota blank', () => {
    // hand calculation: 300 / (100 − 0) = 3; 150 won against a quota of 100 leaves nothing to cover
    expect(call('COVERAGE_RATIO', [[300], [100]], [[100], [100]], [[0], [150]])).toEqual([
      [3],
      [''],
    ]);
  });

  it('names the argument and row of a bad quota', () => {
    expect(() => call('COVERAGE_RATIO', [[300], [100]], [[100], ['lots']])).toThrow(
      'COVERAGE_RATIO: quota in row 2 must be a quota of 0 or more (got "lots")',
    );
  });
});

describe('SALES_VELOCITY', () => {
  it('multiplies open deals, win rate and deal size and divides by cycle days', () => {
    // playbook §4 formula, hand calculation: 40 x 0.25 x 18,000 / 60 = 3,000 a day
    expect(call('SALES_VELOCITY', 40, 0.25, 18000, 60)).toBe(3000);
  });

  it('rejects a win rate above 100%', () => {
    expect(() => call('SALES_VELOCITY', 40, 25, 18000, 60)).toThrow(
      'SALES_VELOCITY: win_rate must be a fraction from 0 to 1 (or 0% to 100%) (got 25)',
    );
  });
});
