import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

const HEADER = [
  'Deal ID',
  'Deal',
  'Stage',
  'Amount',
  'Next step',
  'Next step date',
  'Close date',
  'Contacts',
  'Discount',
];

describe('DEAL_RISK and DEAL_RISK_REASONS', () => {
  const asOf = addon.date('2026-11-23T00:00:00Z');
  const pipeline = [
    HEADER,
    [
      'D-1',
      'Healthy',
      'Proposal',
      20000,
      'Demo to CFO',
      addon.date('2026-11-30T00:00:00Z'),
      '2026-12-20',
      2,
      0.1,
    ],
    ['', '', '', '', '', '', '', '', ''],
    ['D-2', 'Late', 'Negotiation', 150000, '', '', '2026-11-01', 2, 0.25],
    ['D-3', 'Won', 'Closed Won', 5000, '', '', '2026-10-01', '', ''],
  ];

  it('spills a header, then one level per deal row, blank rows blank', () => {
    const levels = call<string[][]>('DEAL_RISK', pipeline, asOf);
    expect(levels.map((r) => r[0])).toEqual(['Risk', 'Green', '', 'Red', 'Green']);
  });

  it('lists the reasons in both languages', () => {
    const reasons = call<string[][]>('DEAL_RISK_REASONS', pipeline, asOf);
    expect(reasons[1][0]).toBe('');
    // playbook §1: past close date, no next step; §5: 150,000 needs 5 contacts, discount over 20%
    expect(reasons[3][0]).toContain('Expected close date has passed');
    expect(reasons[3][0]).toContain('No next step');
    expect(reasons[3][0]).toContain('Too few contacts for the deal size');
    expect(reasons[3][0]).toContain('Discount above 20%');
    const zh = call<string[][]>('DEAL_RISK_REASONS', pipeline, asOf, 'zh');
    expect(zh[0][0]).toBe('原因');
    expect(zh[3][0]).toContain('预计成交日期已过');
    expect(zh[3][0]).toContain('折扣超过20%');
  });

  it('reads the as_of date as the calendar day the cell shows, whatever the zone', () => {
    // a cell showing 2026-11-23 in Asia/Shanghai arrives as 2026-11-22T16:00Z
    const shanghai = addon.date('2026-11-22T16:00:00Z');
    expect(call('DEAL_RISK', pipeline, shanghai)).toEqual(call('DEAL_RISK', pipeline, asOf));
  });

  it('needs an as_of date', () => {
    expect(() => call('DEAL_RISK', pipeline, '')).toThrow(/^DEAL_RISK: as_of must be a date/);
    expect(() => call('DEAL_RISK', pipeline, 'soon')).toThrow(
      'DEAL_RISK: as_of must be a date (got "soon")',
    );
  });

  it('marks a bad cell in its own row and still judges every other deal', () => {
    const bad = [
      HEADER,
      ['D-1', 'X', 'Proposal', 'lots', '', '', '', '', ''],
      ...pipeline.slice(1),
    ];
    for (const fn of ['DEAL_RISK', 'DEAL_RISK_REASONS']) {
      const out = call<string[][]>(fn, bad, asOf);
      expect(out).toHaveLength(bad.length);
      expect(out[1][0]).toMatch(
        new RegExp(`^#ERROR: ${fn}: deals in row 2, column "Amount".*lots`),
      );
      // the other rows are what the same deals give without the bad row
      expect(out.slice(2)).toEqual(call<string[][]>(fn, pipeline, asOf).slice(1));
    }
  });

  it('says when the range has no stage column', () => {
    expect(() =>
      call(
        'DEAL_RISK',
        [
          ['Deal', 'Amount'],
          ['A', 1],
        ],
        asOf,
      ),
    ).toThrow(/^DEAL_RISK: .*stage column/);
  });
});

describe('DEAL_RISK: power and the stalled-deal checklist', () => {
  const asOf = addon.date('2026-11-23T00:00:00Z');
  const header = [
    'Deal',
    'Stage',
    'Amount',
    'Next step',
    'Next step date',
    'Metrics',
    'Economic buyer',
    'Decision criteria',
    'Decision process',
    'Paper process',
    'Identify pain',
    'Champion',
    'Competition',
  ];
  const plan = ['Call', addon.date('2026-11-30T00:00:00Z')];
  // MEDDPICC 3,eb,3,3,3,3,3,3: a strong total (22-23), so only the economic buyer counts
  const deal = (name: string, stage: string, eb: number) => [
    name,
    stage,
    10000,
    ...plan,
    3,
    eb,
    3,
    3,
    3,
    3,
    3,
    3,
  ];

  it('is red without power: economic buyer below 3 at Proposal or later, not before', () => {
    const rows = [
      header,
      deal('A', 'Proposal', 2),
      deal('B', 'Proposal', 3),
      deal('C', 'Evaluation', 2),
      deal('D', 'Negotiation', 1),
    ];
    // the playbook's stage table: Proposal 50%, Evaluation (the stage before) 30%
    expect(call<string[][]>('DEAL_RISK', rows, asOf).map((r) => r[0])).toEqual([
      'Risk',
      'Red',
      'Green',
      'Green',
      'Red',
    ]);
    const reasons = call<string[][]>('DEAL_RISK_REASONS', rows, asOf, 'zh');
    expect(reasons[1][0]).toBe('未触达决策层：后期仍未确认经济买家');
    expect(reasons[3][0]).toBe('');
  });

  it('names the unanswered items of a Checklist column, in either language', () => {
    const rows = [
      [...header, 'Checklist'],
      [
        ...deal('A', 'Proposal', 3),
        'Champion identified; Economic buyer met; 有紧迫事件或截止日期; Cost of inaction quantified; Objections resolved; Competitor not blocking; Champion still engaged',
      ],
      [
        ...deal('B', 'Proposal', 3),
        'Champion identified; Economic buyer met; Compelling event or deadline; Cost of inaction quantified; Objections resolved; Competitor not blocking; Champion still engaged; Multi-threaded',
      ],
      [...deal('C', 'Proposal', 3), ''],
    ];
    expect(call<string[][]>('DEAL_RISK', rows, asOf).map((r) => r[0])).toEqual([
      'Risk',
      'Yellow',
      'Green',
      'Yellow',
    ]);
    const reasons = call<string[][]>('DEAL_RISK_REASONS', rows, asOf);
    // playbook §5: each unanswered item is a risk; A lacks only the last one
    expect(reasons[1][0]).toBe('Unanswered checklist items: Multi-threaded');
    expect(reasons[2][0]).toBe('');
    expect(reasons[3][0].split(', ')).toHaveLength(8);
    const zh = call<string[][]>('DEAL_RISK_REASONS', rows, asOf, 'zh');
    expect(zh[1][0]).toBe('检查清单有未回答项：多线程');
  });

  it('judges no checklist when the range has no Checklist column', () => {
    expect(call<string[][]>('DEAL_RISK_REASONS', [header, deal('B', 'Proposal', 3)], asOf)).toEqual(
      [['Reasons'], ['']],
    );
  });
});

describe('MINIMUM_CONTACTS and MULTI_THREADING_GAP', () => {
  it('follows the playbook §5 contact minimums by deal size', () => {
    // playbook §5: under 25,000 → 2; 25,000-100,000 → 3; over 100,000 → 5
    expect(call('MINIMUM_CONTACTS', [[24999], [25000], [100000], [100001], ['']])).toEqual([
      [2],
      [3],
      [3],
      [5],
      [''],
    ]);
  });

  it('counts the contacts still missing, never below 0', () => {
    // hand calculation: 150,000 needs 5, 2 engaged → 3 missing; 10,000 needs 2, 4 engaged → 0
    expect(call('MULTI_THREADING_GAP', [[150000], [10000]], [[2], [4]])).toEqual([[3], [0]]);
    expect(call('MULTI_THREADING_GAP', 60000, '')).toBe(3);
  });

  it('names the argument, row and value of a fractional contact count', () => {
    expect(() => call('MULTI_THREADING_GAP', [[1], [2]], [[1], [1.5]])).toThrow(
      'MULTI_THREADING_GAP: contacts in row 2 must be a whole number of 0 or more (got 1.5)',
    );
  });
});

describe('DISCOUNT_CHECK', () => {
  it('flags discounts above the 20% ceiling of playbook §5', () => {
    expect(call('DISCOUNT_CHECK', [[0.2], [0.25], ['15%'], ['']])).toEqual([
      ['Within the 20% ceiling'],
      ['Discount above 20%'],
      ['Within the 20% ceiling'],
      [''],
    ]);
    // the Chinese texts of the two verdicts
    expect(call('DISCOUNT_CHECK', 0.3, 'zh')).toBe('折扣超过20%');
    expect(call('DISCOUNT_CHECK', 0.2, 'zh')).toBe('在20%上限之内');
  });

  it('reads a number above 1 as a percentage, like the pipeline reader', () => {
    // the shared discount rule: 25 → 25%, 20 → 20%, 0.25 → 25%, 1 → 100%
    expect(call('DISCOUNT_CHECK', [[25], [20], [0.25], [1], ['25']])).toEqual([
      ['Discount above 20%'],
      ['Within the 20% ceiling'],
      ['Discount above 20%'],
      ['Discount above 20%'],
      ['Discount above 20%'],
    ]);
    // the same cells give the same verdict in DEAL_RISK_REASONS
    const asOf = addon.date('2026-11-23T00:00:00Z');
    const header = ['Deal', 'Stage', 'Amount', 'Discount'];
    const reasons = call<string[][]>(
      'DEAL_RISK_REASONS',
      [header, ['A', 'Proposal', 1000, 25], ['B', 'Proposal', 1000, 20]],
      asOf,
    );
    // playbook §5: 25% is above the 20% ceiling, 20% itself is not
    expect(reasons[1][0]).toContain('Discount above 20%');
    expect(reasons[2][0]).not.toContain('Discount');
  });

  it('rejects a discount above 100%', () => {
    expect(() => call('DISCOUNT_CHECK', 150)).toThrow(
      'DISCOUNT_CHECK: discount must be a discount from 0% to 100% (got 150)',
    );
    expect(() => call('DISCOUNT_CHECK', [[0.1], ['120%']])).toThrow(
      'DISCOUNT_CHECK: discount in row 2 must be a discount from 0% to 100% (got "120%")',
    );
  });
});
