import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBABILITY_CELLS } from './cell-forms';
import { tableDifferences } from './table-equivalence';

// Files of cells in every form the fast path of the table reader meets
// (read there, or left to the row reader): whatever the mix and order, the
// table reader must answer as ingestCsv does, errors and their order
// included, whole and in pieces.

const stages = ['Proposal', 'Closed Won', 'Closed Lost', 'Discovery', '"Negotiation"', 'Signed'];
const probabilities = PROBABILITY_CELLS;
const amounts = [
  '1',
  '2.5',
  '$3',
  '"1,250"',
  '',
  '12.500',
  '-4',
  '"7"',
  '1.234,5',
  '10%',
  '"¥695,000"',
  '"455,000.00"',
  '€5',
  '"1.234,50"',
  '" $7 "',
  'USD 5',
  '-$3',
  '"12,5"',
  'abc',
];
const dates = [
  '2026-01-05',
  '1/2/2026',
  '13/02/2026',
  '2026-01-05 10:00',
  '',
  'x',
  '"Jan 5, 2026"',
  '2026-02-30',
  '5 Jan 2026',
  '2026-01-05 9:41',
  '2026-01-05T09:41:00',
  '2026-01-05 09:41:5',
  '2026-01-05 09:4',
  '2026-01-05 24:99',
  '2026-01-05 09:41 PM',
  '2026-01-05  09:41',
  '2026-01-05 09:41Z',
  '"2026-02-30 10:00"',
  '12/23/2026',
  '25/1/2026',
  '1/25/2026',
  '2/30/2026',
  '01.05.2026',
  '1-5-2026',
  '1/5/1899',
  '2026/01/05',
  '2026.1.5',
  '001/5/2026',
  '1/5/26',
  '2026-01/05',
];
const scores = ['', '1', '2', '3', '4', '"2"', 'x'];
const notes = ['', 'x', '"a ""b"" c"', '""""', '"x, y"', '"b""c', 'say "hi"'];
const statuses = ['', 'open', 'won', 'lost', 'Won', 'x', ' lost '];
const lostAts = ['', 'Proposal', 'Nowhere', 'Discovery'];
const currencies = ['', 'USD', 'usd', 'EUR', '$', 'XX1', '"USD"', ' EUR ', '¥', 'CNY'];

const row = fc.tuple(
  fc.constantFrom(...stages),
  fc.constantFrom(...probabilities),
  fc.constantFrom(...amounts),
  fc.constantFrom(...dates),
  fc.constantFrom(...dates),
  fc.constantFrom(...scores),
  fc.constantFrom(...scores),
  fc.constantFrom(...notes),
  fc.constantFrom(...statuses),
  fc.constantFrom(...dates),
  fc.constantFrom(...dates),
  fc.constantFrom(...lostAts),
  fc.constantFrom(...currencies),
);
/** No conversion (mixed currencies are then refused, as ingestCsv refuses them), or rates to USD. */
const conversions = fc.constantFrom(
  {},
  { currency: 'USD', exchangeRates: { EUR: 1.1, CNY: 0.14, JPY: 0.0067 } },
);

describe('ingestCsvTable against ingestCsv on mixed cells', () => {
  it('answers as ingestCsv does for any mix of rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Probability', 'Probability (%)'),
        fc.boolean(),
        fc.array(row, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 40 }),
        conversions,
        fc.constantFrom(undefined, 'MDY' as const, 'DMY' as const),
        fc.boolean(),
        (probabilityHeader, withCurrency, rows, piece, conversion, dateOrder, withStatus) => {
          const options = { ...conversion, ...(dateOrder ? { dateOrder } : {}) };
          // Status, won time, lost time and lost at stage (Pipedrive's columns), or not.
          const statusColumns = withStatus ? ',Status,Won Time,Lost Time,Lost At Stage' : '';
          const header = `Stage,${probabilityHeader},Amount,Created,Close Date,Metrics,Champion,Next Step${statusColumns}${withCurrency ? ',Currency' : ''}`;
          const lines = rows.map((cells) => {
            const kept = withStatus ? cells : [...cells.slice(0, 8), ...cells.slice(12)];
            return (withCurrency ? kept : kept.slice(0, -1)).join(',');
          });
          const text = `${[header, ...lines].join('\n')}\n`;
          expect(tableDifferences(text, options, [piece])).toEqual([]);
        },
      ),
      { numRuns: 600, seed: 20261201 },
    );
  });
});
