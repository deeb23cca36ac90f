import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvTableReader } from '../../../shared/ingest/csv-table-reader';
import { useRowKernel } from '../../../shared/ingest/row-kernel';
import { ROW_KERNEL } from '../row-kernel-setup';
import { PROBABILITY_CELLS } from './cell-forms';
import { tableDifferences } from './table-equivalence';

// Files whose columns the row kernel reads (no probability, currency or
// status column), with cells in the forms it reads and in the forms it must
// leave to the reader: whatever the mix, the table reader answers as
// ingestCsv does, with the kernel and without it, whole and in pieces.

const stages = [
  'Proposal',
  'Closed Won',
  'Closed Lost',
  'Discovery',
  ' Proposal',
  'Proposal ',
  '"Negotiation"',
  '',
  'x'.repeat(201),
  'Signed',
  'proposal',
];
/** The shared forms, and a few more at the kernel's edges (a `%` alone or twice, three decimals). */
const probabilities = [...PROBABILITY_CELLS, '12.500%', '%', '5%%'];
const amounts = [
  '1',
  '2.5',
  '12.500',
  '-4',
  '0.125',
  '1.5',
  '-0',
  '007',
  '1234567890123456',
  '123456789012345',
  '',
  '$3',
  '"7"',
  '1.2.3',
  '-',
  '.5',
  '5.',
  '12.50',
  '1,5',
  '3 ',
];
const dates = [
  '2026-01-05',
  '2026/01/05',
  '2026.01.05',
  '2026-02-29',
  '2024-02-29',
  '2100-02-29',
  '2000-02-29',
  '1899-12-31',
  '1900-01-01',
  '9999-12-31',
  '2026-13-01',
  '2026-04-31',
  '2026-01-00',
  '2026-01-05 10:00',
  '2026-01-05 9:41',
  '2026-01-05T09:41:00',
  '2026-01-05 09:41:5',
  '2026-01-05 09:4',
  '2026-01-05 09:41 PM',
  '2026-01-05  09:41',
  '2026-01-05 24:99',
  '2026-01-05 09:41x',
  '2026-01-05P09:41',
  '2026-01-05 100:00',
  '2026-02-30 10:00',
  '1/2/2026',
  '',
  '"2026-01-05"',
  '2026-1-5',
  '2026-01-05x',
];
const owners = [
  'Maya',
  'Ben Li',
  ' Maya',
  'Maya ',
  '"Maya"',
  '',
  'Maya Chen-Okafor',
  'a b c d e f',
  '张伟',
  'Zoë',
  '李娜 ',
  '\u3000张伟',
  '张\u00a0伟',
  '\ud800',
  'x\ufffd',
  'x\ud800',
];
const sources = ['Website', 'Partner', '', 'Web site', 'Website\t'];
const lostAts = ['', 'Proposal', 'Nowhere', ' Discovery', 'Discovery'];
const scores = ['', '1', '2', '3', '4', '0', '"2"', 'x', '11'];
const notes = [
  '',
  'x',
  '"a ""b"" c"',
  '"x, y"',
  '"two\nlines"',
  'say "hi"',
  '""""',
  '"a"b',
  '中文备注',
  '"引号, 里"',
  '\udc00',
];

const usualDates = ['2026-01-05', '2024-02-29', '2025/12/31', '2026.03.01', '', '2026-04-17 09:41'];
/** Per column: the forms the kernel reads, and every form. */
const columns: [readonly string[], readonly string[]][] = [
  [['Proposal', 'Closed Won', 'Closed Lost', 'Discovery'], stages],
  [['', '20', '20%', '0.25', '50', '100', '12.5%', '0'], probabilities],
  [['1', '2.5', '-4', '0.125', '', '1234.56', '-0', '007'], amounts],
  [usualDates, dates],
  [usualDates, dates],
  [['Maya', 'Ben Li', '', '张伟'], owners],
  [['Website', 'Partner', ''], sources],
  [['', 'Proposal', 'Discovery', 'Nowhere'], lostAts],
  [['', '1', '2', '3'], scores],
  [['', '1', '2', '3'], scores],
  [['', 'x', '"x, y"', '"a ""b"" c"', '""""'], notes],
  [usualDates, dates],
];
/**
 * A row in the kernel's forms with at most one thing out of them: one cell
 * in any form, or one cell short or one over. Rows around it stay the
 * kernel's, so each odd cell meets the kernel, not only the reader.
 */
const row = fc
  .tuple(
    fc.tuple(...columns.map(([usual]) => fc.constantFrom(...usual))),
    fc.tuple(...columns.map(([, any]) => fc.constantFrom(...any))),
    fc.integer({ min: -6, max: columns.length + 1 }),
  )
  .map(([usual, any, odd]): string[] => {
    if (odd === columns.length) return usual.slice(0, -1);
    if (odd === columns.length + 1) return [...usual, '1'];
    return usual.map((value, j) => (j === odd ? any[j] : value));
  });
const HEADER =
  'Stage,Probability,Amount,Created,Close Date,Owner,Source,Lost At Stage,Metrics,Champion,Next Step,Last Activity';

/**
 * The CSV text: LF or CRLF line ends, maybe a blank line, maybe no line end
 * after the last row; without the probability column unless `probability`.
 */
function csv(
  rows: string[][],
  crlf: boolean,
  blankAt: number,
  lastEnd: boolean,
  probability = false,
): string {
  const drop = (cells: readonly string[]) =>
    probability ? cells : cells.filter((_, j) => j !== 1);
  const lines = [drop(HEADER.split(',')), ...rows.map(drop)].map((cells) => cells.join(','));
  if (blankAt > 0 && blankAt < lines.length) lines.splice(blankAt, 0, '');
  const end = crlf ? '\r\n' : '\n';
  return lines.join(end) + (lastEnd ? end : '');
}

/** Every form the kernel reads, on many rows, so whole windows and runs of rows go through it. */
const kernelRow = fc.tuple(
  fc.constantFrom('Proposal', 'Closed Won', 'Closed Lost', 'Discovery'),
  fc.constantFrom('', '10', '25%', '0.5'),
  fc.constantFrom('1', '2.5', '-4', '0.125', '', '1234.56', '99'),
  fc.constantFrom('2026-01-05', '2025/12/31', '', '2024.02.29'),
  fc.constantFrom('2026-03-05', '2026-06-30', ''),
  fc.constantFrom('Maya', 'Ben Li', ''),
  fc.constantFrom('Website', 'Partner', ''),
  fc.constantFrom('', 'Proposal', 'Discovery'),
  fc.constantFrom('', '1', '2', '3'),
  fc.constantFrom('', '1', '2', '3'),
  fc.constantFrom('', 'x', '"x, y"', '"a ""b"" c"'),
  fc.constantFrom('', '2026-01-05'),
);

afterEach(() => useRowKernel(ROW_KERNEL));

describe('the row kernel against ingestCsv', () => {
  const property = fc.property(
    fc.array(row, { minLength: 1, maxLength: 60 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 6 }),
    fc.boolean(),
    fc.integer({ min: 1, max: 60 }),
    fc.constantFrom(undefined, ['owner', 'source'] as const, ['source'] as const),
    fc.boolean(),
    (rows, crlf, blankAt, lastEnd, piece, texts, probability) => {
      const text = csv(rows, crlf, blankAt, lastEnd, probability);
      const options = texts === undefined ? {} : { texts: [...texts] };
      expect(tableDifferences(text, options, [piece])).toEqual([]);
    },
  );

  it('answers as ingestCsv does for any mix of cells, with the kernel', () => {
    fc.assert(property, { numRuns: 1500, seed: 20261202 });
  });

  it('answers the same without the kernel', () => {
    useRowKernel(null);
    fc.assert(property, { numRuns: 150, seed: 20261203 });
  });

  it('reads long runs of rows in its forms itself, as ingestCsv reads them', () => {
    fc.assert(
      fc.property(
        fc.array(kernelRow, { minLength: 1, maxLength: 3000 }),
        fc.boolean(),
        fc.boolean(),
        (rows, crlf, probability) => {
          const text = csv(rows, crlf, 0, true, probability);
          expect(tableDifferences(text, {}, [4096])).toEqual([]);
          const reader = new CsvTableReader();
          reader.push(text);
          const table = reader.end().table;
          expect(table.length).toBe(rows.length);
          // Only a dotted amount before the decimal mark is settled and each
          // row with a text the kernel has not been taught yet are read by
          // the reader: the rest is the kernel's.
          expect(reader.kernelRows).toBeGreaterThan(rows.length - 40);
        },
      ),
      { numRuns: 40, seed: 20261204 },
    );
  });
});
