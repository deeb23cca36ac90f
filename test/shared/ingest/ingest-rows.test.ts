import { describe, expect, it } from 'vitest';
import { ingestRows } from '../../../shared/ingest/ingest-rows';
import { createStageTable, DEFAULT_STAGES } from '../../../shared/index';
import { PlaybookError } from '../../../shared/types';

// 2026-01-01 is day 20454 (hand calculation in parse-day.test.ts).
const JAN_1_2026 = 20454;

function thrown(fn: () => unknown): PlaybookError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlaybookError) return error;
    throw error;
  }
  throw new Error('expected a PlaybookError');
}

describe('ingestRows', () => {
  it('turns a sheet range into deals with row numbers as the user sees them', () => {
    const result = ingestRows([
      ['Deal', 'Account', 'Stage', 'Amount', 'Owner', 'Close Date'],
      ['Renewal', 'Acme', 'Proposal', 12000, 'Ann', new Date(2026, 0, 1)],
      ['Upsell', 'Beta', '赢单', '$1,234.50', 'Bo', 46023],
    ]);
    expect(result.deals).toEqual([
      {
        row: 2,
        name: 'Renewal',
        account: 'Acme',
        stage: 'Proposal',
        amount: 12000,
        owner: 'Ann',
        closeDate: JAN_1_2026,
        // One currency in the range: the deal without a symbol counts as it too.
        currency: '$',
      },
      {
        row: 3,
        name: 'Upsell',
        account: 'Beta',
        stage: 'Closed Won',
        currency: '$',
        amount: 1234.5,
        owner: 'Bo',
        closeDate: JAN_1_2026,
      },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.dateOrder).toBeNull();
    expect(result.columns.fields.stage).toBe(2);
  });

  it('reads Chinese headers and Chinese stage names', () => {
    const result = ingestRows([
      ['商机', '阶段', '金额', '负责人', '创建日期'],
      ['续约', '谈判阶段', '12,000元', '王芳', '2026/1/1'],
    ]);
    expect(result.deals).toEqual([
      {
        row: 2,
        name: '续约',
        stage: 'Negotiation',
        amount: 12000,
        owner: '王芳',
        created: JAN_1_2026,
        currency: 'CNY',
      },
    ]);
  });

  it('resolves stage aliases of the stage table (playbook §1)', () => {
    const rows = [['stage'], ['Qualification'], ['demo'], ['CLOSED-LOST'], ['成交'], ['Contract']];
    expect(ingestRows(rows).deals.map((d) => d.stage)).toEqual([
      'Discovery',
      'Evaluation',
      'Closed Lost',
      'Closed Won',
      'Negotiation',
    ]);
  });

  it('uses a team stage table when given one', () => {
    const stages = createStageTable([
      ...DEFAULT_STAGES.filter((s) => s.kind !== 'open'),
      { name: 'Engaging', aliases: [], order: 1, probability: 0.3, kind: 'open' },
    ]);
    const result = ingestRows([['deal_stage'], ['Engaging'], ['Won']], { stages });
    expect(result.deals.map((d) => d.stage)).toEqual(['Engaging', 'Closed Won']);
  });

  it('reports every bad cell with row, column, field and value while good rows survive', () => {
    const result = ingestRows([
      ['Deal', 'Stage', 'Amount', 'Close Date', 'Contacts'],
      ['good', 'Proposal', 100, '2026-01-01', 2],
      ['bad amount', 'Proposal', 'lots', '2026-01-01', 2],
      ['bad stage', 'Pilot', 100, 'soon', 2],
      ['bad contacts', 'Discovery', 100, '2026-02-30', 2.5],
      ['good too', 'Won', '(50)', '', ''],
    ]);
    // A deal whose stage the table does not know is kept, stage as written.
    expect(result.deals.map((d) => [d.row, d.name, d.stage])).toEqual([
      [2, 'good', 'Proposal'],
      [3, 'bad amount', 'Proposal'],
      [4, 'bad stage', 'Pilot'],
      [5, 'bad contacts', 'Discovery'],
      [6, 'good too', 'Closed Won'],
    ]);
    // A bad non-stage cell leaves only that field out.
    expect(result.deals[1]).toEqual({
      row: 3,
      name: 'bad amount',
      stage: 'Proposal',
      amount: null,
      closeDate: JAN_1_2026,
      contacts: 2,
    });
    expect(result.deals[4]).toEqual({ row: 6, name: 'good too', stage: 'Closed Won', amount: -50 });
    expect(result.errors.map((e) => [e.row, e.column, e.field, e.value])).toEqual([
      [3, 'Amount', 'amount', 'lots'],
      [4, 'Close Date', 'closeDate', 'soon'],
      [5, 'Close Date', 'closeDate', '2026-02-30'],
      [5, 'Contacts', 'contacts', '2.5'],
    ]);
    expect(result.errors[0].message).toBe('"lots" is not a number');
    expect(result.errorCount).toBe(4);
    expect(result.unmappedStages).toEqual([
      {
        name: 'Pilot',
        count: 1,
        rows: [4],
        suggested: { stage: 'Evaluation', kind: 'open', probability: 0.3 },
      },
    ]);
  });

  it('keeps a deal with a blank stage as unmapped and skips entirely blank rows silently', () => {
    const result = ingestRows([
      ['Deal', 'Stage'],
      ['', ''],
      [null, '   '],
      ['orphan', ''],
      ['ok', 'Demo'],
    ]);
    expect(result.deals).toEqual([
      { row: 4, name: 'orphan', stage: '', amount: null },
      { row: 5, name: 'ok', stage: 'Evaluation', amount: null },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.unmappedStages).toEqual([{ name: '', count: 1, rows: [4], suggested: null }]);
  });

  it('skips blank rows above the header and shifts row numbers by firstRow', () => {
    const result = ingestRows(
      [
        ['', ''],
        ['Stage', 'Amount'],
        ['Won', 'x'],
      ],
      { firstRow: 5 },
    );
    expect(result.errors[0].row).toBe(7);
    expect(result.deals[0].row).toBe(7);
  });

  it('throws naming the headers found when there is no stage column', () => {
    const error = thrown(() =>
      ingestRows([
        ['Deal', 'Amount'],
        ['x', 1],
      ]),
    );
    expect(error.message).toBe(
      'ingestRows: no stage column found (looked for headers such as Stage, Deal Stage, 阶段, or a "stage" column mapping); headers found: Deal, Amount',
    );
  });

  it('throws on empty input', () => {
    expect(() => ingestRows([])).toThrow(/empty/);
    expect(() => ingestRows([['', '']])).toThrow(/empty/);
  });

  it('returns no deals for a header without data', () => {
    const result = ingestRows([['Stage', 'Amount']]);
    expect(result.deals).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('lets the column mapping win over detected headers', () => {
    const result = ingestRows(
      [
        ['Stage', 'Amount', 'Amount (EUR)'],
        ['Won', 1, 2],
      ],
      { columns: { amount: 'Amount (EUR)' } },
    );
    expect(result.deals[0].amount).toBe(2);
    expect(result.columns.fields.amount).toBe(2);
  });

  it('warns about columns it does not read', () => {
    const result = ingestRows([
      ['Stage', 'Notes', 'Deal Stage'],
      ['Won', 'x', 'Lost'],
    ]);
    expect(result.warnings).toEqual([
      'Column "Deal Stage" is not read: an earlier column already gives that field',
      'Columns not read: Notes',
    ]);
    expect(result.deals[0].stage).toBe('Closed Won');
  });

  it('rejects a percentage in the amount column', () => {
    const result = ingestRows([
      ['Stage', 'Amount'],
      ['Won', '12%'],
    ]);
    expect(result.errors[0].message).toBe('"12%" is a percentage, not an amount');
    expect(result.deals[0].amount).toBeNull();
  });

  it('reads every text field', () => {
    const header = [
      'Opportunity ID',
      'Opportunity Name',
      'Company',
      'Stage',
      'Sales Rep',
      'Lead Source',
      'Product',
      'Segment',
      'Competitor',
      'Loss Reason',
      'Next Step',
      'Lesson',
      'Secondary reason',
    ];
    const row = [
      42,
      'Big',
      'Acme',
      'Lost',
      'Ann',
      'Referral',
      'Suite',
      'SMB',
      'Rival',
      'price',
      'none',
      'qualify budget',
      'timing',
    ];
    expect(ingestRows([header, row]).deals[0]).toEqual({
      row: 2,
      id: '42',
      name: 'Big',
      account: 'Acme',
      stage: 'Closed Lost',
      amount: null,
      owner: 'Ann',
      source: 'Referral',
      product: 'Suite',
      segment: 'SMB',
      competitor: 'Rival',
      lossReason: 'price',
      nextStep: 'none',
      lesson: 'qualify budget',
      closeReasonDetail: 'timing',
    });
  });

  it('reads every date field', () => {
    const header = [
      'Stage',
      'Created',
      'Close Date',
      'Stage Entered',
      'Last Activity',
      'Next Step Date',
    ];
    const row = ['Demo', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];
    expect(ingestRows([header, row]).deals[0]).toEqual({
      row: 2,
      stage: 'Evaluation',
      amount: null,
      created: JAN_1_2026,
      closeDate: JAN_1_2026 + 1,
      stageEntered: JAN_1_2026 + 2,
      lastActivity: JAN_1_2026 + 3,
      nextStepDate: JAN_1_2026 + 4,
    });
  });

  it('reads the lost-at stage through the stage table and reports an unknown one', () => {
    const result = ingestRows([
      ['Stage', 'Lost at stage'],
      ['Lost', 'demo'],
      ['Lost', 'Pilot'],
    ]);
    expect(result.deals.map((d) => d.lostAtStage)).toEqual(['Evaluation', undefined]);
    expect(result.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'Lost at stage', 'Pilot'],
    ]);
  });

  describe('MEDDPICC columns (playbook §2)', () => {
    const header = [
      'Stage',
      'Metrics',
      'Economic buyer',
      'Decision criteria',
      'Decision process',
      'Paper process',
      'Identify pain',
      'Champion',
      'Competition',
    ];

    it('reads eight scores, counting blanks as 1', () => {
      const result = ingestRows([header, ['Demo', 3, '2', '', 1, 1, 3, 2, null]]);
      expect(result.deals[0].meddpicc).toEqual([3, 2, 1, 1, 1, 3, 2, 1]);
    });

    it('gives no scores to a row whose eight cells are all blank', () => {
      const result = ingestRows([header, ['Demo', '', '', '', '', '', '', '', '']]);
      expect(result.deals[0].meddpicc).toBeUndefined();
    });

    it('reports a bad score by row and column and counts it as 1', () => {
      const result = ingestRows([header, ['Demo', 3, 5, 3, 3, 3, 3, 3, 3]]);
      expect(result.deals[0].meddpicc).toEqual([3, 1, 3, 3, 3, 3, 3, 3]);
      expect(result.errors).toEqual([
        {
          row: 2,
          column: 'Economic buyer',
          field: 'meddpicc2',
          value: '5',
          message: 'MEDDPICC score must be 1, 2 or 3 (got 5); counted as 1',
        },
      ]);
    });

    it('warns when some MEDDPICC columns are missing and counts them as 1', () => {
      const result = ingestRows([
        ['Stage', 'm1', 'm2'],
        ['Demo', 3, 3],
      ]);
      expect(result.deals[0].meddpicc).toEqual([3, 3, 1, 1, 1, 1, 1, 1]);
      expect(result.warnings[0]).toMatch(/^MEDDPICC columns missing \(meddpicc3, /);
    });

    it('reads one column holding all eight scores', () => {
      const result = ingestRows([
        ['Stage', 'MEDDPICC'],
        ['Demo', '3,2,2,1,3,3,2,1'],
        ['Demo', '33333333'],
        ['Demo', '3,2'],
      ]);
      expect(result.deals.map((d) => d.meddpicc)).toEqual([
        [3, 2, 2, 1, 3, 3, 2, 1],
        [3, 3, 3, 3, 3, 3, 3, 3],
        undefined,
      ]);
      expect(result.errors.map((e) => e.row)).toEqual([4]);
    });
  });

  it('reads the forecast override by key and by English or Chinese label (playbook §3)', () => {
    const result = ingestRows([
      ['Stage', 'Forecast category'],
      ['Demo', 'Best Case'],
      ['Demo', 'commit'],
      ['Demo', '可能性较低'],
      ['Demo', ''],
      ['Demo', 'maybe'],
      ['Demo', 'constructor'],
    ]);
    expect(result.deals.map((d) => d.forecastOverride)).toEqual([
      'bestCase',
      'commit',
      'upside',
      undefined,
      undefined,
      undefined,
    ]);
    // "constructor" is a property of every JavaScript object, not a category.
    expect(result.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [6, 'Forecast category', 'maybe'],
      [7, 'Forecast category', 'constructor'],
    ]);
  });

  it('reads discounts as fractions from percentages, fractions and whole percents', () => {
    const result = ingestRows([
      ['Stage', 'Discount'],
      ['Demo', '15%'],
      ['Demo', 0.15],
      ['Demo', 15],
      ['Demo', '120%'],
      ['Demo', 'big'],
    ]);
    expect(result.deals.map((d) => d.discount)).toEqual([0.15, 0.15, 0.15, undefined, undefined]);
    expect(result.errors.map((e) => e.row)).toEqual([5, 6]);
  });

  it('reads contacts as whole numbers', () => {
    const result = ingestRows([
      ['Stage', 'Contacts'],
      ['Demo', '3'],
      ['Demo', 4],
      ['Demo', -1],
    ]);
    expect(result.deals.map((d) => d.contacts)).toEqual([3, 4, undefined]);
    expect(result.errors[0].message).toBe('contacts must be a whole number of people (got -1)');
  });

  describe('slash date order', () => {
    it('detects DMY when a first part is above 12 and reads earlier ambiguous dates with it', () => {
      const result = ingestRows([
        ['Stage', 'Created', 'Close Date'],
        ['Demo', '03/04/2026', ''],
        ['Demo', '', '25/12/2026'],
      ]);
      expect(result.dateOrder).toBe('DMY');
      // 3 April 2026 = Jan 1 + 92 days; 25 Dec 2026 = Jan 1 + 358 days.
      expect(result.deals.map((d) => [d.created, d.closeDate])).toEqual([
        [JAN_1_2026 + 92, undefined],
        [undefined, JAN_1_2026 + 358],
      ]);
    });

    it('detects MDY when a second part is above 12', () => {
      const result = ingestRows([
        ['Stage', 'Created'],
        ['Demo', '12/25/2026'],
        ['Demo', '03/04/2026'],
      ]);
      expect(result.dateOrder).toBe('MDY');
      expect(result.deals.map((d) => d.created)).toEqual([JAN_1_2026 + 358, JAN_1_2026 + 62]);
    });

    it('throws when the dates prove both orders', () => {
      const error = thrown(() =>
        ingestRows([
          ['Stage', 'Created'],
          ['Demo', '25/12/2026'],
          ['Demo', '12/25/2026'],
        ]),
      );
      expect(error.message).toBe(
        'ingestRows: dates disagree on their order: "25/12/2026" (row 2, Created) can only be day/month/year but "12/25/2026" (row 3, Created) can only be month/day/year; fix the cells or pass dateOrder',
      );
      expect(error.errors.map((e) => e.row)).toEqual([2, 3]);
    });

    it('throws asking for dateOrder, with an example and its row, when no date settles it', () => {
      const error = thrown(() =>
        ingestRows([
          ['Stage', 'Created'],
          ['Demo', '2026-01-05'],
          ['Demo', '03/04/2026'],
          ['Demo', '04/03/2026'],
        ]),
      );
      expect(error.message).toBe(
        'ingestRows: slash dates such as "03/04/2026" (row 3, Created) could be month/day/year or day/month/year, and no date in the data settles it; pass dateOrder MDY or DMY',
      );
      expect(error.errors).toHaveLength(1);
    });

    it('uses the given order and reports dates that do not fit it as cell errors', () => {
      const result = ingestRows(
        [
          ['Stage', 'Created'],
          ['Demo', '03/04/2026'],
          ['Demo', '25/12/2026'],
        ],
        { dateOrder: 'MDY' },
      );
      expect(result.dateOrder).toBe('MDY');
      expect(result.deals.map((d) => d.created)).toEqual([JAN_1_2026 + 62, undefined]);
      expect(result.errors.map((e) => [e.row, e.value])).toEqual([[3, '25/12/2026']]);
    });

    it('treats YYYY/MM/DD as year-month-day without deciding the order', () => {
      const result = ingestRows([
        ['Stage', 'Created'],
        ['Demo', '2026/04/03'],
      ]);
      expect(result.dateOrder).toBeNull();
      expect(result.deals[0].created).toBe(JAN_1_2026 + 92);
    });
  });

  it('lists at most 1,000 errors and counts the rest', () => {
    const rows: unknown[][] = [['Stage', 'Amount']];
    for (let i = 0; i < 1500; i++) rows.push(['Demo', 'x']);
    const result = ingestRows(rows);
    expect(result.errors).toHaveLength(1000);
    expect(result.errorCount).toBe(1500);
    expect(result.deals).toHaveLength(1500);
    expect(result.warnings).toContain('1500 bad cells; only the first 1000 are listed in errors');
  });

  it('reads discounts with the readDiscount rule: % text and numbers above 1 are percentages', () => {
    const result = ingestRows([
      ['Stage', 'Discount'],
      ['Proposal', 25],
      ['Proposal', '25%'],
      ['Proposal', 0.25],
      ['Proposal', '25'],
      ['Proposal', 1],
      ['Proposal', '150%'],
    ]);
    // readDiscount rule: 25, "25%", 0.25 and "25" are all 25%; 1 is 100%
    expect(result.deals.map((d) => d.discount)).toEqual([0.25, 0.25, 0.25, 0.25, 1, undefined]);
    expect(result.errors).toEqual([
      {
        row: 7,
        column: 'Discount',
        field: 'discount',
        value: '150%',
        message: 'discount must be between 0% and 100% (got 150%)',
      },
    ]);
  });
});
