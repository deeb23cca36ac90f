import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { daysFromCivil } from '../../../shared/ingest/days-from-civil';
import { ingestCsv } from '../../../shared/ingest/ingest-csv';
import { ingestRows } from '../../../shared/ingest/ingest-rows';
import { PlaybookError } from '../../../shared/types';

// Each case here was once read wrong without a word: a date, a number, a
// currency or a whole row. Now each is an error naming the cell or row, or a
// reading settled from the whole column.

describe('impossible dates', () => {
  it('refuses 00/05/2026 and 31/02/2026 as cells and never stores text in a date field', () => {
    const result = ingestCsv(
      'Stage,Close Date\nProposal,00/05/2026\nProposal,31/02/2026\nProposal,15/05/2026\n',
    );
    expect(result.errors.map((e) => [e.row, e.value])).toEqual([
      [2, '00/05/2026'],
      [3, '31/02/2026'],
    ]);
    expect(result.errors[0].message).toMatch(/not a calendar date/);
    // 31 February exists in neither order.
    expect(result.errors[1].message).toMatch(/no day 31|no month 31/);
    for (const deal of result.deals) {
      expect(deal.closeDate === undefined || Number.isInteger(deal.closeDate)).toBe(true);
    }
    // 15/05/2026 settles day/month/year: 2026-05-15.
    expect(result.deals[2].closeDate).toBe(daysFromCivil(2026, 5, 15));
    const months = analyze(result.deals).winLoss.byMonth.map((m) => m.month);
    expect(months.some((m) => m.includes('NaN'))).toBe(false);
  });

  it('refuses a zero day that waits for the date order before the order is known', () => {
    // 00/05 could not be read in either order; before the fix it waited and became text.
    const result = ingestRows([
      ['Stage', 'Created'],
      ['Won', '00/05/2026'],
      ['Won', '13/05/2026'],
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.deals[0].created).toBeUndefined();
    expect(result.deals[1].created).toBe(daysFromCivil(2026, 5, 13));
  });

  it('refuses years before 1900 and after 9999 in every date form', () => {
    const result = ingestRows([
      ['Stage', 'Created'],
      ['Won', '0099-01-01'],
      ['Won', '01/02/1899'],
      ['Won', new Date(1850, 0, 1)],
      ['Won', '1900-01-01'],
    ]);
    expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(result.errors[0].message).toMatch(/1900-9999/);
    expect(result.deals[3].created).toBe(daysFromCivil(1900, 1, 1));
  });
});

describe('CSV structure', () => {
  it('reports an unclosed quote at the row where it opened and still reads the rows after it', () => {
    const text = 'Deal,Stage,Amount\nA,"Proposal,100\nB,Won,200\nC,Lost,300\n';
    const result = ingestCsv(text);
    expect(result.errors[0]).toMatchObject({ row: 2 });
    expect(result.errors[0].message).toMatch(/quote opens field 2 and never closes/);
    // The rows after the quote are still deals.
    expect(result.deals.filter((d) => d.name === 'B' || d.name === 'C')).toHaveLength(2);
    expect(analyze(result.deals, { stages: result.stages }).winLoss).toMatchObject({
      won: 1,
      lost: 1,
      wonAmount: 200,
    });
  });

  it('refuses a row whose unquoted $1,200 splits into one field too many, naming the row', () => {
    const text = 'Deal,Stage,Amount,Close Date\nA,Won,$1,200,2026-03-01\nB,Won,900,2026-03-02\n';
    const result = ingestCsv(text);
    expect(result.errors).toEqual([
      {
        row: 2,
        message:
          "the row has 5 fields, more than the header's 4: a value probably holds the delimiter without quotes (such as $1,200); the row is left out",
      },
    ]);
    // No deal with a close date in 1900 (the "200" read as a serial before).
    expect(result.deals.map((d) => d.name)).toEqual(['B']);
  });

  it('refuses a row with fewer fields than the header, but not a short row under blank headers', () => {
    const result = ingestCsv('Deal,Stage,Amount,\nA,Won\nB,Won,5\n');
    expect(result.errors.map((e) => e.row)).toEqual([2]);
    expect(result.errors[0].message).toMatch(/2 fields, fewer than the header's 4/);
    expect(result.deals.map((d) => [d.name, d.amount])).toEqual([['B', 5]]);
  });

  it('flags a stage that spans lines, the sign of a quote closed in the wrong place', () => {
    const text = 'Deal,Stage\nA,"Won\nB,Lost"\nC,Won\n';
    const result = ingestCsv(text);
    expect(result.errors[0]).toMatchObject({ row: 2, field: 'stage' });
    expect(result.errors[0].message).toMatch(/spans several lines/);
  });
});

describe('numbers', () => {
  it('refuses a 400-digit amount instead of dropping it as Infinity', () => {
    const result = ingestRows([
      ['Stage', 'Amount'],
      ['Won', '9'.repeat(400)],
    ]);
    expect(result.errors[0].message).toMatch(/too large to be a number/);
    expect(result.errors[0].value?.length).toBeLessThanOrEqual(201);
    expect(result.deals[0].amount).toBeNull();
  });

  it('settles the decimal mark of a semicolon export from the whole column', () => {
    // 3.000,50 proves the decimal comma, so 12.500 groups thousands: 12,500.
    const text = 'Stage;Amount\nWon;12.500\nWon;1.250.000\nWon;3.000,50\n';
    const result = ingestCsv(text);
    expect(result.deals.map((d) => d.amount)).toEqual([12_500, 1_250_000, 3_000.5]);
    expect(result.decimal.amount).toEqual({ mark: 'comma', from: 'data' });
  });

  it('reads 12.500 as 12.5 when the column proves a decimal point', () => {
    const result = ingestCsv('Stage,Amount\nWon,12.500\nWon,7.25\nWon,"1,250"\n');
    expect(result.deals.map((d) => d.amount)).toEqual([12.5, 7.25, 1250]);
    expect(result.decimal.amount).toEqual({ mark: 'point', from: 'data' });
  });

  it('reads lone three-digit groups as thousands when nothing settles the mark', () => {
    // Money is not written with three decimals under either convention.
    const result = ingestCsv('Stage,Amount\nWon,"12,500"\nWon,"1,250"\nWon,400\n');
    expect(result.deals.map((d) => d.amount)).toEqual([12_500, 1_250, 400]);
    expect(result.decimal.amount).toEqual({ mark: 'point', from: 'grouping' });
  });

  it('asks for the decimal option when a column holds 12.500 and 1,250 and nothing else', () => {
    const read = () => ingestCsv('Stage,Amount\nWon,12.500\nWon,"1,250"\n');
    expect(read).toThrow(PlaybookError);
    expect(read).toThrow(/pass decimal "point" or "comma"/);
    const given = ingestCsv('Stage,Amount\nWon,12.500\nWon,"1,250"\n', { decimal: 'comma' });
    expect(given.deals.map((d) => d.amount)).toEqual([12_500, 1.25]);
    expect(given.decimal.amount).toEqual({ mark: 'comma', from: 'option' });
  });

  it('refuses a column whose cells prove both decimal marks, naming both cells', () => {
    const read = () => ingestCsv('Stage,Amount\nWon,"1,5"\nWon,2.5\n');
    expect(read).toThrow(
      /"1,5" \(row 2\) has a decimal comma but "2.5" \(row 3\) has a decimal point/,
    );
  });
});

describe('currencies', () => {
  it('never adds $1000, EUR 1000 and ¥1000 together', () => {
    const read = () =>
      ingestRows([
        ['Stage', 'Amount'],
        ['Won', '$1000'],
        ['Won', 'EUR 1000'],
        ['Won', '¥1000'],
      ]);
    expect(read).toThrow(PlaybookError);
    expect(read).toThrow(/amounts are in 3 currencies: \$ \(1 deal\(s\), first in row 2\), EUR/);
  });

  it('converts with the exchange rates given, into the currency given', () => {
    const result = ingestRows(
      [
        ['Stage', 'Amount'],
        ['Won', '$1000'],
        ['Won', 'EUR 1000'],
        ['Won', '¥1000'],
      ],
      { currency: 'USD', exchangeRates: { EUR: 1.1, '¥': 0.14 } },
    );
    // $ beside USD counts as USD; 1000 EUR × 1.1; 1000 ¥ × 0.14.
    expect(result.deals.map((d) => d.amount)).toEqual([1000, 1100, 140]);
    expect(result.currency).toBe('USD');
  });

  it('names a currency left without a rate', () => {
    expect(() =>
      ingestRows(
        [
          ['Stage', 'Amount'],
          ['Won', '£5'],
          ['Won', '€5'],
        ],
        { currency: 'EUR' },
      ),
    ).toThrow(/amounts in GBP need an exchange rate to EUR/);
  });

  it('takes a currency column over a symbol in the amount and folds $ into the one dollar code', () => {
    const result = ingestRows([
      ['Stage', 'Amount', 'Currency'],
      ['Won', 100, 'usd'],
      ['Won', '$200', 'USD'],
    ]);
    expect(result.currency).toBe('USD');
    expect(result.deals.map((d) => d.currency)).toEqual(['USD', 'USD']);
  });
});

describe('echoed text stays short', () => {
  it('clips a huge value in errors and groups repeated causes with their count', () => {
    const huge = 'x'.repeat(100_000);
    const rows: unknown[][] = [['Stage', 'Amount']];
    for (let i = 0; i < 1000; i++) rows.push(['Won', huge]);
    const result = ingestRows(rows);
    expect(result.errorCount).toBe(1000);
    expect(result.errorGroups).toHaveLength(1);
    expect(result.errorGroups[0].count).toBe(1000);
    expect(result.errorGroups[0].samples).toHaveLength(5);
    const size = JSON.stringify(result.errorGroups).length;
    expect(size).toBeLessThan(5_000);
    expect(JSON.stringify(result.errors).length).toBeLessThan(1000 * 1_000);
  });

  it('lists a stage name once with its count, however many deals carry it', () => {
    const rows: unknown[][] = [['Stage']];
    for (let i = 0; i < 1589; i++) rows.push(['Engaging']);
    const result = ingestRows(rows);
    expect(result.errorCount).toBe(0);
    expect(result.unmappedStages).toEqual([
      {
        name: 'Engaging',
        count: 1589,
        rows: [2, 3, 4, 5, 6],
        suggested: { stage: 'Discovery', kind: 'open', probability: 0.15 },
      },
    ]);
    expect(result.warnings.filter((w) => w.includes('Engaging'))).toHaveLength(1);
  });
});

describe('stage mapping', () => {
  it('maps an unknown stage onto a stage of the table, or adds it as a new stage', () => {
    const rows = [
      ['Stage', 'Amount'],
      ['Engaging', 100],
      ['Verbal yes', 200],
      ['Won', 300],
    ];
    const result = ingestRows(rows, {
      stageMapping: { Engaging: 'Discovery', 'Verbal yes': { kind: 'open', probability: 0.8 } },
    });
    expect(result.unmappedStages).toEqual([]);
    expect(result.deals.map((d) => d.stage)).toEqual(['Discovery', 'Verbal yes', 'Closed Won']);
    const report = analyze(result.deals, { stages: result.stages });
    // 100 × 15% (Discovery, playbook §1) + 200 × 80%.
    expect(report.pipeline.weighted).toBeCloseTo(175);
    expect(result.stages.openStages.map((s) => s.name)).toContain('Verbal yes');
  });

  it('refuses a mapping onto a stage the table does not have', () => {
    expect(() =>
      ingestRows([['Stage'], ['Engaging']], { stageMapping: { Engaging: 'Pitch' } }),
    ).toThrow(/not a stage of the table/);
  });
});
